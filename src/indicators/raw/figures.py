"""Curated figures: `data/raw/figures/<report_id>.csv`, one row per figure of one report.

Required columns: metric_id, period, value, unit, qualifier, quote, note. The extractor's review
columns (quote_start, quote_end, rule, confidence) are allowed, so that a reviewed extraction loads
as it is; any other column is refused. Checks that need the catalog or the report text (unknown
metric, unit, quote in text, value in quote) run in SQL at build time.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from indicators.errors import IndicatorsError, Problem
from indicators.raw.tables import PLAIN_NUMBER, YEAR, column, matches, one_of, pa, read_csv_text, required, schema_problems

QUALIFIERS = ("", "lower_bound", "upper_bound", "approximate")
REVIEW_COLUMNS = ("quote_start", "quote_end", "rule", "confidence")

FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "metric_id": column(required()),
        "period": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
        "value": column(matches(PLAIN_NUMBER, "not-a-number", "is not a plain number (digits, optional sign and decimals)")),
        "unit": column(required()),
        "qualifier": column(one_of(QUALIFIERS)),
        "quote": column(required()),
        "note": column(),
        **{name: pa.Column(str, required=False) for name in REVIEW_COLUMNS},
    },
    strict=True,
    unique=["metric_id", "period"],
)


def figure_files(raw_dir: Path) -> list[Path]:
    return sorted((raw_dir / "figures").glob("*.csv"))


def load_figures(raw_dir: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """All figures files in one frame of strings, with report_id, source_file and row_number."""
    frames: list[pd.DataFrame] = []
    problems: list[Problem] = []
    for path in figure_files(raw_dir):
        display = f"data/raw/figures/{path.name}"
        try:
            frame = read_csv_text(path, display)
        except IndicatorsError as exc:
            problems.extend(exc.problems)
            continue
        found = schema_problems(frame, FIGURES_SCHEMA, display)
        problems.extend(found)
        if found:
            continue
        frame = frame.drop(columns=[c for c in REVIEW_COLUMNS if c in frame.columns])
        frame.insert(0, "report_id", path.stem)
        frame.insert(1, "source_file", display)
        frame.insert(2, "row_number", range(2, len(frame) + 2))
        frames.append(frame)
    columns = ["report_id", "source_file", "row_number", *FIGURES_SCHEMA.columns.keys()]
    columns = [c for c in columns if c not in REVIEW_COLUMNS]
    merged = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns, dtype=str)
    return merged, problems
