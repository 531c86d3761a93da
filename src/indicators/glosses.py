"""Pinyin glosses a mirror site injects after characters (確認(rèn), 發(fā)布): add-report keeps the text byte for byte,
so the quotes of its figures carry them, and the analyst is told where they are rather than finding out from a quote.

A gloss is a CJK character followed by one bracketed syllable in lowercase pinyin with a tone mark (or ü), in ASCII
or full-width brackets. The tone mark keeps an enumeration's (a) or an English aside (sic) from counting."""

from __future__ import annotations

import re
from typing import NamedTuple

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
GLOSS = re.compile(rf"[\u4e00-\u9fff][(（](?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,6}}[)）]")


class Glosses(NamedTuple):
    """The lines (1-based, as the text's line ends count them) holding a gloss, and the first gloss with its word."""

    lines: list[int]
    example: str


def pinyin_glosses(text: str) -> Glosses | None:
    """Where `text` carries pinyin glosses, or None. The example is the first gloss with the character on either
    side of it (確認(rèn)了), which is how the analyst will meet it in a quote."""
    found = list(GLOSS.finditer(text))
    if not found:
        return None
    lines = sorted({text.count("\n", 0, match.start()) + 1 for match in found})
    first = found[0]
    before = re.search(r"[\u4e00-\u9fff]{0,1}$", text[:first.start()])
    after = re.match(r"[\u4e00-\u9fff]{0,1}", text[first.end():])
    example = (before.group() if before else "") + first.group() + (after.group() if after else "")
    return Glosses(lines, example)
