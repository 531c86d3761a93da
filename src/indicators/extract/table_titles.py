"""The year a table's title names (表1. 2012年行政复议案件涉及事项) dates the cells that follow it; the year a
heading line names (2003年 首部法援法规出台) dates the paragraphs under it.

A table laid out one cell a line (`行政 处罚 |`, `30.03% |`) has no sentence to name a period in: its year is in
its title, which may be another year than the report's (a study of 2023 comparing 2012's cases with 2023's). A
retrospective (数字回顾 法援十年) heads each year's paragraph with that year on a line of its own, and the paragraph
under it names no year of its own. The title, the cell lines and the headings are data (`data/period_forms.csv`:
table_title, cell_line, year_heading, heading).
"""

from __future__ import annotations

import re

from indicators.extract.period_forms import period_form

_TITLE_YEAR = re.compile(r"\s*(?P<year>(?:19|20)[0-9]{2})\s*年度?")
_BEFORE, _AFTER = 40, 1  # a title's year up to 40 years before the report's (a history's table) or one after


def table_year(line: str, report_year: int, held: tuple[int, str] | None) -> tuple[int, str] | None:
    """The (year, words) a line of a table dates its cells by: a title's year where the line is a table title
    naming one, the year `held` from the title before while lines are cells, and None once a line is neither."""
    title = period_form("table_title").match(line)
    if title:
        year = _TITLE_YEAR.match(line, title.end())
        if year and report_year - _BEFORE <= int(year.group("year")) <= report_year + _AFTER:
            return int(year.group("year")), year.group(0).strip()
        return None
    return held if held and period_form("cell_line").fullmatch(line) else None


def heading_year(line: str, report_year: int, held: tuple[int, str] | None) -> tuple[int, str] | None:
    """The (year, words) a heading line names for the paragraphs under it (2003年 首部法援法规出台): a short line
    without a clause mark that opens with a year up to the report's, the year `held` from the heading before while
    lines are paragraphs, and None from a heading that names no year (数字回顾 法援十年) or a later year."""
    heading = period_form("year_heading").fullmatch(line)
    if heading:
        year = int(heading.group("year"))
        return (year, heading.group("named").strip()) if report_year - _BEFORE <= year <= report_year else None
    return None if period_form("heading").fullmatch(line) else held
