"""How wide a chart label can be at most in the font vl-convert measures it in, read from the font file.

Why: vl-convert 1.9 measures every text of a chart by mapping the font file anew for each glyph it
looks at, about four mappings a character, and those mappings were most of a batch's system time.
Vega measures an axis label once to place it and, when the axis has a label limit, once more to
decide whether to cut it short with "…". The theme's limit (320 px) changes nothing for a label
narrower than that. Where every label of an axis is certainly narrower, the chart asks for no limit
(`charts._label_axis`): the same SVG from a third fewer measurements.

Certainly narrower: no character is wider than the font's widest advance (`hhea.advanceWidthMax`,
1.17 em in WenQuanYi Micro Hei, whose Chinese characters are 1 em), and one em more is allowed for a
glyph drawn past its advance. A character the font does not map would be measured in a fallback font
of unknown width, so a label holding one is never taken as fitting, and neither is any label when
the font file is missing or unreadable: the limit stays, as before.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

OVERHANG_EM = 1.0  # a last glyph drawn past its advance, at most about one em


class FontBound(NamedTuple):
    widest_em: float  # the widest advance of any glyph, in em
    chars: frozenset[int]  # the code points every face of the file maps to a glyph


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from(">H", data, at)[0]


def _u32(data: bytes, at: int) -> int:
    return struct.unpack_from(">I", data, at)[0]


def _faces(data: bytes) -> list[int]:
    """Where each face's table directory starts: one face in a .ttf/.otf, several in a .ttc."""
    if data[:4] == b"ttcf":
        return [_u32(data, 12 + 4 * i) for i in range(_u32(data, 8))]
    return [0]


def _tables(data: bytes, face: int) -> dict[bytes, int]:
    """The offset of each table of the face at `face`, by tag."""
    return {data[face + 12 + 16 * i: face + 16 + 16 * i]: _u32(data, face + 20 + 16 * i)
            for i in range(_u16(data, face + 4))}


def _format4(data: bytes, at: int) -> set[int]:
    """The code points a format 4 cmap subtable (the Basic Multilingual Plane) maps to a glyph other than 0."""
    segments = _u16(data, at + 6) // 2
    ends, starts = at + 14, at + 16 + 2 * segments
    deltas, ranges = starts + 2 * segments, starts + 4 * segments
    chars: set[int] = set()
    for i in range(segments):
        start, end = _u16(data, starts + 2 * i), _u16(data, ends + 2 * i)
        delta, offset = _u16(data, deltas + 2 * i), _u16(data, ranges + 2 * i)
        for char in range(start, min(end, 0xFFFE) + 1):
            if offset == 0:
                glyph = (char + delta) & 0xFFFF
            else:
                glyph = _u16(data, ranges + 2 * i + offset + 2 * (char - start))
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                chars.add(char)
    return chars


def _format12(data: bytes, at: int) -> set[int]:
    """The code points a format 12 cmap subtable (all planes) maps to a glyph other than 0."""
    chars: set[int] = set()
    for i in range(_u32(data, at + 12)):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * i)
        chars.update(range(start + (glyph == 0), end + 1))
    return chars


def _mapped(data: bytes, cmap: int) -> set[int]:
    """The code points of the face's Unicode cmap subtable: format 12 where it has one, else format 4."""
    found: dict[int, int] = {}
    for i in range(_u16(data, cmap + 2)):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        if platform == 0 or (platform == 3 and encoding in (1, 10)):
            found.setdefault(_u16(data, cmap + offset), cmap + offset)
    if 12 in found:
        return _format12(data, found[12])
    return _format4(data, found[4]) if 4 in found else set()


@functools.cache
def font_bound(path: Path) -> FontBound | None:
    """The widest advance and the mapped characters of the font file at `path`; None when it cannot be read."""
    try:
        data = Path(path).read_bytes()
        widest, chars = 0.0, None
        for face in _faces(data):
            tables = _tables(data, face)
            units_per_em = _u16(data, tables[b"head"] + 18)
            widest = max(widest, _u16(data, tables[b"hhea"] + 10) / units_per_em)
            mapped = _mapped(data, tables[b"cmap"])
            chars = mapped if chars is None else chars & mapped
    except (OSError, KeyError, IndexError, ZeroDivisionError, struct.error):
        return None
    return FontBound(widest, frozenset(chars or ())) if widest else None


def all_narrower(labels: Iterable[object], font_size: float, limit: float, font: Path) -> bool:
    """Whether every label is certainly narrower than `limit` pixels at `font_size` in `font`."""
    bound = font_bound(font)
    if bound is None:
        return False
    for label in labels:
        if not isinstance(label, str) or not bound.chars.issuperset(map(ord, label)):
            return False
        if font_size * (len(label) * bound.widest_em + OVERHANG_EM) >= limit:
            return False
    return True
