"""`Prefixes`: the word patterns before a number, searched once per line, give what searching each
prefix afresh gives (the speed-up of issue 7 must not change a single candidate)."""

from __future__ import annotations

import random
import re

import pytest

from indicators.extract.mentions import _not_figure_patterns
from indicators.extract.prefixes import Prefixes, _body, found_before
from indicators.extract.rules import load_rules

# the alphabet the patterns below care about, so that random texts hit them often
ALPHABET = list("第 　:：电话热线编号文号浏览次数×x*共计行政许可事项的,，。、和及共") + ["3", "5", "件", "项"]


def _patterns() -> list[re.Pattern[str]]:
    rules = load_rules()
    return [*(p for p, _ in _not_figure_patterns()), *(p for r in rules for p in (r.before, r.after, r.context) if p)]


@pytest.mark.parametrize("seed", range(5))
def test_every_prefix_search_matches_a_fresh_search(seed):
    rng = random.Random(seed)
    patterns = _patterns()
    for _ in range(40):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
        for pattern in patterns:
            prefixes = Prefixes(pattern, text)
            for end in range(len(text) + 1):
                fresh, reused = pattern.search(text[:end]), prefixes.search(end)
                assert (fresh and fresh.span()) == (reused and reused.span()), (pattern.pattern, text, end)


@pytest.mark.parametrize(
    ("pattern", "body"),
    [
        (r"第\s*$", r"第\s*"),
        (r"调整[^,，。；;]*$", r"调整[^,，。；;]*"),
        (r"[$]x$", r"[$]x"),
        (r"a\$", r"a\$"),               # an escaped $ is a character, kept
        (r"[]a]$", r"[]a]"),
        (r"^第", None),                 # anchors, boundaries, lookarounds: searched in full
        (r"(?<!不)超过$", None),
        (r"a\b", None),
        (r"a$|b", None),
    ],
)
def test_a_pattern_is_bounded_only_when_its_body_asserts_nothing(pattern, body):
    assert _body(pattern) == body


def test_a_pattern_searched_in_full_still_finds_its_match():
    pattern = re.compile(r"(?<!不)超过$")
    prefixes = Prefixes(pattern, "不超过5件，超过6件")
    assert prefixes.search(3) is None
    assert prefixes.search(8).span() == (6, 8)


_BEFORE_PATTERNS = [r"全年|年度", r"每年|年均", r"今年以来|年初以来", r"(?:19|20)[0-9]{2}\s*年|今年|全年|[0-9一二三]\s*月|以来",
                    r"(?P<n>[0-9])\s*项", r"年(?!度)", r"(?<!今)年", r"年$", r"^年", r"年度?"]


@pytest.mark.parametrize("seed", range(3))
def test_found_before_is_a_fresh_search_of_the_prefix(seed):
    """`found_before` searches a sentence once for all its numbers (part_year, periods, spans): it must answer as
    `pattern.search(text, start, end)` for every end, also for patterns it searches in full (lookarounds, anchors)."""
    rng = random.Random(seed)
    alphabet = list("全年度每均今以来初 1920月项一二三，、") + ["2021", "3"]
    for _ in range(60):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for pattern in map(re.compile, _BEFORE_PATTERNS):
            for end in range(len(text) + 1):
                assert found_before(pattern, text, end) == bool(pattern.search(text, 0, end)), (pattern.pattern, text, end)
                start = rng.randint(0, end)  # from a clause's start (spans.state_reached)
                assert found_before(pattern, text, end, start) == bool(pattern.search(text, start, end)), (
                    pattern.pattern, text, start, end)
