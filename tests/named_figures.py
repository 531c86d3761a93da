"""What the extractor names in a text written for a test: each figure's value with its metric id ("" when
unnamed), so that a naming test states its expectation as one mapping."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def named_values(text: str, year: int, rules) -> dict[str, str]:
    """Value → metric id of every figure `extract_figures` finds in `text` for report year `year`."""
    frame = extract_figures(text, year, rules)
    return dict(frame[["value", "metric_id"]].itertuples(index=False, name=None))
