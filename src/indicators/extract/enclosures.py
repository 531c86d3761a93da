"""Stretches of a line inside quotation marks or brackets: slogans (“五个一批”), titles (《…2016年工作方案》) and
document numbers (〔2017〕265号), whose numbers and years are no figures or periods of the text.

Kept apart from the number reading (`mentions.py`) that first needed it: periods and spans read the same stretches.
"""

from __future__ import annotations

import re

_OPENERS = {"“": "”", "《": "》", "〔": "〕", "[": "]", "【": "】", "「": "」", "『": "』", "‘": "’", '"': '"'}
_MARKS = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_OPENERS.values())) + "]")


def within(at: int, stretches: list[tuple[int, int]]) -> bool:
    """True where position `at` lies inside one of `stretches` (as `enclosed` gives them)."""
    return any(a < at < b for a, b in stretches)


# “…我们成功举办了…活动，围绕宪法设置4500份有奖竞答。”: quoted speech, whose figures are the text's own
_SPOKEN = ("”", '"')
_SPEECH = re.compile(r"[。？！?!]|[，,][^”\"]{30}")


def enclosed(line: str) -> list[tuple[int, int]]:
    """Stretches of `line` inside quotation marks or brackets (“...”, 《...》, 〔...〕, "..."), but not quoted
    speech: a quotation that ends a sentence or runs on 30 characters past a comma (slogans and names are short)."""
    stretches: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for mark in _MARKS.finditer(line):  # only openers and closers change the stack
        char, i = mark.group(), mark.start()
        if stack and char == stack[-1][0]:
            closer, opened = stack.pop()
            if not stack and not (closer in _SPOKEN and _SPEECH.search(line, opened, i)):
                stretches.append((opened, i))
        elif char in _OPENERS:
            stack.append((_OPENERS[char], i))
    return stretches


def titles(line: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The `stretches` of `line` (as `enclosed` gives them) that are cited titles, 《…》, whose words name no period
    of the text or of a figure (《关于印发〈春节期间…方案〉的通知》)."""
    return [(opened, closed) for opened, closed in stretches if line[opened] == "《"]
