"""What a table column's name says about its bare numbers: the unit they count in and the year they are of.

A header cell often gives no unit in brackets but names what it counts (2020受理量, 本年制发件数, 人数, 占比):
the words it ends with imply the unit of its bare numbers (`data/column_units.csv`), as a reader takes
them, so that a table of counts without measure words is read. A year written in a column's name
(2019受理量, 2020年) is the period of its cells, whichever year the report is of; a year compared with
(同比2019年, 较2019年增减) is not: such a column is a change, of the year the text speaks of.
A column named as a change with no unit of its own (the 2019 disclosure form's 本年增/减 after 上一年项目数量)
counts in the unit of the column before it: its words say "more or fewer of the same", not what is counted.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows

_YEAR_WORDS = r"(?P<year>(?:19|20)[0-9]{2})(?:年度|年)?"
_YEAR = re.compile(rf"(?P<compared>同比|较|比|相比|对比)?{_YEAR_WORDS}")
_BARE_YEAR = re.compile(_YEAR_WORDS)
_ASIDE = re.compile(r"[（(][^()（）]*[)）]")
_LEFT = "="  # column_units.csv's unit of a change column: the unit of the column before it


@cache
def _units() -> tuple[tuple[str, str], ...]:
    """The header words with the unit they imply, longest first (受理量 before 量-less words, 增长率 before 率)."""
    return tuple(sorted(((row["word"], row["unit"]) for row in data_rows("column_units.csv")),
                        key=lambda pair: len(pair[0]), reverse=True))


def column_unit(words: str) -> str:
    """The unit a column named `words` counts its bare numbers in, "" where its name implies none (or only a
    change of the column before it: `with_changes`)."""
    unit = _implied(words)
    return "" if unit == _LEFT else unit


def _implied(words: str) -> str:
    plain = _BARE_YEAR.sub("", _ASIDE.sub("", words)).strip()
    return next((unit for word, unit in _units() if plain.endswith(word)), "")


def with_changes(words: list[str], units: list[str]) -> list[str]:
    """`units` (one per column named by `words`) with each change column that names no unit of its own given
    the unit of the column before it (上一年项目数量 | 本年增/减: both 项)."""
    out: list[str] = []
    for k, (word, unit) in enumerate(zip(words, units, strict=True)):
        out.append(out[k - 1] if not unit and k and _implied(word) == _LEFT else unit)
    return out


def column_year(label: str, report_year: int) -> int | None:
    """The year a table cell is of where its column's name writes one (2019受理量 → 2019), None otherwise.

    `label` is the cell's label as the table readers give it: the column's words, or `row<TAB>corner column`
    for a row led by its own label; only the column's part is read. A name with two years, a compared year
    or a year more than ten years from the report's says nothing."""
    column = label.rpartition("\t")[2]
    years = list(_YEAR.finditer(column))
    if len(years) != 1 or years[0].group("compared"):
        return None
    year = int(years[0].group("year"))
    return year if report_year - 10 <= year <= report_year + 1 else None
