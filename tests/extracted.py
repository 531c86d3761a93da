"""What `extract_figures` finds in a sentence written for a test, as tuples to compare, each quote checked
against the offsets it claims in the text (the review pane and the build rely on them)."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures
from indicators.extract.rules import Rules

FIGURE = ["metric_id", "period", "value", "unit"]


def rows(text: str, rules: Rules, year: int = 2017) -> list[tuple[str, ...]]:
    """(metric id, period, value, unit) of each figure found."""
    return _columns(text, rules, year, FIGURE)


def qualified_rows(text: str, rules: Rules, year: int = 2017) -> list[tuple[str, ...]]:
    """The same with the qualifier (lower_bound, approximate, …) last."""
    return _columns(text, rules, year, [*FIGURE, "qualifier"])


def _columns(text: str, rules: Rules, year: int, columns: list[str]) -> list[tuple[str, ...]]:
    frame = extract_figures(text, year, rules)
    assert all(text[int(r.quote_start):int(r.quote_end)] == r.quote for r in frame.itertuples()), "a quote off its offsets"
    return list(frame[columns].itertuples(index=False, name=None))
