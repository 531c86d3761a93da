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
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from indicators.extract.enclosures import enclosed, titles
from indicators.extract.rules import WINDOW, scaled
from indicators.extract.text import data_rows


class Reason(NamedTuple):
    """One row of `not_the_year.csv`: why, the words before the figure, and the measure words it holds for (None:
    every one)."""

    why: str
    pattern: re.Pattern[str]
    units: re.Pattern[str] | None


@cache
def reasons() -> tuple[Reason, ...]:
    """Every reason, read once: `part_year` and `to_date` take their part-of-year words from here."""
    return tuple(Reason(row["why"], re.compile(row["pattern"]), re.compile(row["units"]) if row.get("units") else None)
                 for row in data_rows("not_the_year.csv"))


def not_the_years(said: str, cut: int, unit: str = "") -> str:
    """The reason the figure in `unit` whose number starts at `cut` in the sentence `said` is no year's value, ""
    if none (a pattern's lookbehind still sees the words before the window). A reason may hold for some measure
    words only: counted up to a month (截至9月底…115件) is the work done so far, while a rate or a stock stated at
    that month (截至4月，…即辦件1060項) is the state then."""
    start, word = max(0, cut - WINDOW), scaled(unit)[1]
    window = said[start:cut]
    cited = [(start + a, start + b + 1) for a, b in titles(window, enclosed(window))] if "《" in window else []
    return next((why for why, pattern, units in reasons()
                 if (units is None or units.fullmatch(word)) and _outside(pattern.finditer(said, start, cut), cited)),
                "")


def _outside(matches: Iterator[re.Match[str]], cited: list[tuple[int, int]]) -> bool:
    """Whether one of the reason's `matches` is not wholly inside a cited title (公开《…关于印发〈春节期间…工作方案〉的
    通知》等政策文件3条 names no period of the figure; 《法律援助法》实施以来 reaches out of its title)."""
    return any(not any(a <= match.start() and match.end() <= b for a, b in cited) for match in matches)
