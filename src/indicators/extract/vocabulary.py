"""The metric vocabulary (`data/raw/catalog/metric_wordings.csv`): how reports word each standard metric.

A wording names a metric by the structure of the clause, not by one report's sentence:

    subject ... words [gap object] NUMBER measure-word          收到行政复议申请6200件
    subject ... NUMBER measure-word [object] after              383件行政案件被告行政机关的负责人出庭应诉

`words` are the verb or noun phrase right before the number (after 共/达/为 are dropped, and a bracketed
aside 纠错(含撤销、确认违法)29件 is skipped); `object` the counted noun between them; `after` what may
follow the quantity in its clause instead; `subject` the topic (复议, 诉讼, 规范性文件) that must be named
earlier in the sentence or in the sentence before. Where several wordings fit (审结 of 复议 and of 诉讼
in one sentence) the one whose subject was named last before the number wins, then the lower priority.
`family` is a unit family of `data/unit_families.csv` (cases: 件 宗 起; items: 项 个 ...) or one unit
(%, 万元): the measure words a figure of the metric may be written with. `parent_metric_id` is the
metric a 其中 clause breaks down; `source_id` points into `vocabulary_sources.csv` (address and quote
of the public text the metric comes from). Wordings are tried after the specific rules of
`extraction_rules.csv`, which keep their precedence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.extract.case_kinds import kind_named
from indicators.extract.mentions import Quantity, shares_one_number
from indicators.extract.rules import Rule, _Said, unit_family, unseparated, wording_unit
from indicators.extract.shortlist import Shortlist
from indicators.extract.text import Span
from indicators.extract.wording_forms import after_with_subject, before_with_subject, open_clause
from indicators.raw.catalog import SCHEMAS
from indicators.raw.schema import read_csv_text, schema_problems

WORDINGS_FILE = "data/raw/catalog/metric_wordings.csv"
SOURCES_FILE = "data/raw/catalog/vocabulary_sources.csv"
_ASIDE = r"(?:[（(][^（()）]{0,24}[)）])?"
_CLAUSE = "[^，,。；;]"
_OBJECT_REACH = 40  # the subject noun of a verb + noun + number form: at most 10 + its own length + an aside back


@dataclass(frozen=True)
class Wording:
    wording_id: str
    metric_id: str
    subject: re.Pattern[str] | None
    before: Rule | None
    after: Rule | None
    units: frozenset[str]
    priority: int
    objected: Rule | None = None  # its words, then its subject's noun, then the number (保留规范性文件13件)
    inverted: bool = False  # `after` is the number, then the subject's noun, then its words (2件规范性文件备案)


def _family_units(family: str) -> frozenset[str]:
    units = unit_family(family) if family not in _FAMILY_UNIT else unit_family(_FAMILY_UNIT[family])
    scaled = frozenset() if family == "%" else frozenset("万" + unit for unit in units)
    return units | scaled


# a family is named by one of its measure words in unit_family; these names read better in the catalog
_FAMILY_UNIT = {"cases": "宗", "documents": "份", "items": "项", "persons": "名", "times": "场次", "days": "天",
                "visits": "户次", "information": "条"}
_SINGLE_UNITS = ("%", "万元", "元", "个工作日", "分钟", "人次", "家", "条")


def _wording(row: dict[str, str]) -> Wording:
    object_part = f"(?:{_CLAUSE}{{0,10}}?(?:{row['object']}))?" if row["object"] else ""
    before = re.compile(f"(?:{row['words']})了?{object_part}{_ASIDE}$") if row["words"] else None
    after = re.compile(f"^(?:{row['after']})") if row["after"] else None  # the noun right after: 200项行政审批事项
    objected = None
    if row["subject"] and row["words"]:  # its subject's noun as the verb's object: 保留规范性文件13件, 2件规范性文件备案
        objected = None if row["object"] else re.compile(before_with_subject(row["words"], row["subject"]))
        after = after or re.compile(after_with_subject(row["words"], row["subject"]))
    rule_id = f"wording:{row['wording_id']}"
    units = _family_units(row["family"])
    unit = next(iter(units))
    priority = int(row["priority"])
    return Wording(
        row["wording_id"], row["metric_id"], re.compile(row["subject"]) if row["subject"] else None,
        Rule(rule_id, row["metric_id"], unit, before, None, None, "", priority) if before else None,
        Rule(rule_id, row["metric_id"], unit, None, after, None, "", priority) if after else None,
        units, priority, Rule(rule_id, row["metric_id"], unit, objected, None, None, "", priority) if objected else None,
        not row["after"] and after is not None,
    )


def load_wordings(raw_dir: Path, metric_units: dict[str, str]) -> list[Wording]:
    """The wordings, refused with their problems: the schemas of both files, an unknown metric, parent,
    source or family, a metric whose unit is not in the family."""
    display = WORDINGS_FILE
    frame = read_csv_text(raw_dir / "catalog" / "metric_wordings.csv", display)
    problems = schema_problems(frame, SCHEMAS["metric_wordings"], display)
    sources = read_csv_text(raw_dir / "catalog" / "vocabulary_sources.csv", SOURCES_FILE)
    problems += schema_problems(sources, SCHEMAS["vocabulary_sources"], SOURCES_FILE)
    if problems:
        raise IndicatorsError(problems)
    known_sources = set(sources["source_id"])
    wordings = []
    for position, row in enumerate(frame.to_dict("records"), start=2):
        def problem(code: str, field: str, message: str, row=row, position=position) -> None:
            problems.append(Problem(code, f"{quoted(row[field])} {message}", file=display, row=position,
                                    field=field, value=row[field]))
        if row["source_id"] not in known_sources:
            problem("unknown-source", "source_id", f"no such source in {SOURCES_FILE}")
            continue
        if row["parent_metric_id"] and row["parent_metric_id"] not in metric_units:
            problem("unknown-metric", "parent_metric_id", "no such metric in data/raw/catalog/metrics.csv")
            continue
        if row["metric_id"] not in metric_units:
            problem("unknown-metric", "metric_id", "no such metric in data/raw/catalog/metrics.csv")
            continue
        family, unit = row["family"], metric_units[row["metric_id"]]
        if family not in _FAMILY_UNIT and family not in _SINGLE_UNITS:
            problem("unknown-family", "family", f"is neither a family ({', '.join(_FAMILY_UNIT)}) nor one of {_SINGLE_UNITS}")
            continue
        if unit not in _family_units(family):
            problem("unit-mismatch", "family", f'does not hold the unit "{unit}" of {row["metric_id"]}')
            continue
        try:
            wordings.append(_wording(row))
        except re.error as error:
            problem("bad-regex", "words", f"does not make a valid regular expression ({error})")
    if problems:
        raise IndicatorsError(problems)
    return wordings


@lru_cache(maxsize=256)
def _subject_ends(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where `pattern` is found in a sentence, once per sentence (do not change the list)."""
    return [m.end() for m in pattern.finditer(text)]


_NOUN_AFTER = re.compile(r"[^，,。；;：:、0-9]{0,12}")


_LISTED = re.compile(r"(?:(?:、[^，,。；;、]{1,16}?)+|《[^《》，,。；;]{1,40}》(?:[、和及与]《[^《》，,。；;]{1,40}》)*)等$")
_COUNT_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])(?:总数|总量|数量|数)(?:[为是达])?$")  # the count of a noun: 申请人总数为
_CONNECTIVE_END = re.compile(r"(?:共计|合计|总计|累计|共)$")


def _counted_noun(after: str) -> str:
    """The words right after a quantity, up to the next number or clause mark (262件行政复议案件中: 行政复议案件中)."""
    match = _NOUN_AFTER.match(after)
    return match.group() if match else ""


class Vocabulary:
    """The wordings by measure word: a quantity meets only the wordings its unit can belong to."""

    def __init__(self, wordings: list[Wording]) -> None:
        self.by_unit: dict[str, list[Wording]] = {}
        for wording in wordings:
            for unit in wording.units:
                self.by_unit.setdefault(unit, []).append(wording)
        self.shortlists = {unit: Shortlist(found) for unit, found in self.by_unit.items()}

    def claim(self, quantity: Quantity, sentence: Span, lead: str, said: str) -> tuple[Rule, tuple[int, int]] | None:
        """The wording that names `quantity`, as a rule with the stretch it matched; None if none fits."""
        candidates = self.shortlists.get(wording_unit(quantity.unit)) if not quantity.range_end else None
        if not candidates:
            return None
        prepared = _Said.of(quantity, sentence, said)
        cut = quantity.start - sentence.start
        lead = "" if lead and shares_one_number(prepared.before) else lead  # 办结率、满意率均为100%
        kind = kind_named(prepared.stripped)  # 行政处罚类数量最多，共349件; 受理治安管理类案件13件: the kind's wording first
        best = kind and self._best(candidates, prepared._replace(stripped=kind), said, cut, lead)
        best = best or self._best(candidates, prepared, said, cut, lead)
        listed = _LISTED.sub("", prepared.stripped) if best is None and prepared.stripped.endswith("等") else ""
        if listed:  # 开展法治专题讲座、报告会等235场, 制定《…办法》等5件政府规章: the kinds or titles listed before 等
            best = self._best(candidates, prepared._replace(stripped=listed), said, cut, lead)
        counted = _COUNT_NOUN.sub("", prepared.stripped) if best is None else ""
        if counted and counted != prepared.stripped:  # 申请人总数为620人, 受理数2005件: the noun counted names it
            best = self._best(candidates, prepared._replace(stripped=_CONNECTIVE_END.sub("", counted)), said, cut, lead)
        return (best[1], best[2]) if best else None

    def _best(self, candidates: Shortlist, prepared: _Said, said: str, cut: int,
              lead: str) -> tuple[tuple[int, int, int, int], Rule, tuple[int, int]] | None:
        """The best wording of `candidates` for the prepared quantity, with its ranking key and stretch; the verb +
        noun + number forms (保留规范性文件13件) only where no wording's own forms fit."""
        best = self._ranked(candidates.of(prepared), prepared, said, cut, lead, open_clause(prepared.after), objected=False)
        if best is None:
            tail = prepared.stripped[-_OBJECT_REACH:]  # the verb's object noun ends here, right before the number
            objected = candidates.objected_in(tail)
            best = self._ranked(objected, prepared, said, cut, lead, False, objected=True) if objected else None
        return best

    def _ranked(self, candidates: list[Wording], prepared: _Said, said: str, cut: int, lead: str, inverted: bool,
                objected: bool) -> tuple[tuple[int, int, int, int], Rule, tuple[int, int]] | None:
        """`_best` over one set of forms: each wording's verb + noun + number form where `objected`, else its
        before and after forms (the number + noun + verb one only where `inverted`: the clause after allows it)."""
        best: tuple[tuple[int, int, int, int], Rule, tuple[int, int]] | None = None
        for wording in candidates:
            forms = (wording.objected, None) if objected else (
                wording.before, None if wording.inverted and not inverted else wording.after)
            for kind, rule in enumerate(forms):
                stretch = rule.claims_said(prepared, "") if rule else None
                if not stretch:
                    continue
                where = self._subject(wording, said, cut, lead)
                if where is None and kind == 0 and wording.subject and wording.subject.search(_counted_noun(prepared.after)):
                    # 审结的262件行政复议案件中: the subject is the noun the number counts, after words that name the
                    # metric (not a noun that is itself the wording: 1,562名行政执法人员完成培训 needs its subject before)
                    where = -1
                matched_after = prepared.after[:stretch[1] - prepared.quantity.end]
                if where is None and kind == 1 and wording.inverted and wording.subject.search(matched_after):
                    where = -1  # 3件规范性文件备案: the subject is named in the noun the number counts, then its verb
                if where is None:
                    break
                # nearest subject, words before the number, priority, the longer words (调解…结案 over 结案)
                key = (where, -kind, -wording.priority, -stretch[0])
                if best is None or key > best[0]:
                    best = (key, rule, stretch)
                break
        return best

    def name_label(self, quantity: Quantity, label: str, unit: str = "", context: str = "") -> Rule | None:
        """The wording that names a table cell by its column's header words (罚没金额, 行政处罚实施数量 合计):
        its words end the label, its subject is in it; the lower priority, then the longer words win. `unit`
        asks for a metric counted in another unit (the count whose share a % cell states); `context`, the text
        before a sentence's label (其中：维持…的占62.16% after a sentence on 行政复议), may name the subject instead."""
        best: tuple[tuple[int, int], Rule] | None = None
        for wording in self.by_unit.get(wording_unit(unit or quantity.unit), ()):
            rule = wording.before
            match = rule.before.search(label) if rule and rule.before else None
            if not match or (wording.subject and not (wording.subject.search(label) or wording.subject.search(context))):
                continue
            key = (-wording.priority, -match.start())
            if best is None or key > best[0]:
                best = (key, rule)
        return best[1] if best else None

    @staticmethod
    def _subject(wording: Wording, said: str, cut: int, lead: str) -> int | None:
        """How late the wording's subject is named before the number (-1: only in the sentence before,
        0: the wording has none), or None where it is not named."""
        if wording.subject is None:
            return 0
        ends = _subject_ends(wording.subject, said)
        position = bisect.bisect_right(ends, cut)
        if position:
            return ends[position - 1]
        if lead and _subject_ends(wording.subject, unseparated(lead)):
            return -1
        return None
