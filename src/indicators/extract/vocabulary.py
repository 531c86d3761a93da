"""Matching the metric vocabulary (`wordings.Wording`s) against one quantity: which wording names it.

A quantity meets only the wordings its measure word can belong to; of those whose words fit the clause, the one
whose subject was named last before the number wins, then the lower priority, then the longer words. Where no
wording's own forms fit, the verb + noun + number forms (保留规范性文件13件) are tried. Table cells are named by
their column's header words (`Vocabulary.name_label`).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from indicators.extract.case_kinds import kind_named
from indicators.extract.connectives import shares_one_number
from indicators.extract.mentions import Quantity
from indicators.extract.rules import Rule, _Said, unseparated, wording_unit
from indicators.extract.shortlist import Shortlist
from indicators.extract.text import Span
from indicators.extract.wording_forms import open_clause
from indicators.extract.wordings import Wording

_OBJECT_REACH = 40  # the subject noun of a verb + noun + number form: at most 10 + its own length + an aside back


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
