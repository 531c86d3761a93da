"""Metric rules (`data/raw/catalog/extraction_rules.csv`) and the period of a figure.

A rule claims a quantity for a metric when its unit (and range end) match and each of its patterns
is found: `before` in the sentence up to the number, with trailing 共/达/有/为 dropped (so rules name
the keyword itself: `行政许可(事项)?$`, and tried once more without a trailing 的); `after` in the
sentence after the quantity; `context` anywhere in the sentence or the sentence before it in the same
paragraph. Thousands separators (1,046) are not clause ends for the patterns. Rules are tried by
ascending priority, then in file order; the first match wins. Rules are data: a new report's wording
is onboarded by adding rows, not code.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import duckdb
import pandas as pd

from indicators import paths
from indicators.errors import IndicatorsError, Problem, quoted
from indicators.extract.mentions import Quantity, connective_stripped, enclosed
from indicators.extract.text import Span
from indicators.raw.catalog import SCHEMAS
from indicators.raw.tables import read_csv_text, schema_problems

RULES_FILE = "data/raw/catalog/extraction_rules.csv"
_PERIOD = re.compile(
    r"(?P<since>(?:19|20)[0-9]{2}\s*年(?:[0-9]{1,2}\s*月)?(?:以来|至今))"
    r"|(?P<year>(?:19|20)[0-9]{2})\s*年"
    r"|(?P<this>今年|本年|当年|全年|年内|截至|截止|目前|至今|当前)"
    r"|(?P<last>去年|上年|上一年)"
    r"|(?P<before_last>前年)"
)

_LIST_JOINERS = ("、", "和", "及", "与")
_THOUSANDS_COMMA = re.compile(r"(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))")
_CARRIED_OVER = re.compile(r"(?:度)?(?:结转|遗留|未审结|未结)")  # 上年结转9件: cases carried into this year
_TOTAL = re.compile(r"(?:共计|合计|总计|累计|共|总共)\s*$")
_COMPARED = ("较", "比", "与")  # 较上年增长, 比2016年: the year compared with, not the period of the figure
# ...but in 较2020年的85.4% and 2015年为8,153件 the year is the period of the number right after it,
# and of no number after that (受理7,856件 that follows is the report year's again)
_OWN_NUMBER = re.compile(r"\s*(?:同期)?(?:的|为|是)?\s*")
_OTHER_NUMBER = re.compile(r"\s*(?:同期)?(?:的|为|是)\s*[0-9０-９零〇一二两三四五六七八九十百千]")


@dataclass(frozen=True)
class Rule:
    rule_id: str
    metric_id: str
    unit: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    context: re.Pattern[str] | None
    range_end: str
    priority: int

    def claims(self, quantity: Quantity, sentence: Span, lead: str = "") -> tuple[int, int] | None:
        """The stretch of the report the rule's patterns matched, when it claims `quantity`.

        `context` may also be found in `lead`, the sentence before in the same paragraph: a topic named
        once carries over ("收到行政复议申请8,912件。审结案件中，维持4,605件").
        """
        if quantity.unit != self.unit or quantity.range_end != self.range_end:
            return None
        return self.claims_said(_Said.of(quantity, sentence), lead)

    def claims_said(self, said: _Said, lead: str) -> tuple[int, int] | None:
        """`claims` for a quantity of this rule's unit and range end, its sentence already prepared."""
        first, last = said.quantity.start, said.quantity.end
        if self.before:
            # 决定维持的141件: try the keyword without its trailing 的 too (but 2016年的50% needs the 的)
            match = self.before.search(said.stripped) or (said.stripped.endswith("的") and self.before.search(said.stripped[:-1]))
            if not match or _sums_a_list(said.before, said.stripped, match.start()):
                return None
            first = said.sentence.start + said.offset + match.start()
        if self.after:
            match = self.after.search(said.after)
            if not match:
                return None
            last = said.quantity.end + match.end()
        if self.context and not (_found_in(self.context, said.text) or (lead and _found_in(self.context, lead))):
            return None
        return first, last


class _Said(NamedTuple):
    """A quantity's sentence as the rule patterns read it, computed once for all rules tried on it."""

    quantity: Quantity
    sentence: Span
    text: str        # the sentence with thousands separators blanked
    before: str      # ... up to the number, from the start of its window (`_window_start`)
    stripped: str    # ... without a trailing 共/达/有/为
    after: str       # ... after the quantity, up to the end of the window
    offset: int      # where `before` starts in the sentence

    @classmethod
    def of(cls, quantity: Quantity, sentence: Span, said: str | None = None) -> _Said:
        said = unseparated(sentence.text) if said is None else said
        cut = quantity.start - sentence.start
        start = _window_start(said, cut)
        before = said[start:cut]
        after_start = quantity.end - sentence.start
        return cls(quantity, sentence, said, before, connective_stripped(before), said[after_start:after_start + WINDOW],
                   start)


# `before` patterns read the last clause or two before the number ([^,，。；;]*...$) and `after` patterns
# the first after it: each quantity's patterns see at most WINDOW characters on either side, so that a
# sentence listing thousands of items (N项、N项、...) costs time in proportion to its length, not its square
WINDOW = 240
_CLAUSE_MARKS = "，,；;。：:"


def _window_start(said: str, cut: int) -> int:
    """The start of the clause before the one holding the number, at most WINDOW characters back (then
    at the first list mark 、 after that bound, so that a pattern's ^ still starts an item)."""
    floor = max(0, cut - WINDOW)
    ends = [said.rfind(mark, floor, cut) for mark in _CLAUSE_MARKS]
    last = max(ends)
    if last < 0:
        start = floor
    else:
        earlier = max(said.rfind(mark, floor, last) for mark in _CLAUSE_MARKS)
        start = earlier + 1 if earlier >= 0 else floor
    if start == floor and floor > 0:
        item = said.find("、", floor, cut)
        start = item + 1 if item >= 0 else floor
    return start


@lru_cache(maxsize=4096)
def _found_in(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text)`, once per rule and sentence rather than once per quantity of the sentence."""
    return bool(pattern.search(text))


class RuleIndex:
    """The rules grouped by unit and range end, in their order: a quantity is tried only against the
    rules that can claim it (a 件 never meets a % rule), and the first that claims it wins as before."""

    def __init__(self, rules: list[Rule]) -> None:
        self.by_unit: dict[tuple[str, str], list[Rule]] = {}
        for rule in rules:
            self.by_unit.setdefault((rule.unit, rule.range_end), []).append(rule)

    def claim(self, quantity: Quantity, sentence: Span, lead: str, said: str) -> tuple[Rule, tuple[int, int]] | None:
        """The first rule that claims `quantity` with the stretch it matched; `said` is `unseparated(sentence.text)`."""
        candidates = self.by_unit.get((quantity.unit, quantity.range_end))
        if not candidates:
            return None
        prepared = _Said.of(quantity, sentence, said)
        return next(((rule, stretch) for rule in candidates if (stretch := rule.claims_said(prepared, lead))), None)


def unseparated(text: str) -> str:
    """`text` with the commas of 1,046 replaced by a blank of the same length: rule patterns stop at a
    comma as a clause end ([^,，。；;]*), which a thousands separator is not. Offsets stay as they are."""
    return _THOUSANDS_COMMA.sub(" ", text)


def _sums_a_list(before: str, stripped: str, keyword_start: int) -> bool:
    """True where the number totals a list whose last item is the rule's keyword: in
    撤销、变更、确认违法和责令履行共计780件 the 780 is not the 责令履行 cases alone."""
    return stripped[keyword_start - 1:keyword_start] in _LIST_JOINERS and bool(_TOTAL.search(before))


def _pattern(text: str) -> re.Pattern[str] | None:
    return re.compile(text) if text else None


def load_rules(raw_dir: Path | None = None) -> list[Rule]:
    """The rules, checked against their schema and the metrics catalog (unknown metric, unit mismatch)."""
    raw_dir = Path(raw_dir) if raw_dir else paths.raw_dir()
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for name in ("metrics", "extraction_rules"):
        display = f"data/raw/catalog/{name}.csv"
        frame = read_csv_text(raw_dir / "catalog" / f"{name}.csv", display)
        problems += schema_problems(frame, SCHEMAS[name], display)
        frame.insert(0, "_row", range(2, len(frame) + 2))
        frames[name] = frame
    if not problems:
        con = duckdb.connect()
        try:
            for name, frame in frames.items():
                con.register(f"raw_{name}", frame)
            rows = con.execute((paths.SQL_DIR / "checks" / "extraction_rules.sql").read_text()).fetchall()
        finally:
            con.close()
        problems += [Problem(code, f"{quoted(value)} {message}", file=file, row=int(row), field=field, value=value)
                     for code, file, row, field, value, message in rows]
    if problems:
        raise IndicatorsError(problems)
    frame = frames["extraction_rules"].assign(priority=lambda f: f["priority"].astype(int))
    frame = frame.sort_values(["priority", "_row"], kind="stable")
    return [
        Rule(r.rule_id, r.metric_id, r.unit, _pattern(r.before), _pattern(r.after), _pattern(r.context),
             r.range_end, r.priority)
        for r in frame.itertuples(index=False)
    ]


@lru_cache(maxsize=16)
def _period_words(sentence: str) -> list[re.Match[str]]:
    """The period words of a sentence, in order (do not change the list)."""
    return list(_PERIOD.finditer(sentence))


@lru_cache(maxsize=16)
def _enclosed_in_sentence(sentence: str) -> list[tuple[int, int]]:
    """`enclosed`, once per sentence rather than once per figure of it (do not change the list)."""
    return enclosed(sentence)


def period_of(quantity: Quantity, sentence: Span, report_year: int) -> tuple[int, str]:
    """The year a figure belongs to and the words that said so ("" for the default, the report year).

    The nearest period word before the number in its sentence decides: 2016年 → 2016; 今年, 本年,
    截至10月, 目前, and 2016年以来 (a total to date) → the report year; 去年/上年 → the year before;
    前年 → two years before. Years compared with (较上年增长, 比2016年), years inside quotation marks or
    titles (《2016年工作方案》) and years far from the report year are ignored, except that a compared
    year owns the number right after it (较2020年的85.4% → 2020); a year that owns one number
    (2015年为8,153件) says nothing about the numbers after that one, and 上年结转 (carried over
    into this year) is no period.
    """
    text, cut = sentence.text, quantity.start - sentence.start
    inside = _enclosed_in_sentence(text)
    chosen: tuple[int, str] = (report_year, "")
    # the period words of the sentence are found once (`_period_words`); those that end before the number
    # are the ones a search of text[:cut] finds, so a sentence of thousands of numbers is read once
    matches = _period_words(text)
    for match in matches[:bisect.bisect_right([m.end() for m in matches], cut)] if matches else ():
        at, rest = match.start(), match.end()
        owns_number = bool(_OWN_NUMBER.fullmatch(text, rest, cut))
        compared = text[max(0, at - 1):at] in _COMPARED
        in_quotes = inside and any(a < at < b for a, b in inside)
        if in_quotes or (compared and not owns_number) or _OTHER_NUMBER.match(text, rest, cut):
            continue
        if match.group("last") and _CARRIED_OVER.match(text, rest, cut):
            continue
        if match.group("year"):
            year = int(match.group("year"))
            if not report_year - 10 <= year <= report_year + 1:
                continue
        elif match.group("last"):
            year = report_year - 1
        elif match.group("before_last"):
            year = report_year - 2
        else:
            year = report_year
        chosen = (year, match.group(0))
    return chosen
