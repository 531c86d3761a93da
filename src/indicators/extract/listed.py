"""The items of a list whose last item alone carries the measure word: 分别为73.56、76.71、80.13分, 分别压缩至70、50个工作日.

A list of values of one kind writes the measure word once, after its last item; the number reader sees a figure
only where a measure word follows, so the earlier items were lost. Each plain Arabic number that stands right
before 、 (or 和, 与, 及: 分别提高1.53和5.6个百分点) in a chain ending in a quantity is an item of that quantity's unit
(and multiplier: 1.2、3.5万件 are both 万件). Not an ordinal (第1、2项) nor a year (2021、2022年, which the reader takes
for no figure).
"""

from __future__ import annotations

import dataclasses
import re

from indicators.extract.mentions import Quantity
from indicators.extract.text import Span

_ITEM = re.compile(r"(?<![0-9.．第])([0-9]+(?:\.[0-9]+)?)(?:、|和|与|及)$")
_REACH = 12  # an item is a number of at most this many characters


def with_listed_items(line: Span, found: list[Quantity]) -> list[Quantity]:
    """`found` (the line's quantities in order) with the bare items of each list that ends in one of them."""
    items: list[Quantity] = []
    taken = {quantity.start for quantity in found}
    for quantity in found:
        if quantity.range_end or quantity.weak:
            continue
        cut = quantity.start - line.start
        while cut > 0:
            match = _ITEM.search(line.text, max(0, cut - _REACH), cut)
            if not match or line.start + match.start() in taken:
                break
            start = line.start + match.start()
            items.append(dataclasses.replace(quantity, value=match.group(1), qualifier="", start=start,
                                             end=start + len(match.group(1))))
            cut = match.start()
    return sorted(found + items, key=lambda q: q.start) if items else found
