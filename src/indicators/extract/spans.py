"""Over which span a figure is counted: one year, or several years named where the text, its paragraph or its
sentence opens.

Reports and news of several years (a 普法 plan's review, a service centre's three years, a court's white paper of
2020-2022) state totals over the span without repeating it at each figure: 2006年以来… opens a review of 2010 whose
second section says 举办各类形式的法制培训班30期; 三年来 opens a release whose 办结件206.5万件 is three years'
work. The curated files of every batch date such figures by the report year and leave them without a metric, so
a span named where the text opens (title and first sentence), where a paragraph opens, or in the figure's own
sentence before it withholds the metric, unless the figure's own sentence names a period of its own (its words
then decide, `periods.period_of`). The span words are data (`data/span_words.csv`).
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from indicators.extract.mentions import enclosed, within
from indicators.extract.prefixes import found_before
from indicators.extract.text import clause_start, data_rows

_OPENING = 400  # the title and first sentence of a text: the first 。 within this many characters
_OPENING_KINDS = ("since", "count", "plan", "event")  # the span words a text or paragraph may open with
_FIRST_CLAUSE = re.compile(r"[^，,。；;：:]*")


@cache
def _plans() -> dict[str, tuple[int, int]]:
    return {row["words"]: (int(row["first_year"]), int(row["last_year"])) for row in data_rows("plan_periods.csv")}


@cache
def _events() -> dict[str, int]:
    return {row["words"]: int(row["year"]) for row in data_rows("span_events.csv")}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per kind of span word; the plan names (longest first) fill the plan pattern."""
    plans = "|".join(sorted(_plans(), key=len, reverse=True))
    events = "|".join(sorted(_events(), key=len, reverse=True))
    return {row["kind"]: re.compile(row["words"].replace("{plans}", plans).replace("{events}", events))
            for row in data_rows("span_words.csv")}


# the longest span read as one, in years back from the report's: a region's rules since 1980 (从1980年至2012年，自治区政府
# 共制定政府规章662件, in a report of 2013); beyond it a year is taken for a date, not a span's start
_LONGEST_SPAN = 45


def _spans(match: re.Match[str], kind: str, report_year: int) -> bool:
    """True where the words of `kind` cover several years up to the report's: a first year before it (and a last
    year after the first), a count of years, or a plan that the report's year is within or closes."""
    if kind == "count":
        return True
    if kind == "event":  # 党的十八大以来 in 2022: from the event's year (`data/span_events.csv`) up to now
        first = _events()[match.group("event")]
        return first < report_year and report_year - first <= _LONGEST_SPAN
    if kind == "plan":
        first, last = _plans()[match.group("plan")]
        return first < report_year <= last + 1
    first = int(match.group("first"))
    last = int(match.group("last")) if kind == "from_to" else report_year
    return first < last <= report_year + 1 and report_year - first <= _LONGEST_SPAN


def _span_in(text: str, report_year: int, kinds: tuple[str, ...]) -> str:
    """The first span words of `kinds` in `text` outside quotation marks and titles (《纲要(2015-2020年)》)."""
    inside = enclosed(text)
    for kind in kinds:
        for match in _patterns()[kind].finditer(text):
            if _spans(match, kind, report_year) and not within(match.start(), inside):
                return match.group(0)
    return ""


@lru_cache(maxsize=4)
def text_span(text: str, report_year: int) -> tuple[int, str] | None:
    """The span a whole text speaks of, named in its title or first sentence (三年来, 2006年以来, “六五”普法工作验收),
    as the (report year, words) that `periods.period_of` carries to every figure naming no period of its own."""
    end = text.find("。", 0, _OPENING)
    opening = text[:end if end >= 0 else _OPENING]
    reviewed = _reviewed(opening, report_year)
    if _names_year(opening.replace(reviewed, "") if reviewed else opening, report_year):
        return None  # 2023年，…“十四五”规划实施以来…: a yearly report that names a plan, not a review of it
    words = reviewed or _span_in(opening, report_year, _OPENING_KINDS)
    return (report_year, words) if words else None


def _reviewed(opening: str, report_year: int) -> str:
    """A first and a last year the text's opening names as the span it reviews (关于2021-2025年度…工作总结报告):
    the from_to words followed in their clause by a review word; "" otherwise."""
    inside = enclosed(opening)
    return next((m.group(0) for m in _patterns()["from_to"].finditer(opening)
                 if _spans(m, "from_to", report_year) and not within(m.start(), inside)
                 and _patterns()["review"].match(opening, m.end())), "")


def _names_year(opening: str, report_year: int) -> bool:
    """True where the opening names the report's year as a period (2023年，2023年度), not as a date (2025年12月03日)
    nor inside a title's quotation."""
    inside = enclosed(opening)
    return any(not within(m.start(), inside)
               for m in re.finditer(rf"{report_year}\s*年(?!\s*[0-9０-９])", opening))


def paragraph_span(sentence: str, report_year: int) -> tuple[int, str] | None:
    """The span a sentence opens with (五年来，…; “十二五”以来，…), carried to its paragraph's later sentences."""
    opening = _FIRST_CLAUSE.match(sentence)
    words = _span_in(opening.group(0), report_year, _OPENING_KINDS) if opening else ""
    return (report_year, words) if words else None


_THE_YEAR = re.compile(r"全年|今年|本年|年内")


def carried_on(sentence: str, carried: tuple[int, str] | None, report_year: int) -> tuple[int, str] | None:
    """The period a paragraph carries past this sentence: a span (两年来，…) ends where a sentence turns to the
    report's year (全年县司法局审核…, 2021年…), so the sentences after it are the year's again."""
    if carried is None or not is_span(carried[1], report_year):
        return carried
    turns = _THE_YEAR.search(sentence) or any(
        not within(m.start(), enclosed(sentence))  # 《…规划（2021—2025年）》 names no year
        for m in re.finditer(rf"(?<![-—－~～至到]){report_year}\s*年(?!\s*[0-9０-９]|以来|至今)", sentence))
    return None if turns else carried


def is_span(words: str, report_year: int) -> bool:
    """True where the period words a figure was dated by are a span of several years."""
    return bool(words) and any((m := _patterns()[kind].fullmatch(words)) and _spans(m, kind, report_year)
                               for kind in (*_OPENING_KINDS, "from_to"))


_OTHER_PERIOD = re.compile(r"(?:19|20)[0-9]{2}\s*年|今年|本年|去年|上年")


def state_reached(sentence: str, cut: int) -> bool:
    """True where the clause of the figure at `cut` states what is in place at the span's end (进驻审批事项776项),
    not where it sums the span (累计调解纠纷突破9万件); the clause is found backwards from the figure, so a long
    sentence is not read again for each of its figures."""
    start = clause_start(sentence, cut)
    return found_before(_patterns()["state"], sentence, cut, start) and not found_before(_TOTAL, sentence, cut, start)


_TOTAL = re.compile("累计")


@lru_cache(maxsize=16)
def _spans_of(sentence: str, report_year: int) -> tuple[list[int], list[re.Match[str]], list[int]]:
    """Once per sentence (do not change the lists): where its spans of years end, the spans themselves (outside
    quotation marks and titles), and where its other period words start."""
    inside = enclosed(sentence)
    found = [m for m in _patterns()["from_to"].finditer(sentence)
             if _spans(m, "from_to", report_year) and not within(m.start(), inside)]
    return [m.end() for m in found], found, [m.start() for m in _OTHER_PERIOD.finditer(sentence)]


def span_before(sentence: str, cut: int, report_year: int) -> str:
    """The first and last year the sentence names before position `cut` (2020年-2022年，…受理行政案件11544件),
    where no other period word stands between them and the figure; "" otherwise."""
    ends, found, others = _spans_of(sentence, report_year)
    at = bisect.bisect_right(ends, cut) - 1
    if at < 0:
        return ""
    later = bisect.bisect_left(others, ends[at])  # the first other period word after the span
    return "" if later < len(others) and others[later] < cut else found[at].group(0)
