"""The words a pattern cannot match without: a cheap test that rules a regular expression out before it is run.

Most of the metric vocabulary's patterns cannot match a given quantity's clause: `审结|办结` needs 审结 or 办结 in
it. `required(pattern)` reads the parsed pattern and returns strings of which every match contains at least one
(or None where it cannot tell: a class of every character, an optional part, case folding), so that a pattern whose
strings are all absent from a text is known not to match it, without running it. Only the characters a match
consumes count: lookarounds and anchors add nothing. A stretch of the pattern that matches few strings (收到,
纠[错正] as the parser factors 纠错|纠正, 行政复议(?:案件)?) is spelled out, and the most telling stretch is kept.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as c  # the parser's node codes: part of CPython's re package since 3.11
from re import _parser

_Strings = frozenset[str] | None
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_FEW = 64  # a stretch matching more strings than this is not spelled out ([^，,。] matches thousands)


@cache
def required(pattern: re.Pattern[str]) -> _Strings:
    """Strings one of which every match of `pattern` contains, the most telling set found; None if none. Cached: a
    wording is indexed under each measure word of its family, and parsing its patterns again each time cost 0.7 s."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    return _required(_parser.parse(pattern.pattern, pattern.flags))


def _telling(strings: _Strings) -> _Strings:
    """`strings` as a requirement: none if one is empty (every text holds it); without those holding another of
    them (收到 is found wherever 收 is looked for)."""
    if strings is None or "" in strings:
        return None
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _better(found: _Strings, other: _Strings) -> _Strings:
    """The more telling of two sets: longer shortest string, then fewer strings."""
    if other is None or found is None:
        return found if other is None else other
    return max(found, other, key=lambda s: (min(map(len, s)), -len(s)))


def _required(items) -> _Strings:
    """Over a sequence: each stretch of items that match few strings is one requirement, and so is each other item's."""
    best: _Strings = None
    run: frozenset[str] | None = frozenset({""})  # every string the current stretch matches
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and len(run) * len(exact) <= _FEW:
            run = frozenset(a + b for a in run for b in exact)
            continue
        best = _better(best, _telling(run))
        run = exact if exact is not None else frozenset({""})
        if exact is None:
            best = _better(best, _node(op, av))
    return _better(best, _telling(run))


def _exact_sequence(items) -> _Strings:
    strings = frozenset({""})
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(strings) * len(exact) > _FEW:
            return None
        strings = frozenset(a + b for a in strings for b in exact)
    return strings


def _exact(op, av) -> _Strings:
    """Every string the item matches, when they are few; None otherwise. Zero-width items match the empty string."""
    if op == c.LITERAL:
        return frozenset({chr(av)})
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""})
    if op == c.IN:
        return frozenset(chr(char) for _, char in av) if all(kind == c.LITERAL for kind, _ in av) else None
    if op == c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _exact_sequence(av[3])
    if op == c.BRANCH:
        branches = [_exact_sequence(branch) for branch in av[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)
    if op in _REPEATS and av[1] <= 1:
        inner = _exact_sequence(av[2])
        return None if inner is None else (inner | {""} if av[0] == 0 else inner)
    return None


def _node(op, av) -> _Strings:
    """The requirement of an item that matches many strings."""
    if op == c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _required(av[3])
    if op == c.ATOMIC_GROUP:
        return _required(av)
    if op == c.BRANCH:
        branches = [_required(branch) for branch in av[1]]
        return None if any(b is None for b in branches) else _telling(frozenset().union(*branches))
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None  # anchors, lookarounds, negated or ranged classes, any character, group references
