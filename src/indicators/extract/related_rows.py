"""A figure named by its relation to another: the share or change a clause states of an earlier row of its sentence
(占收案总数的79.9%, 同比增长17.1%), and a table's % cell whose row is a share of its column's count metric.

Both name no metric of their own: they take the related metric (`relations.related_metric`) of one already named,
so that a share or a change is never read as another count.
"""

from __future__ import annotations

from indicators.extract.asides import in_aside
from indicators.extract.mentions import Quantity
from indicators.extract.relations import POINTS, read_between, related_metric, relation_of, respective_base
from indicators.extract.rules import Rule, unit_family
from indicators.extract.text import Span, clause_index
from indicators.extract.vocabulary import Vocabulary

_BARE = ("", "达", "为", "约", "达到", "约为", "是")


def related_row(quantity: Quantity, sentence: Span, parts: list[Span], earlier: list[dict[str, str]],
             known: frozenset[str], period: str) -> tuple[dict[str, str], str, str] | None:
    """The earlier row of this sentence whose share or change a clause such as 占收案总数的79.9%,
    同比增长17.1% or 比2019年增加842件 states, with the metric of that share or change: a row of the same
    period outside any aside (not 2023年为867件 or 含旧存1436件), with no number left unread between them
    (复议诉讼比值达2.6，同比增长76.5% is the ratio's rise, not the rise of the cases before it)."""
    at = clause_index(parts, quantity.start)
    before = parts[at].text[:quantity.start - parts[at].start] if at is not None else ""
    points = quantity.unit in unit_family(POINTS)  # 败诉率为6.88%，同比下降3.95个百分点: the change of the rate before
    percent = _in_percent(quantity.unit)
    if at and before.strip() in _BARE:  # 占受理案件数比例最高，达92.71%: the share is worded in the clause before
        before = parts[at - 1].text + before
    relation = relation_of(before, percent) or relation_of(before.rpartition("、")[2], percent)  # 7.22%、同比下降5.94百分点
    if relation is None:  # 同比分别增长20.98%和17.33%: one change for each figure before, in order
        found = respective_base(quantity, sentence, parts, earlier, period)
        metric = related_metric(found[0]["metric_id"], found[1], known) if found else None
        return (found[0], metric, found[1]) if found and metric else None
    for at, row in enumerate(reversed(earlier)):
        fits = row["unit"] == "%" if points else row["unit"] != "%" and (percent or row["unit"] == quantity.unit)
        # the nearest figure it can be stated of; one without a metric (行政许可80.96万宗) names none
        if fits and row["period"] == period and not in_aside(sentence.text, row["_end"] - sentence.start - 1) \
                and read_between(sentence.text, row["_end"] - sentence.start, quantity.start - sentence.start, at):
            if not row["metric_id"] and percent and _stated_increase(row, sentence, parts):
                continue  # 收到申请1192件，同比增加338件，增长39.6%: the rise of the count the unnamed increase is of
            metric = related_metric(row["metric_id"], relation + "_points" if points else relation, known)
            return (row, metric, relation) if row["metric_id"] and metric else None
    return None


def states_a_change(quantity: Quantity, parts: list[Span]) -> bool:
    """Whether a count's clause is only its change on another year (比2023年减少105项, 同比增加338件): the number is
    how many more or fewer, not the level, so no wording that names the level names it."""
    return not _in_percent(quantity.unit) and _count_change_at(parts, quantity.start) in ("increase", "decrease")


def _stated_increase(row: dict[str, str], sentence: Span, parts: list[Span]) -> bool:
    """Whether the earlier row is only how many more a count before it is (同比增加338件), read in its own clause."""
    return _count_change_at(parts, sentence.start + row["_said"][1]) == "increase"


def _count_change_at(parts: list[Span], cut: int) -> str | None:
    """The count relation (increase, decrease) a clause states where its text up to `cut` is all it says."""
    at = clause_index(parts, cut)
    return None if at is None else relation_of(parts[at].text[:cut - parts[at].start], False)


def _in_percent(unit: str) -> bool:
    """A rate (%) or a rate's change in 个百分点: its relations are those of `relation_of(…, percent=True)`."""
    return unit == "%" or unit in unit_family(POINTS)


def share_cell(quantity: Quantity, label: str, vocabulary: Vocabulary, known: frozenset[str]) -> Rule | None:
    """A % cell of a row labelled as a share (占新受理数比例) under a column that names a count metric:
    the stated share of that metric."""
    row, _, column = label.partition("\t")
    if quantity.unit != "%" or not column or relation_of(row, True) != "share":
        return None
    base = vocabulary.name_label(quantity, column, unit="件") or vocabulary.name_label(quantity, column, unit="项")
    metric = related_metric(base.metric_id, "share", known) if base else None
    return Rule(f"{base.rule_id}+share_of", metric, "%", None, None, None, "", base.priority) if metric else None
