"""Metric rules (`data/raw/catalog/extraction_rules.csv`) and the measure words a metric may take.

A rule claims a quantity for a metric when its unit (and range end) match and each of its patterns
is found: `before` in the sentence up to the number, with trailing 共/达/有/为 dropped (so rules name
the keyword itself: `行政许可(事项)?$`, and tried once more without a trailing 的); `after` in the
sentence after the quantity; `context` anywhere in the sentence or the sentence before it in the same
paragraph. Thousands separators (1,046) are not clause ends for the patterns. Rules are tried by
ascending priority, then in file order; the first match wins. Rules are data: a new report's wording
is onboarded by adding rows, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import duckdb
import pandas as pd

from indicators import paths
from indicators.errors import IndicatorsError, Problem
from indicators.extract.bracketed import unbracketed
from indicators.extract.connectives import connective_stripped
from indicators.extract.mentions import Quantity
from indicators.extract.quoted_kinds import unquoted_kind
from indicators.extract.rates import rate_value_words
from indicators.extract.shortlist import RuleShortlist
from indicators.extract.text import CLAUSE_MARKS, Span, data_rows
from indicators.raw.catalog import SCHEMAS
from indicators.raw.cross_checks import rule_problems
from indicators.raw.raw_names import catalog_file, raw_shown
from indicators.raw.schema import read_csv_text, schema_problems

_LIST_JOINERS = ("、", "和", "及", "与")
_THOUSANDS_COMMA = re.compile(r"(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))")
_TOTAL = re.compile(r"(?:共计|合计|总计|累计|共|总共|的有|的共有)\s*$")  # 撤销、变更、确认违法的有107件
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
        if quantity.unit.removeprefix("万") not in unit_family(self.unit) or quantity.range_end != self.range_end:
            return None
        return self.claims_said(_Said.of(quantity, sentence), lead)

    def claims_said(self, said: _Said, lead: str) -> tuple[int, int] | None:
        """`claims` for a quantity of this rule's unit and range end, its sentence already prepared."""
        first, last = said.quantity.start, said.quantity.end
        if self.before:
            # 决定维持的141件: try the keyword without its trailing 的 too (but 2016年的50% needs the 的);
            # 维持原行政行为41件, 行政不作为490件: the 为 that ends a noun is no connective
            stripped = said.stripped
            match = (self.before.search(stripped) or (stripped.endswith("的") and self.before.search(stripped[:-1]))
                     or (said.before.endswith("为") and self.before.search(said.before)))
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
        stripped = unquoted_kind(connective_stripped(before))  # 其中，“政策解读”3条
        stripped = rate_value_words(stripped) if quantity.unit == "%" else stripped  # 出庭应诉率首次达到100%
        return cls(quantity, sentence, said, before, stripped, said[after_start:after_start + WINDOW], start)


# `before` patterns read the last clause or two before the number ([^,，。；;]*...$) and `after` patterns
# the first after it: each quantity's patterns see at most WINDOW characters on either side, so that a
# sentence listing thousands of items (N项、N项、...) costs time in proportion to its length, not its square
WINDOW = 240


def _window_start(said: str, cut: int) -> int:
    """The start of the clause before the one holding the number, at most WINDOW characters back (then
    at the first list mark 、 after that bound, so that a pattern's ^ still starts an item)."""
    floor = max(0, cut - WINDOW)
    ends = [said.rfind(mark, floor, cut) for mark in CLAUSE_MARKS]
    last = max(ends)
    if last < 0:
        start = floor
    else:
        earlier = max(said.rfind(mark, floor, last) for mark in CLAUSE_MARKS)
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
        by_unit: dict[tuple[str, str], list[Rule]] = {}
        for rule in rules:
            # 复议案件 counted in 宗, 规范性文件 in 件: the same metric; 31.5万件 names it too (the reviewer
            # writes 315000 件, or the build refuses the unit)
            for unit in unit_family(rule.unit) | (unit_family("万" + rule.unit) if rule.unit != "%" else frozenset()):
                by_unit.setdefault((unit, rule.range_end), []).append(rule)
        self.by_unit = {key: RuleShortlist(found) for key, found in by_unit.items()}  # a rule that cannot match is not run

    def claim(self, quantity: Quantity, sentence: Span, lead: str, said: str) -> tuple[Rule, tuple[int, int]] | None:
        """The first rule that claims `quantity` with the stretch it matched; `said` is `unseparated(sentence.text)`."""
        candidates = self.by_unit.get((quantity.unit, quantity.range_end))
        if not candidates:
            return None
        prepared = _Said.of(quantity, sentence, said)
        return next(((rule, stretch) for rule in candidates.of(prepared) if (stretch := rule.claims_said(prepared, lead))),
                    None)


@cache
def _families() -> dict[str, frozenset[str]]:
    rows = data_rows("unit_families.csv")
    members: dict[str, set[str]] = {}
    for row in rows:
        members.setdefault(row["family"], set()).add(row["unit"])
    return {unit: frozenset().union(*(m for m in members.values() if unit in m)) for m in members.values() for unit in m}


@cache
def scaled(unit: str) -> tuple[str, str]:
    """The scale word and the measure word of `unit`: 万件 → (万, 件), 亿元 → (亿, 元); 万 alone is a measure word."""
    scale = unit[0] if unit[:1] in ("万", "亿") and len(unit) > 1 else ""
    return scale, unit[len(scale):]


def wording_unit(unit: str) -> str:
    """The unit a wording is found under: wordings list their family's units and those scaled by 万, and a unit
    scaled by 亿 meets the same wordings (1亿人次, 2.92亿元)."""
    scale, base = scaled(unit)
    return "万" + base if scale == "亿" else unit


@cache
def unit_family(unit: str) -> frozenset[str]:
    """The measure words a figure in `unit` may be written with (`data/unit_families.csv`): 件 → 件, 宗, 起,
    件次, 份, 篇; a 万 or 亿 before the word stays with it (万件 → 万宗, 万份 ...). Cached: asked for every quantity."""
    scale, base = scaled(unit)
    return frozenset(scale + member for member in _families().get(base, frozenset({base})))


def unseparated(text: str) -> str:
    """`text` with the commas of 1,046 replaced by a blank of the same length: rule patterns stop at a
    comma as a clause end ([^,，。；;]*), which a thousands separator is not. Offsets stay as they are."""
    return unbracketed(_THOUSANDS_COMMA.sub(" ", text))  # and 信息(1386)条 as 信息 1386 条 (`bracketed.py`)


def _sums_a_list(before: str, stripped: str, keyword_start: int) -> bool:
    """True where the number totals a list whose last item is the rule's keyword: in
    撤销、变更、确认违法和责令履行共计780件 the 780 is not the 责令履行 cases alone."""
    return stripped[keyword_start - 1:keyword_start] in _LIST_JOINERS and bool(_TOTAL.search(before))


def _pattern(text: str) -> re.Pattern[str] | None:
    return re.compile(text) if text else None


class Rules(list):
    """The rules of extraction_rules.csv in the order they are tried, with the metric vocabulary
    (`wordings.Wording`s of metric_wordings.csv) tried after them."""

    wordings: list = []
    metrics: frozenset[str] = frozenset()  # every metric of the catalog: stated shares and changes need theirs
    units: dict[str, str] = {}  # each metric's unit: the last gate (`kinds.unheld`) refuses a figure it cannot hold
    own_words: dict[str, frozenset[str]] = {}  # a metric's measure words beyond its family (metric_measure_words.py)


def load_rules(raw_dir: Path | None = None) -> Rules:
    """The rules and wordings, checked against their schemas and the metrics catalog (unknown metric,
    unit mismatch), each problem naming its file in the folder read (`raw_names.raw_shown`: data/raw/ for the
    project's own, else the `--raw` given), as the build's do."""
    from indicators.extract.metric_measure_words import extra_words  # they build on this module
    from indicators.extract.wordings import load_wordings
    raw_dir = Path(raw_dir) if raw_dir else paths.raw_dir()
    folder = raw_shown(raw_dir)
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for name in ("metrics", "extraction_rules"):
        display = catalog_file(folder, name)
        frame = read_csv_text(raw_dir / "catalog" / f"{name}.csv", display)
        problems += schema_problems(frame, SCHEMAS[name], display)
        frame.insert(0, "_row", range(2, len(frame) + 2))
        frames[name] = frame
    if not problems:
        with duckdb.connect() as con:
            for name, frame in frames.items():
                con.register(f"raw_{name}", frame)
            problems += rule_problems(con, folder)
    if problems:
        raise IndicatorsError(problems)
    frame = frames["extraction_rules"].assign(priority=lambda f: f["priority"].astype(int))
    frame = frame.sort_values(["priority", "_row"], kind="stable")
    rules = Rules(
        Rule(r.rule_id, r.metric_id, r.unit, _pattern(r.before), _pattern(r.after), _pattern(r.context),
             r.range_end, r.priority)
        for r in frame.itertuples(index=False)
    )
    rules.metrics = frozenset(frames["metrics"]["metric_id"])
    rules.units = dict(zip(frames["metrics"]["metric_id"], frames["metrics"]["unit"], strict=True))
    rules.own_words = extra_words(raw_dir, rules.metrics)
    rules.wordings = load_wordings(raw_dir, rules.units, rules.own_words)
    return rules
