"""Counts to date (截至目前) in a text that counts elsewhere to a month before its year's last (截至9月底).

A report written in the autumn (截至9月底，…共受理行政诉讼案件115件) counts to date up to about that time as well:
截至目前，我市共收到行政复议申请85件 is the year so far, not the year's value the curators name. A text that names no
such month may be a yearly report whose 截至目前 is the year's end, and a stock or a rate stated to date (截至目前，全区
共有律师事务所34家) is the state then, so the reason holds only for the counts of cases and events that the row of
`data/not_the_year.csv` counted to a month holds for (its `units`). The words of "to date" are data
(`data/part_year_openings.csv`, kind "todate").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indicators.extract.not_the_year import reasons
from indicators.extract.part_year import PART_OF_YEAR
from indicators.extract.prefixes import found_before
from indicators.extract.rules import scaled
from indicators.extract.text import data_rows

_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")


@cache
def _to_a_month() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The part-of-year reasons of `not_the_year.csv` that hold for some measure words only (counted to a month)."""
    return tuple((reason.pattern, reason.units) for reason in reasons()
                 if reason.why == PART_OF_YEAR and reason.units is not None)


@cache
def _to_date() -> re.Pattern[str]:
    words = [row["words"] for row in data_rows("part_year_openings.csv") if row["kind"] == "todate"]
    return re.compile("|".join(f"(?:{w})" for w in words))


@lru_cache(maxsize=4)
def _counted_to_a_month(text: str, report_year: int) -> re.Pattern[str] | None:
    """The measure words of the first month before the last that `text` counts to in its report year (a month of
    another year, 截至2016年2月底 in a report on 2017, says nothing of when the text was written); None if none."""
    for pattern, units in _to_a_month():
        for match in pattern.finditer(text):
            if all(int(year) == report_year for year in _YEAR.findall(match.group())):
                return units
    return None


def counted_to_date(text: str, report_year: int, said: str, cut: int, unit: str) -> str:
    """Why the figure in `unit` whose number starts at `cut` in the sentence `said` of `text` is a part of the year
    because its sentence counts to date in a text written within the year; "" where it is not."""
    units = _counted_to_a_month(text, report_year)
    if units is None or not units.fullmatch(scaled(unit)[1]) or not found_before(_to_date(), said, cut):
        return ""
    return f"{PART_OF_YEAR} (counted to date in a text that counts to a month before the year's last)"
