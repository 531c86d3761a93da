"""Which part of a whole a figure is: words that restrict a count to a part keep the whole's metric off it.

A metric of the catalog counts a whole (`reconsideration_upheld`: every upheld case of the government's
reconsideration; `government_service_items`: its list of service items). Reports state parts of those wholes in
the same words, with the restriction named before the figure or right after it: the outcomes of the cases against one
respondent (以区政府为被申请人的复议案件共50件。…其中维持15件), the cases of one sector (涉企…收案567件), the casework of
one window (综合受理窗口累计办件1244件), a count summing two actions (取消和下放90项), the items that do one thing
(1064项政务服务事项实现“全城通办”). Such a figure is the part's: the catalog's metric of that part where it has one,
otherwise none (a wrong name is worse than none). The restrictions are data (`data/part_words.csv`): the words, the
metrics (a pattern of ids) they restrict, where they are read (the figure's list item or clause, its sentence, that and
the sentence before it, or its clause after the number) and the part's metric.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from indicators.extract.rules import Rule
from indicators.extract.scope import names_every
from indicators.extract.sums import summed
from indicators.extract.text import CLAUSE_MARK, data_rows, without_remnants

_REACH = 200  # a restriction is read within this many characters before the figure
FIGURE_MARK = "▮"  # stands for the figure in the words read around it (reach "around")
_ITEM_MARK = re.compile(r"[，,；;。：:、]")  # a list item ends at 、 too: 涉企服务点476个、…、涉企服务收案567件


@dataclasses.dataclass(frozen=True)
class _Part:
    words: re.Pattern[str]
    metrics: re.Pattern[str]
    reach: str  # item: the figure's list item before it; clause: its clause before it; own: its sentence before it;
    # sentence: that and the sentence before; after: its clause after it; whole: its sentence, before and after it;
    # around: its sentence on both sides with the figure marked (FIGURE_MARK)
    becomes: str


@cache
def _parts() -> tuple[_Part, ...]:
    """The restrictions, in the table's order (the first that applies decides)."""
    return tuple(_Part(re.compile(row["words"]), re.compile(row["metrics"]), row["reach"], row["becomes"])
                 for row in data_rows("part_words.csv"))


@cache
def _restricting(metric_id: str) -> tuple[_Part, ...]:
    """The restrictions of one metric, found once: most named figures have none to read."""
    return tuple(part for part in _parts() if part.metrics.search(metric_id))


def _stretch(reach: str, sentence: str, cut: int, end: int, lead: str) -> str:
    """The words a restriction of `reach` is read in, for the quantity at sentence[cut:end]."""
    if reach == "whole":  # the figure's sentence, before and after it: who is counted may follow (685名执法人员参加…)
        return sentence
    if reach == "around":  # the sentence on both sides, the figure marked: what follows it (，其中一审…) is read as such
        return f"{sentence[max(0, cut - _REACH):cut]}{FIGURE_MARK}{sentence[end:end + _REACH]}"
    if reach == "after":  # no further than `_REACH`: a list of thousands of items is one clause, read once per item
        stop = CLAUSE_MARK.search(sentence, end, end + _REACH)
        return sentence[end:stop.start() if stop else end + _REACH]
    if reach in ("item", "clause"):
        marks = [match.end() for match in (_ITEM_MARK if reach == "item" else CLAUSE_MARK).finditer(
            sentence, max(0, cut - _REACH), cut)]
        return sentence[marks[-1] if marks else max(0, cut - _REACH):cut]
    own = sentence[max(0, cut - _REACH):cut]
    return own if reach == "own" or names_every(own) else f"{lead[-_REACH:]}。{own}"  # 全县共审结…: the whole again


def part_of(rule: Rule | None, sentence: str, cut: int, end: int, lead: str) -> Rule | None:
    """The rule with the metric of the part the figure at sentence[cut:end] is restricted to (None where the
    catalog has no metric of that part); `rule` itself where no restriction of its metric is named. `lead` is the
    sentence before, where a paragraph names the respondent its later sentences are about."""
    if rule is None or not rule.metric_id:
        return rule
    if summed(rule.metric_id, sentence, cut):  # 撤销和确认违法65件: two actions' sum, neither one's
        return None
    for part in _restricting(rule.metric_id):
        # a mirror's pinyin set aside: 一村(社区(qū))一法律顾问 names the village advisers as 一村(社区)一法律顾问 does
        if part.words.search(without_remnants(_stretch(part.reach, sentence, cut, end, lead))):
            if not part.becomes:
                return None
            return dataclasses.replace(rule, metric_id=part.becomes, rule_id=f"{rule.rule_id}+part")
    return rule
