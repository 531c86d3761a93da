"""Numbers as Chinese reports write them: 440, ４４０, 2,917, 86.27%, 二十五, 两千, 3.7万.

`numbers_in(text)` lists every number mention with its character offsets, so that the build can
check that a curated value really appears in its quote and the extractor can propose candidates.
Chinese numerals go through cn2an, a maintained converter, rather than rules of our own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cn2an

_ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
# thousands set apart by a blank, as printed studies write them (判决书45 317份): only between two Chinese
# characters, so a table's cells (| 12 | 345 |), a list of numbers (12 345 678) or a date (2019年 3月) stay apart
_GROUPED = r"(?<=[\u4e00-\u9fff])[0-9]{1,3}(?: [0-9]{3})+(?=[\u4e00-\u9fff])"
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿点]*"
_NUMBER = re.compile(rf"(?P<arabic>{_GROUPED}|{_ARABIC})(?P<mult>[万亿])?|(?P<chinese>{_CHINESE})")
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}
# a minus or plus written right before a number (-30.0%, 同比+12.5%), as tables of changes write them
_MINUS, SIGNS = "-－−", "-－−+＋"
# ...but not one between two numbers (10-20件, 2026-02-10, 10%-20%): that joins a range or a date
_JOINED = re.compile(r"[0-9０-９A-Za-z%％.．]")


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: `value` as written (3.7 in 3.7万), `scale` the multiplier after it."""

    value: float
    scale: int
    start: int
    end: int
    text: str

    @property
    def scaled(self) -> float:
        return self.value * self.scale


def plain_arabic(raw: str) -> str:
    """`４４０` → `440`, `2,917` → `2917`, `45 317` → `45317`: the number as plain ASCII digits, its decimals
    as written (`86.270` stays `86.270`): the extractor keeps that text, and `parse_arabic` reads the value from it.
    """
    plain = raw if raw.isascii() else unicodedata.normalize("NFKC", raw)  # NFKC leaves ASCII as it is
    return plain.replace(",", "").replace(" ", "")


def parse_arabic(raw: str) -> float:
    """`４４０` → 440, `2,917` → 2917, `45 317` → 45317, `86.27` → 86.27 (full-width folded by NFKC)."""
    return float(plain_arabic(raw))


@lru_cache(maxsize=4096)
def parse_chinese(raw: str) -> float | None:
    """`二十五` → 25, `两千` → 2000, `三点七` → 3.7; None where cn2an cannot read it.

    `numbers_in` splits a trailing 万/亿 off first (三点七万 → 三点七 × 万), which cn2an cannot read.
    Cached: a report repeats its few numerals (二, 三十, 一百) and cn2an validates each call afresh.
    """
    try:
        return float(cn2an.cn2an(raw, "strict"))
    except (ValueError, KeyError, IndexError, TypeError):
        try:
            return float(cn2an.cn2an(raw, "smart"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None


def numbers_in(text: str) -> list[NumberMention]:
    """Every number mention in `text`, in order of appearance."""
    found: list[NumberMention] = []
    for match in _NUMBER.finditer(text):
        if match.group("arabic"):
            value = parse_arabic(match.group("arabic"))
            scale = _MULTIPLIERS.get(match.group("mult") or "", 1)
        else:
            raw = match.group("chinese")
            if raw in ("万", "亿"):
                continue
            # 三点七万 is 3.7 × 万, written like 3.7万 (cn2an cannot read a decimal before 万)
            head, scale = (raw[:-1], _MULTIPLIERS[raw[-1]]) if raw[-1] in _MULTIPLIERS else (raw, 1)
            value = parse_chinese(head)
            if value is None:
                continue
        found.append(NumberMention(value, scale, match.start(), match.end(), match.group(0)))
    return found


def sign_of(text: str, start: int) -> int:
    """-1 where the number starting at `start` is written with a minus of its own (-30.0% in a table of
    changes, 同比-5.2%), else 1: a sign after a digit, a letter or % joins two numbers instead (10-20件)."""
    if start < 1 or text[start - 1] not in SIGNS or (start > 1 and _JOINED.match(text, start - 2)):
        return 1
    return -1 if text[start - 1] in _MINUS else 1


def value_in_text(value: float, text: str) -> bool:
    """True when `value` is written in `text`, bare (3.7 in 3.7万亩) or with its multiplier applied, and
    with its sign where it is written with one (-30.0 in -30.0%)."""
    return any(
        abs(sign * m.value - value) < 1e-9 or abs(sign * m.scaled - value) < 1e-9
        for m in numbers_in(text) for sign in {1, sign_of(text, m.start)}
    )
