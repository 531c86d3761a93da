"""Figures stated *of* the figure before them: its share, its rise or fall on the year before.

A clause that is only 占收案总数的79.9%, 同比增长17.1% or 比2019年增加842件 names no metric of its own:
it gives the share, the stated change or the increase of the nearest earlier figure of its sentence
that has a metric (the base). The clause patterns are data (`data/stated_relations.csv`), and so is
which metric such a figure becomes: `metrics.csv` holds `<base>_share_stated`, `<base>_growth_stated`,
`<base>_decline_stated` and `<base>_increase` only for the bases whose shares and changes reports
state, and `_NAMED` lists the older stated rates that are shares under another name (受理率 is the
share of cases accepted). A base without such a metric leaves the figure unassigned.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from indicators.extract.text import DATA_DIR

# shares that the catalog names as stated rates (the share of cases accepted is the 受理率)
_NAMED = {
    ("reconsideration_accepted", "share"): "reconsideration_acceptance_rate_stated",
    ("reconsideration_concluded", "share"): "reconsideration_conclusion_rate_stated",
    ("reconsideration_corrected", "share"): "reconsideration_correction_rate_stated",
    ("reconsideration_mediated", "share"): "reconsideration_mediation_rate_stated",
    ("litigation_lost", "share"): "litigation_loss_rate_stated",
    ("litigation_appearances", "share"): "litigation_appearance_rate_stated",
    ("litigation_concluded", "share"): "litigation_conclusion_rate_stated",
    ("instant_items", "share"): "instant_items_rate_stated",
}
_SUFFIX = {"share": "_share_stated", "growth": "_growth_stated", "decline": "_decline_stated", "increase": "_increase"}


@dataclass(frozen=True)
class Relation:
    relation: str
    percent: bool
    words: re.Pattern[str]


@cache
def _relations() -> tuple[Relation, ...]:
    with open(DATA_DIR / "stated_relations.csv", encoding="utf-8", newline="") as handle:
        return tuple(Relation(row["relation"], row["unit"] == "%", re.compile(f"(?:{row['words']})"))
                     for row in csv.DictReader(handle))


def relation_of(before: str, percent: bool) -> str | None:
    """The relation a clause states when `before` (its text up to the number) is all it says."""
    before = before.strip()
    return next((r.relation for r in _relations() if r.percent == percent and r.words.fullmatch(before)), None)


def related_metric(base_metric: str, relation: str, known: frozenset[str]) -> str | None:
    """The catalog metric of `relation` of `base_metric`, or None where the catalog has none."""
    metric = _NAMED.get((base_metric, relation)) or base_metric + _SUFFIX[relation]
    return metric if metric in known else None
