"""One figure a year: the 分别为 lists of a sentence under a span of years (2019年至2021年…分别为…, 2019年至2020年…分别调解…).

Kept apart from `periods.period_of`, which asks it first: a list that gives one figure for each year of the
span dates its k-th item by the span's first year plus k, whatever period words stand before it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from indicators.extract.connectives import RESPECTIVELY
from indicators.extract.period_forms import period_form

# 2018年以来…分别为16.4%、11.36%、9.72%、10.83%; 2019年至2021年…分别为…: one figure a year, in order
_SPAN = re.compile(r"(?P<first>(?:19|20)[0-9]{2})\s*年?\s*(?:(?:至|到|-|—|－|~|～)\s*(?P<last>(?:19|20)[0-9]{2})\s*年|年以来)")
# 分别为, or 分别 and the verb and noun of the values (分别较上年度上升39.51%和23.76%, 分别调解矛盾纠纷4038件、5000件)
_LIST_OPENS = re.compile(f"(?:{'|'.join(RESPECTIVELY)})(?:为|是|达到|达|[^，,。；;：:0-9０-９、]{{1,16}}?(?=[0-9０-９]))")
_CLAUSE_ENDS = ("，", ",", "。", "；", ";")
_SPAN_REACH = 60  # the span of years is named in the clause or two before 分别为


def _marks(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where the marks between a list's items stand from `start` to `end` (、, and 和 or 及 before the last item:
    分别为107件、268件和638件, `data/period_forms.csv`); the look-ahead of 和 reads past `end`, so the
    search runs on and stops at the first mark past it."""
    marks = []
    for mark in period_form("list_mark").finditer(text, start):
        if mark.start() >= end:
            break
        marks.append(mark.start())
    return tuple(marks)


def listed_year(text: str, cut: int, report_year: int) -> tuple[int, str] | None:
    """The year of the k-th figure of a 分别为 list under a span of years (2018年以来, 2019年至2021年):
    the span's first year plus k, where the list has one figure for each year of the span (up to the
    report year for 以来) and nothing but the list stands between 分别为 and the figure."""
    for opened, close, first, words, marks in _year_lists(text, report_year):
        if opened <= cut < close:
            return first + bisect.bisect_left(marks, cut), words
    return None


@lru_cache(maxsize=16)
def _year_lists(text: str, report_year: int) -> list[tuple[int, int, int, str, tuple[int, ...]]]:
    """The 分别为 lists of a sentence that give one figure a year: where each list starts and ends,
    the first year, the words of the span and where its item marks stand; once per sentence (do not change the list)."""
    lists = []
    for opened in _LIST_OPENS.finditer(text):
        close = min([at for mark in _CLAUSE_ENDS if (at := text.find(mark, opened.end())) >= 0] or [len(text)])
        spans = list(_SPAN.finditer(text, max(0, opened.start() - _SPAN_REACH), opened.start()))
        if not spans or any(mark in text[spans[-1].end():opened.start()] for mark in ("。", "；", ";")):
            continue
        span, marks = spans[-1], _marks(text, opened.end(), close)
        count = len(marks) + 1
        first = int(span.group("first"))
        last = int(span.group("last")) if span.group("last") else report_year
        fits = first + count - 1 == last if span.group("last") else first + count - 1 <= last
        if count > 1 and fits and last <= report_year:
            lists.append((opened.end(), close, first, span.group(0), marks))
    return lists
