"""The items of a list of periods after a named figure carry its metric, each for its own period.

Reports give a figure's run over the years as a list whose first item names the metric and whose later
items give only a period and a number: 2021年全市法院受理…一审案件805件，2022年488件，2023年551件, or a
rate and the level it reached each year (败诉率为23.22%，2022年下降至18.01%，2023年下降至11.62%). A clause
that is nothing but a year (with its months or part: 2024年1-10月), optionally 为/是/达 or a verb of
change + 至 (the level reached, not the change), then the number, is the next item: it takes the metric
of the figure right before it in its sentence, in the same unit. `relations.back_reference` reads the
forms 2015年为…, 较2020年的…; this reads the bare ones it leaves.
"""

from __future__ import annotations

import re

from indicators.extract.mentions import Quantity
from indicators.extract.text import Span, clause_index

_ITEM = re.compile(r"\s*(?:19|20)[0-9]{2}\s*年(?:\s*[0-9]{1,2}\s*[-—–~至到]\s*[0-9]{1,2}\s*月(?:份)?)?"
                   r"(?:为|是|达|达到|(?:下降|上升|增长|增加|减少|降|升|增|减|回落|提高|提升)(?:至|到))?\s*")


def period_item(found: tuple[dict | None, str], quantity: Quantity, parts: list[Span],
                earlier: list[dict]) -> tuple[dict | None, str]:
    """`found` (what `back_reference` read) where it read a row; else the figure right before in the sentence
    whose metric a bare period item (2022年488件) continues, with how: "period_item"."""
    if found[0] is not None or not earlier:
        return found
    last = earlier[-1]
    at = clause_index(parts, quantity.start)
    if not last["metric_id"] or last["unit"] != quantity.unit or at is None:
        return found
    clause = parts[at]
    if not _ITEM.fullmatch(clause.text, 0, quantity.start - clause.start):
        return found
    return last, "period_item"
