"""A share stated of the clause's own subject: 复议纠错案件占审结数的7.96%, 乡(镇)政府为被申请人的占3.56%;
and a rate's change in points stated of the rate the clause names (纠错率较上年下降6.48个百分点).

`relations` names a bare 占…的X% by the figure before it in the sentence; here the clause names what
it is a share of itself, before 占. Those words are read as a table cell's label is read
(`Vocabulary.name_label`): the count wording whose words end them and whose subject they name gives the
base metric, and the catalog's share of that metric (`relations.related_metric`) names the figure.
"""

from __future__ import annotations

from collections.abc import Callable

from indicators.extract.mentions import Quantity
from indicators.extract.relations import POINTS, related_metric, relation_of
from indicators.extract.rules import WINDOW, Rule, unit_family
from indicators.extract.text import Span, clause_index
from indicators.extract.vocabulary import Vocabulary

_COUNTS = ("件", "项", "人")  # the measure words a share's base is counted in, most common first
_CHANGE_REACH = 16  # 较上年同期下降: the longest change wording before a 个百分点


def share_of_subject(quantity: Quantity, parts: list[Span], vocabulary: Vocabulary,
                     known: frozenset[str], context: Callable[[], str] = str) -> tuple[Rule, tuple[int, int]] | None:
    """The stated-share metric of the count the clause names before its 占, with the clause's stretch; the
    count's subject (复议) may be named in `context()`, the sentence before the clause and the one before it (made
    only for a share, not copied for every figure of a long sentence)."""
    at = clause_index(parts, quantity.start)
    clause = None if at is None else parts[at]
    if quantity.unit in unit_family(POINTS) and clause is not None:  # 个百分点, 百分点
        return _points_of_subject(quantity, clause, vocabulary, known)
    if quantity.unit != "%" or clause is None:
        return None
    cut = quantity.start - clause.start
    mark = clause.text.rfind("占", 0, cut)
    # the words before 占 as far back as a rule reads (`rules.WINDOW`): in a list of shares (第一类占10%、第二类占20%、…)
    # they are the whole list before the figure, read anew for every wording and item
    subject = clause.text[max(0, mark - WINDOW):mark].strip().removesuffix("的") if mark >= 0 else ""
    if not subject or relation_of(clause.text[mark:cut], True) != "share":
        return None
    said = context()
    for unit in _COUNTS:
        base = vocabulary.name_label(quantity, subject, unit=unit, context=said)
        if base:
            metric = related_metric(base.metric_id, "share", known)
            rule = Rule(f"{base.rule_id}+share_of", metric, "%", None, None, None, "", base.priority) if metric else None
            return (rule, (clause.start, quantity.end)) if rule else None
    return None


def _points_of_subject(quantity: Quantity, clause: Span, vocabulary: Vocabulary,
                       known: frozenset[str]) -> tuple[Rule, tuple[int, int]] | None:
    """全省行政复议纠错率较上年下降6.48个百分点: the change in points of the rate the clause names before
    its change words (the longest `stated_relations` growth or decline wording that ends the text)."""
    before = clause.text[:quantity.start - clause.start].rstrip()
    for cut in range(max(0, len(before) - _CHANGE_REACH), len(before)):
        relation = relation_of(before[cut:], True)
        if relation in ("growth", "decline"):
            base = vocabulary.name_label(quantity, before[:cut], unit="%")
            metric = related_metric(base.metric_id, relation + "_points", known) if base else None
            if not metric:
                return None
            rule = Rule(f"{base.rule_id}+{relation}_points_of", metric, POINTS, None, None, None, "", base.priority)
            return rule, (clause.start, quantity.end)
    return None
