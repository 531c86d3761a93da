"""One pattern searched in many prefixes of the same text (`text[:end]` for each number of a line),
without rescanning the text for each.

The word patterns before a number (`第\\s*$`, `(电话|热线|...)\\s*[:：]?\\s*$`, a rule's `行政许可(事项)?$`)
are searched in the text up to that number. Searched afresh for every number, a long paragraph is
rescanned once per number: quadratic, and most of the extractor's time. But a match in `text[:end]`
starts where the pattern's body can start, and the first such position in the whole text (found once
by the lookahead `(?=body)`) bounds every later search from below: searching from there gives the
same match as searching from 0, and no search at all where the body starts after `end`.

That holds for a body without anchors or lookarounds, whose match depends on nothing but the
characters it consumes; a pattern with any of those other than a final `$` is searched in full.
`found_before` asks only whether such a pattern (全年|年度) is found before each number of a sentence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache


def _body(pattern: str, groups: bool = False) -> str | None:
    """`pattern` without a final `$`, when nothing else in it asserts anything about its surroundings (with
    `groups`, the groups (?:…) and (?P<name>…), which assert nothing, are allowed)."""
    body = pattern[:-1] if pattern.endswith("$") and not _escaped(pattern, len(pattern) - 1) else pattern
    i, in_class = 0, False
    while i < len(body):
        char = body[i]
        if char == "\\":
            if not in_class and body[i + 1:i + 2] in ("b", "B", "A", "Z", ""):
                return None
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            i += 2 if body[i + 1:i + 2] == "^" else 1  # a ] right after [ or [^ is literal
            i += 1 if body[i:i + 1] == "]" else 0
            continue
        elif char in "$^" or body.startswith("(?", i) and not (groups and body.startswith(("(?:", "(?P<"), i)):
            return None
        i += 1
    return body


def _escaped(pattern: str, position: int) -> bool:
    backslashes = len(pattern[:position]) - len(pattern[:position].rstrip("\\"))
    return backslashes % 2 == 1


@cache
def _probe(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    body = _body(pattern.pattern)
    return None if body is None else re.compile(f"(?=(?:{body}))", pattern.flags)


class Prefixes:
    """`pattern.search(text, 0, end)` for many `end` in one `text`, each returning the same match."""

    def __init__(self, pattern: re.Pattern[str], text: str, reach: int | None = None) -> None:
        # reach: how far before `end` a match can start, for patterns of a few words before the number
        # (第, 电话：): searching only there keeps a line of thousands of numbers linear in its length
        self.pattern, self.text, self.reach = pattern, text, reach
        probe = _probe(pattern)
        if probe is None:
            self.floor: int | None = 0
        else:
            first = probe.search(text)
            self.floor = first.start() if first else None

    def search(self, end: int) -> re.Match[str] | None:
        if self.floor is None or self.floor > end:
            return None
        floor = self.floor if self.reach is None else max(self.floor, end - self.reach)
        return self.pattern.search(self.text, floor, end)


@lru_cache(maxsize=64)
def _first_span(pattern: re.Pattern[str], text: str, start: int) -> tuple[int, int] | None:
    match = pattern.search(text, start)
    return match.span() if match else None


@cache
def _consumes_only(pattern: re.Pattern[str]) -> bool:
    return _body(pattern.pattern, groups=True) == pattern.pattern


def found_before(pattern: re.Pattern[str], text: str, end: int, start: int = 0) -> bool:
    """`bool(pattern.search(text, start, end))` for many `end` in one sentence, the sentence searched once: for a
    pattern with no anchor or lookaround a match in `text[start:end]` is one in the whole text, so none starts before
    the first from `start`, and that first one is found if it ends by `end`. Only an `end` inside the first match
    is searched again; a pattern that asserts anything is searched in full."""
    if not _consumes_only(pattern):
        return bool(pattern.search(text, start, end))
    span = _first_span(pattern, text, start)
    if span is None:
        return False
    if span[1] <= end:
        return True
    return span[0] < end and bool(pattern.search(text, span[0], end))
