"""How wide a chart label can be at most in the font vl-convert measures it in, read from the font file.

Why: vl-convert 1.9 measures every text of a chart by mapping the font file anew for each glyph it
looks at, about four mappings a character, and those mappings were most of a batch's system time.
Vega measures an axis label once to place it and, when the axis has a label limit, once more to
decide whether to cut it short with "…". The theme's limit (320 px) changes nothing for a label
narrower than that. Where every label of an axis is certainly narrower, the chart asks for no limit
(`chart_parts.label_axis`): the same SVG from a third fewer measurements.

Certainly narrower: no character is wider than the font's widest advance (`hhea.advanceWidthMax`,
1.17 em in WenQuanYi Micro Hei, whose Chinese characters are 1 em), and one em more is allowed for a
glyph drawn past its advance. A character the font does not map would be measured in a fallback font
of unknown width, so a label holding one is never taken as fitting, and neither is any label when
the font file is missing or unreadable: the limit stays, as before.

The tables are read with fontTools, the reference reader of OpenType and TrueType collections.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from fontTools.ttLib import TTCollection, TTFont, TTLibError

OVERHANG_EM = 1.0  # a last glyph drawn past its advance, at most about one em


class FontBound(NamedTuple):
    widest_em: float  # the widest advance of any glyph, in em
    chars: frozenset[int]  # the code points every face of the file maps to a glyph


def _faces(path: Path) -> list[TTFont]:
    """Every face of the file: several in a .ttc collection, one in a .ttf/.otf."""
    with path.open("rb") as file:
        collection = file.read(4) == b"ttcf"
    return TTCollection(path, lazy=True).fonts if collection else [TTFont(path, lazy=True)]


@functools.cache
def font_bound(path: Path) -> FontBound | None:
    """The widest advance and the mapped characters of the font file at `path`; None when it cannot be read."""
    try:
        faces = _faces(Path(path))
        widest = max(face["hhea"].advanceWidthMax / face["head"].unitsPerEm for face in faces)
        mapped = [{char for char, glyph in face.getBestCmap().items() if glyph != ".notdef"} for face in faces]
    except (OSError, KeyError, TTLibError, ZeroDivisionError, AttributeError, ValueError):
        return None
    return FontBound(widest, frozenset.intersection(*map(frozenset, mapped))) if widest and mapped else None


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
