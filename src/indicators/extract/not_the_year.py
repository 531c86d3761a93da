"""Why a named figure is not the year's value of its metric, from the words before it in its sentence.

A metric holds one value per report year; the curators leave without a metric a plan's goal (力争…), a part of the
year (一季度…, 截至4月19日…) and a total over several years (五年开展定期清理3次), whatever the wording that named
it. The words are data (`data/not_the_year.csv`), one reason a row, so that a convention the curators follow applies
to every metric at once instead of being written into each metric's wordings.

The words are read in at most `rules.WINDOW` characters before the number, as the rules' patterns are: a sentence
listing thousands of named items (取消行政审批事项N项、…) was searched from its start for every item, in time its
square. The reasons of the real excerpts all start within 120 characters of their figure.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.rules import WINDOW
from indicators.extract.text import data_rows


@cache
def _reasons() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row["why"], re.compile(row["pattern"])) for row in data_rows("not_the_year.csv"))


def not_the_years(said: str, cut: int) -> str:
    """The reason the figure whose number starts at `cut` in the sentence `said` is no year's value, "" if none
    (a pattern's lookbehind still sees the words before the window)."""
    start = max(0, cut - WINDOW)
    return next((why for why, pattern in _reasons() if pattern.search(said, start, cut)), "")
