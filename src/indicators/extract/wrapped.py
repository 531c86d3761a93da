"""Paragraphs of a page whose lines were hard-wrapped (a scanned gazetteer, a PDF copied as text): a line that
stops in mid-sentence (…12 个部门进驻，下设 7 个分中心， / 办理 108 项审批事项) is one sentence with the next line.

Kept apart from `text.py`, which cuts a line into sentences: here only which lines belong together. Tables
(cells split by blanks or `|`) and headings (no clause mark) are never joined, so their lines stay apart; nor is a
heading that opens with a year (2003年 首部法援法规出台, `period_forms.csv`: year_heading) joined to the line before it.
"""

from __future__ import annotations

import re

from indicators.extract.period_forms import period_form
from indicators.extract.text import Span

_ENDS_SENTENCE = "。！？!?；;：:”\"）)】》"
_CLAUSE_MARK = re.compile(r"[，,。；;]")  # not 、: a heading 一、基本情况 has one
_CELLS = re.compile(r"[ \t\u3000\u00a0]{2,}|[|｜]")
_ONE_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\u3000\u00a0]*")
# a new item of a list or a new heading starts its own paragraph: （一） 一、 1. 第二轮 第一节
_OPENS_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．、]"
                         r"|第[一二三四五六七八九十0-9]+"
                         r"|[━●■◆◇□○•·▲△★☆※▶►\-—*])")
_BREAKS = str.maketrans({"\r": " ", "\n": " "})


def _continues(line: Span, following: Span, text: str) -> bool:
    """True where `line` stops in mid-sentence and `following` is the rest of it: one line break between
    them, `line` is prose (a clause mark, no table cells) that does not end a sentence, and `following`
    opens no new item."""
    body = line.text.rstrip(" \t\u3000\u00a0")
    # 一、加强组织领导，靠实工作责任 is a heading; 第一轮 2002 年…，下设 7 个分中心， stops at a comma, mid-sentence
    heading = _OPENS_ITEM.match(body) and "。" not in body and body[-1:] not in "，,、"
    return bool(body and body[-1] not in _ENDS_SENTENCE and _CLAUSE_MARK.search(body) and not heading
                and not _CELLS.search(body) and not _CELLS.search(following.text)
                and _ONE_BREAK.fullmatch(text, line.end, following.start)
                and not _OPENS_ITEM.match(following.text) and not period_form("year_heading").fullmatch(following.text))


def joined_lines(lines: list[Span], text: str) -> list[Span]:
    """`lines` with each hard-wrapped run joined into one span; its line breaks read as blanks (same length,
    so offsets into `text` stay valid)."""
    joined: list[Span] = []
    for line in lines:
        if joined and _continues(joined[-1], line, text):
            last = joined.pop()
            line = Span(last.start, line.end, text[last.start:line.end].translate(_BREAKS))
        joined.append(line)
    return joined
