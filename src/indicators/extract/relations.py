"""Figures stated *of* the figure before them: its share, its rise or fall on the year before.

A clause that is only 占收案总数的79.9%, 同比增长17.1%, 比2019年增加842件 or 比2023年减少105项 names no metric of
its own, even where a wording would name the level (增加12项 of a list is not the items added): it gives the share,
the stated change, the increase or the decrease of the nearest earlier figure of its sentence that has a metric
(the base). The clause patterns are data (`data/stated_relations.csv`), and so is
which metric such a figure becomes: `metrics.csv` holds `<base>_share_stated`, `<base>_growth_stated`,
`<base>_decline_stated` and `<base>_increase` only for the bases whose shares and changes reports
state (and `<rate>_growth_points`, `<rate>_decline_points` for a stated rate's change in 个百分点),
and `_NAMED` lists the older stated rates that are shares under another name (受理率 is the share of
cases accepted). A base without such a metric leaves the figure unassigned.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from indicators.extract.asides import in_aside
from indicators.extract.connectives import RESPECTIVELY
from indicators.extract.last_named import last_named
from indicators.extract.mentions import Quantity
from indicators.extract.text import Span, clause_index, data_rows

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
# a clause that only names another year of the figure before it: 2015年为8,153件, 较2020年的85.4%, 上年同期为
# (较2020年172件增加109件: after 较 the year owns the number that follows it, with or without 的)
_YEAR_OF_SAME = re.compile(r"(?:较|比|与)?(?:(?:19|20)[0-9]{2}\s*年|上年|去年|上一年|前年)(?:同期)?(?:的|为|是)\s*"
                           r"|(?:较|比)(?:(?:19|20)[0-9]{2}\s*年|上年|去年|上一年)(?:同期)?\s*")
_ASIDE_YEAR = re.compile(r"\s*(?:较|比)?(?:(?:19|20)[0-9]{2}\s*年|上年|去年|上一年)(?:同期)?(?:的|为|是)?\s*")
_SUFFIX = {"share": "_share_stated", "growth": "_growth_stated", "decline": "_decline_stated", "increase": "_increase",
           "decrease": "_decrease", "growth_points": "_growth_points", "decline_points": "_decline_points"}
POINTS = "个百分点"  # a rate's change: litigation_loss_rate_stated falls by litigation_loss_rate_decline_points


@dataclass(frozen=True)
class Relation:
    relation: str
    percent: bool
    words: re.Pattern[str]


@cache
def _relations() -> tuple[Relation, ...]:
    return tuple(Relation(row["relation"], row["unit"] == "%", re.compile(f"(?:{row['words']})"))
                 for row in data_rows("stated_relations.csv"))


def relation_of(before: str, percent: bool) -> str | None:
    """The relation a clause states when `before` (its text up to the number) is all it says."""
    before = before.strip()
    return next((r.relation for r in _relations() if r.percent == percent and r.words.fullmatch(before)), None)


def related_metric(base_metric: str, relation: str, known: frozenset[str]) -> str | None:
    """The catalog metric of `relation` of `base_metric`, or None where the catalog has none."""
    # 增加109件，增长了63%: the figure before is itself a change of the metric, whose rise the clause states
    base_metric = next((base for suffix in ("_increase", "_growth_stated", "_decline_stated")
                        if (base := base_metric.removesuffix(suffix)) != base_metric and base in known), base_metric)
    if relation.endswith("_points"):
        base_metric = base_metric.removesuffix("_stated")
    metric = _NAMED.get((base_metric, relation)) or base_metric + _SUFFIX.get(relation, "-")
    return metric if metric in known else None


def back_reference(quantity: Quantity, sentence: Span, parts: list[Span], earlier: list[dict],
                   text: str) -> tuple[dict | None, str]:
    """The assigned row of this sentence that a clause gives another year of, and how it says so.

    A bare 2015年为8,153件 or 较2020年的85.4% names no metric: it is the nearest earlier figure of the
    sentence in the same unit, for the year the clause names (year_of_same). So is the next item of a
    分别为 list right after that figure (败诉率分别为16.4%、11.36%、9.72%: next_in_list), which
    `periods.period_of` gives the next year of the span the sentence names.
    """
    at = clause_index(parts, quantity.start)
    clause = sentence if at is None else parts[at]
    last = last_named(earlier, quantity.unit)  # the nearest earlier row with a metric in its unit
    if last is None:
        return None, ""
    before = clause.text[:quantity.start - clause.start]
    # 败诉率为13.5%、2021年为20.2%、2022年为15.5%: a list item is a clause of its own
    if _YEAR_OF_SAME.fullmatch(before) or ("、" in before and _YEAR_OF_SAME.fullmatch(before, before.rfind("、") + 1)):
        return last, "year_of_same"
    # 受理…7976件(2019年6593件), 新收3326件(2023年为867件): an aside right after a figure gives it for another year
    opened = max(text.rfind("(", last["_end"], quantity.start), text.rfind("（", last["_end"], quantity.start))
    if opened >= 0 and earlier[-1] is last and not text[last["_end"]:opened].strip() \
            and _ASIDE_YEAR.fullmatch(text, opened + 1, quantity.start):
        return last, "year_of_same"
    # read only the few characters between the two figures, never the sentence again: a list of
    # thousands of items stays linear
    follows = earlier[-1] is last and quantity.start - last["_end"] <= 3 and text[last["_end"]:quantity.start].strip() == "、"
    listed = follows and 0 <= _respectively_at(sentence.text) < quantity.start - sentence.start
    return (last, "next_in_list") if listed else (None, "")


@lru_cache(maxsize=16)
def _respectively_at(sentence: str) -> int:
    """Where the sentence first says 分别 or 依次 (-1: nowhere), once per sentence."""
    return min((at for word in RESPECTIVELY if (at := sentence.find(word)) >= 0), default=-1)


# a number other than a year (2023年) or a date (5月): 2.6 of 复议诉讼比值达2.6
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*(?!\s*[0-9０-９.,]*\s*(?:年|月|日))")


def read_between(sentence: str, start: int, end: int, rows: int) -> bool:
    """True where every number between `start` and `end` of the sentence is one of the `rows` figures read there:
    a stated change or share is of the nearest number before it, and where that number was read as no figure
    (a ratio without a measure word) the change is of it, not of a figure further back."""
    return len(_NUMBER.findall(sentence, start, end)) <= rows


_PERCENT = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*%")


@lru_cache(maxsize=16)
def _percents(clause: str) -> tuple[int, ...]:
    """Where the percentages of a clause start: once per clause, not once per percentage of a long list."""
    return tuple(match.start() for match in _PERCENT.finditer(clause))


def respective_base(quantity: Quantity, sentence: Span, parts: list[Span], earlier: list[dict],
                    period: str) -> tuple[dict, str] | None:
    """The figure a change stated 分别 of several figures is of, with its relation: in 受理…7976件，审结7982件，
    同比分别增长20.98%和17.33% the k-th change of the clause is of the k-th of the last figures of the sentence
    before it (of the same period, outside asides such as (2019年6593件)), one change for each, in order."""
    at = clause_index(parts, quantity.start) if quantity.unit == "%" else None
    if at is None:
        return None
    clause = parts[at]
    items = _percents(clause.text)  # where the clause's percentages start, in it
    word = next((w for w in RESPECTIVELY if w in clause.text[:items[0]]), None) if items else None
    k = bisect.bisect_left(items, quantity.start - clause.start)
    if word is None or k == len(items) or items[k] != quantity.start - clause.start:
        return None
    relation = relation_of(clause.text[:items[0]].replace(word, "", 1), True)
    if relation not in ("growth", "decline"):
        return None
    bases = [row for row in earlier if row["unit"] != "%" and row["period"] == period
             and row["_end"] <= clause.start and not in_aside(sentence.text, row["_end"] - sentence.start - 1)]
    if len(bases) < len(items):
        return None
    base = bases[len(bases) - len(items) + k]
    return (base, relation) if base["metric_id"] else None
