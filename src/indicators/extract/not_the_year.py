"""Why a named figure is not the year's value of its metric, from the words before it in its sentence.

A metric holds one value per report year; the curators leave without a metric a plan's goal (力争…), a part of the
year (一季度…, 截至4月19日…) and a total over several years (五年开展定期清理3次), whatever the wording that named
it. The words are data (`data/not_the_year.csv`), one reason a row, so that a convention the curators follow applies
to every metric at once instead of being written into each metric's wordings.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows


@cache
def _reasons() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row["why"], re.compile(row["pattern"])) for row in data_rows("not_the_year.csv"))


def not_the_years(said: str, cut: int) -> str:
    """The reason the figure whose number starts at `cut` in the sentence `said` is no year's value, "" if none."""
    return next((why for why, pattern in _reasons() if pattern.search(said, 0, cut)), "")
