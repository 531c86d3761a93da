"""Round-bracketed asides of a sentence (…7976件(2019年6593件)，审结…), where each starts and ends.

Apart from `periods` because the period reading, the related rows (`related_rows`) and the relations of a figure
(`relations`) all ask whether a position is inside one, and the period reading's module is at its size limit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indicators.extract.mentions import within

_ROUND = re.compile(r"[(（][^()（）]*[)）]")


@lru_cache(maxsize=16)
def asides(sentence: str) -> list[tuple[int, int]]:
    """Round-bracketed asides of a sentence (…7976件(2019年6593件)，审结…): where each starts and ends."""
    return [(m.start(), m.end()) for m in _ROUND.finditer(sentence)]


def in_aside(sentence: str, at: int) -> bool:
    """True where position `at` of the sentence is inside a round-bracketed aside (…14427件(含旧存1436件)):
    the aside's numbers are parts of the figure before it or that figure in another year, never the figure a
    change after the aside (，同比下降6.85%) is stated of."""
    return within(at, asides(sentence))
