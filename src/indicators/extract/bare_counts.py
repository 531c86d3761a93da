"""Counts written without a measure word in prose, whose clause names what they count.

A number with no measure word is no figure (years, phone numbers, list markers), except where the words
around it say what it counts, as a table's column name does for its cells (`column_words`):

    the counted noun right before it      共审结复议案件4696，审结率为83.4%; 订阅人数为5973。
    the total it is a share of after it   行政处罚2100，占收到申请总数的33.9%

The noun gives the unit: the column words of `data/column_units.csv` (人数 → 人, 受理量 → 件) or the counted
nouns of `data/counted_nouns.csv` (案件, 申请 → 件; 事项 → 项). Only a plain Arabic count that closes its
clause is read (not a rate written without %, not a ratio's 2.5:1), outside quotation marks and brackets;
a count right before the bracket that breaks it down closes its clause there (复议申请107(受理98件，…): round 48).
"""

from __future__ import annotations

import re

from indicators.extract.column_words import column_unit
from indicators.extract.connectives import connective_stripped
from indicators.extract.flattened import caption_unit, counted_nouns
from indicators.extract.mentions import Quantity, enclosed, plain_value, within
from indicators.extract.text import CLAUSE_MARKS, Span
from indicators.numbers import numbers_in

_NOUN_REACH = 8  # the counted noun ends right before the number, after 共/为/达
_SHARE_AFTER = re.compile(rf"[{CLAUSE_MARKS}]占(?P<total>[^{CLAUSE_MARKS}0-9]{{1,16}}?)的?[0-9.]+[%％]")
_CLOSES = "，,。；;(（"  # not a colon: 比例约为2.5:1 is a ratio
_DIGIT_CLOSING = re.compile(r"[0-9][，,。；;(（]")
_PLAIN = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def bare_counts(line: Span) -> list[Quantity]:
    """The numbers of `line` with no measure word whose clause names the noun they count, in that noun's unit."""
    text = line.text
    if not _DIGIT_CLOSING.search(text):
        return []  # most lines: no digit closes a clause, nothing to read again
    found: list[Quantity] = []
    inside: list[tuple[int, int]] | None = None
    for mention in numbers_in(text):
        start, end = mention.start, mention.end
        if text[end:end + 1] not in _CLOSES or not _PLAIN.fullmatch(mention.text) or \
                (start and (text[start - 1].isdigit() or text[start - 1] in ".,")):
            continue
        unit = _noun_before(text[max(0, start - _NOUN_REACH - 4):start]) or _total_after(text, end)
        if not unit or unit == "%":  # 办结率达到100。: a rate without its %, which curators do not list
            continue
        inside = enclosed(text) if inside is None else inside
        if not within(start, inside):
            value = plain_value(mention.text.replace(",", ""), mention.value)
            found.append(Quantity(value, unit, "", line.start + start, line.start + end, "", False))
    return found


def _noun_before(before: str) -> str:
    """The unit of the noun that ends `before` once 共/为/达 are dropped (复议案件 → 件, 订阅人数 → 人), "" if none."""
    words = connective_stripped(before)
    return column_unit(words) or next((unit for noun, unit in counted_nouns() if words.endswith(noun)), "")


def _total_after(text: str, end: int) -> str:
    """The unit of the total the number is a share of in the next clause (，占收到申请总数的33.9% → 申请's 件)."""
    match = _SHARE_AFTER.match(text, end)
    return caption_unit(match.group("total")) if match else ""
