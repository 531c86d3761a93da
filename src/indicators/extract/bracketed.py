"""Counts written in brackets right before their measure word: 发布政务信息(1386)条, 受理申请（22）件.

Some disclosure reports write every count so (a template's blanks filled in); read as written, the closing bracket
stands between the number and its measure word and no figure is found. Both the number reading (`mentions.py`) and
the rules (`rules.unseparated`) read such a count with its brackets blanked, offsets unchanged, so that the count is
read, claimed and quoted as 发布政务信息 1386 条 would be.

Only a bracket holding Arabic digits alone, opened right after a Chinese character and closed right before a measure
word, is blanked: list markers open a clause ((1)项目…, （一）), document numbers sit in 〔〕 and are followed by
their number, and a year in brackets ((2021)年度) has no measure word (年 counts only after 连续, `measure_words.csv`).
So is a bracket holding a whole figure, digits and measure word alone, right after the kind it counts and before a
list mark (行政处罚(122085件)、行政许可(114152件)): it reads as 行政处罚 122085件 would.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows


@cache
def _measure_words() -> str:
    """The measure words a bracketed count may be followed by, as one alternation, longest first (not those read only
    after a given word, such as 年 after 连续)."""
    rows = data_rows("measure_words.csv")
    return "|".join(re.escape(w) for w in sorted((r["word"] for r in rows if not r["only_after"]), key=len, reverse=True))


@cache
def _bracketed_count() -> re.Pattern[str]:
    """The pattern of a bracketed count: opener, digits, closer, then (after one blank and 多/余) a measure word."""
    return re.compile(rf"(?<=[一-鿿])([(（])[0-9０-９][0-9０-９,，.．]*([)）])(?=[ \u3000]?[多余]?(?:{_measure_words()}))")


@cache
def _bracketed_figure() -> re.Pattern[str]:
    """The pattern of a whole figure in brackets after its kind: 行政处罚(122085件), the count and its measure word."""
    return re.compile(rf"(?<=[一-鿿])[(（][0-9０-９][0-9０-９,，.．]*[多余]?(?:{_measure_words()})[)）](?=[、，,。；;]|$)")


def _blank_ends(match: re.Match[str]) -> str:
    """The bracketed text with its two brackets replaced by blanks."""
    return " " + match.group()[1:-1] + " "


def unbracketed(text: str) -> str:
    """`text` with the brackets around each count of the form (1386)条, and around each figure of the form
    行政处罚(122085件) listed after its kind, replaced by blanks (offsets unchanged)."""
    if "(" not in text and "（" not in text:
        return text
    return _bracketed_figure().sub(_blank_ends, _bracketed_count().sub(_blank_ends, text))
