"""Why a figure is no year's value where its period words span several years (a plan period, a year before the
report's up to now): the curated files date such totals and leave them without a metric.

Apart from `periods`, which reads the one year a figure belongs to: this asks, of the words `periods` found,
whether they reach over several years, and answers with the reason a candidate's note gives.
"""

from __future__ import annotations

import re

from indicators.extract.mentions import Quantity
from indicators.extract.periods import MONTH_DAY, PLAN_PERIOD
from indicators.extract.prefixes import found_before
from indicators.extract.spans import is_span, span_before, state_reached
from indicators.extract.text import Span
from indicators.extract.year_lists import listed_year

_YEARLY = re.compile(r"每年|年均")  # “十二五”以来，每年受理…: a year's value after all
_SINCE_YEAR = re.compile(r"(?P<first>(?:19|20)[0-9]{2})(?:\s*年" + MONTH_DAY + "(?:以来|至今|起)|以来|至今)")
_SINCE_LAST_YEAR = re.compile(r"(?:去年|上年)(?:[0-9]{1,2}\s*月(?:份)?)?(?:以来|至今)")


def several_years(quantity: Quantity, sentence: Span, report_year: int, words: str, year_after: bool = False) -> str:
    """Why a figure is no year's value where its period words span several years: a plan period (“七五”普法期间,
    “十四五”期间: the plan's total), a year before the report's up to now (2024年以来…结案16.8万件 in 2025), or the
    year before up to now (去年以来60余次召开局党组会, unless the text speaks from the year after the report's, whose
    去年 is the report year), except one figure a year of a 分别为 list (2018年以来…分别为16.4%、11.36%); "" otherwise.
    The curated files date such totals and leave them without a metric."""
    since = _SINCE_YEAR.fullmatch(words)
    cut = quantity.start - sentence.start
    spans = bool(PLAN_PERIOD.fullmatch(words)) or bool(since and int(since.group("first")) < report_year) \
        or (not year_after and bool(_SINCE_LAST_YEAR.fullmatch(words))) \
        or (is_span(words, report_year) or bool(span_before(sentence.text, cut, report_year))) \
        and not state_reached(sentence.text, cut)
    if not spans or listed_year(sentence.text, cut, report_year) or found_before(_YEARLY, sentence.text, cut):
        return ""
    return "a total over several years"
