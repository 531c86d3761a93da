"""The domain of a passage, carried into its clauses that name none.

A reconsideration or litigation passage names its domain once (a heading, its first sentence) and then
lists outcomes, respondents and rates alone (决定维持71件，驳回申请32件；综合纠错率为20.1%). The metric
vocabulary's wordings of those outcomes need their subject (复议, 诉讼) named in the sentence or the one
before; the passage gives it. The domain is the last one named by a sentence or heading, until another is
named or a heading names none; it is read into a sentence only where the sentence names no domain itself
(its own topic wins). The domains and their words are data (`data/passage_domains.csv`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indicators.extract.text import data_rows

_HEADING = 40  # a line this short without a full stop is a heading: one naming no domain ends the passage


@cache
def _domains() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern naming any domain (a group per domain, in the table's order) and each domain's carried word."""
    rows = data_rows("passage_domains.csv")
    pattern = re.compile("|".join(f"(?P<d{k}>{row['names']})" for k, row in enumerate(rows)))
    return pattern, tuple(row["carried"] for row in rows)


def _named(text: str) -> str | None:
    """The carried word of the domain `text` names first, its topic (复议案件…以行政强制、信息公开为主: the kinds a
    reconsideration sentence lists; 政府信息公开行政复议、行政诉讼情况: a disclosure report's), "" where that domain
    is carried by none, None where it names no domain."""
    pattern, carried = _domains()
    match = pattern.search(text)
    return carried[int(match.lastgroup[1:])] if match and match.lastgroup else None


class Passage:
    """The domain of the passage read so far."""

    def __init__(self) -> None:
        self.carried = ""

    def read(self, sentence: str) -> None:
        """After a sentence: the domain it names last becomes the passage's."""
        named = _named(sentence)
        if named is not None:
            self.carried = named

    def read_line(self, line: str) -> None:
        """A line holding no figure: a heading naming no domain ends the passage, others are read as sentences."""
        named = _named(line)
        if named is not None:
            self.carried = named
        elif len(line.strip()) <= _HEADING and "。" not in line:
            self.carried = ""

    def lead(self, sentence: str, lead: str, cut: int) -> str:
        """The sentence before as the vocabulary reads it, with the passage's domain put first where `sentence`
        names no domain of its own before position `cut` (审结422件，…驳回复议申请73件: named after it)."""
        if not self.carried or _first_named(sentence) < cut:
            return lead
        return f"{self.carried}。{lead}"


@lru_cache(maxsize=16)
def _first_named(sentence: str) -> int:
    """Where the sentence first names a domain (its length where it names none), once per sentence."""
    match = _domains()[0].search(sentence)
    return match.start() if match else len(sentence)
