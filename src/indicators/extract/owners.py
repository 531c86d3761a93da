"""Whose caseload a count is: the body or object named before it decides between two families of metrics.

The catalog has two families where two bodies count the same kind of case: the courts' caseload
(court_admin_cases_received, …_concluded) beside the government's own lawsuits as a party (litigation_cases,
litigation_concluded), and a service centre's applications of every kind (service_cases_accepted, …_concluded)
beside licensing decisions (licensing_applications, licensing_concluded). A wording names the kind of case
(行政案件, 受理…事项, 办结); which family the count belongs to is said by its subject (全省法院, 中院) or by the
object counted (各类…事项, 办件), often clauses before it (…1773件，同比增长0.68%，结案1436件). The owners are data
(`data/caseload_owners.csv`), read on the curated rows of every batch; a stated change of a count follows its
count's new metric through `relations.related_metric`.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from indicators.extract.rules import Rule
from indicators.extract.text import data_rows

_REACH = 200  # the owner is named within this many characters before the figure: a long list stays linear


@dataclasses.dataclass(frozen=True)
class _Owner:
    owner: re.Pattern[str]
    becomes: str
    unless: re.Pattern[str] | None


@cache
def _owners() -> dict[str, tuple[_Owner, ...]]:
    """The owners of each metric, in the table's order; a row whose owner takes several metrics (a | list) is read
    as one row for each, so that the owner's words and exceptions are written once."""
    table: dict[str, list[_Owner]] = {}
    for row in data_rows("caseload_owners.csv"):
        owner, unless = re.compile(row["owner"]), re.compile(row["unless"]) if row["unless"] else None
        metrics = row["metric"].split("|")
        becomes = row["becomes"].split("|") if row["becomes"] else [""] * len(metrics)
        for metric, metric_becomes in zip(metrics, becomes, strict=True):
            table.setdefault(metric, []).append(_Owner(owner, metric_becomes, unless))
    return {metric: tuple(owners) for metric, owners in table.items()}


def owned(rule: Rule | None, sentence: str, cut: int) -> Rule | None:
    """The rule with the metric of the caseload's owner named last before position `cut` of the sentence, None
    where that owner's count has no metric (one court's own caseload); `rule` itself where no owner is named or
    the words after the owner keep its metric (全市法院新收一审行政案件: 一审)."""
    owners = _owners().get(rule.metric_id) if rule else None
    if not owners:
        return rule
    start = max(0, cut - _REACH)
    found = [(match.end(), owner) for owner in owners for match in owner.owner.finditer(sentence, start, cut)]
    if not found:
        return rule
    end, owner = max(found, key=lambda pair: pair[0])
    if owner.unless and owner.unless.search(sentence, end - 1, cut):
        return rule
    return dataclasses.replace(rule, metric_id=owner.becomes, rule_id=f"{rule.rule_id}+owner") if owner.becomes else None
