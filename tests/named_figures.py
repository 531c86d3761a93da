"""What the extractor reads in a text written for a test: each figure's value with its metric id ("" when
unnamed), so that a naming test states its expectation as one mapping; or any columns of each figure in text order
(value and unit, value and period, metric ids), so that a reading test states them as one list."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def named_values(text: str, year: int, rules) -> dict[str, str]:
    """Value → metric id of every figure `extract_figures` finds in `text` for report year `year`."""
    frame = extract_figures(text, year, rules)
    return dict(frame[["value", "metric_id"]].itertuples(index=False, name=None))


def figure_columns(text: str, year: int, rules, *columns: str) -> list[tuple[str, ...]]:
    """The given columns of every figure `extract_figures` finds in `text`, in text order, as strings."""
    frame = extract_figures(text, year, rules)
    return list(frame[list(columns)].astype(str).itertuples(index=False, name=None))
