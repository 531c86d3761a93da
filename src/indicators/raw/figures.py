"""Curated figures: `data/raw/figures/<report_id>.csv`, one row per figure of one report.

Required columns: metric_id, period, value, unit, qualifier, quote, note. `scope` and `variant` are
optional: whose figure it is when not the whole jurisdiction's (市水务局水政监察大队's 6 officers
against the city's 93 of the year before), and the wording when a report counts a metric another way
(网上可办 for 网上全流程办理), so that year on year never compares figures of another scope or variant. The
extractor's review columns (quote_start, quote_end, rule, confidence) are allowed, so that a
reviewed extraction loads as it is; any other column is refused. Checks that need the catalog or the report text (unknown
metric, unit, quote in text, value in quote) run in SQL at build time.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from indicators.errors import IndicatorsError, Problem
from indicators.raw.schema import (
    PLAIN_NUMBER,
    YEAR,
    below,
    column,
    irregular_file,
    located_schema_problems,
    matches,
    one_of,
    pa,
    read_csv_text,
    required,
    schema_problems,
)

QUALIFIERS = ("", "lower_bound", "upper_bound", "approximate")
# no figure of a report comes near (China's GDP is ~1.3e14 yuan); two counts of 1e308 made an indicator inf
MAX_VALUE = 1e15
REVIEW_COLUMNS = ("quote_start", "quote_end", "rule", "confidence")
OPTIONAL_COLUMNS = ("scope", "variant")  # kept, empty when a file has none

FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "metric_id": column(required()),
        "period": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
        "value": column(matches(PLAIN_NUMBER, "not-a-number", "is not a plain number (digits, optional sign and decimals)"),
                        below(MAX_VALUE)),
        "unit": column(required()),
        "qualifier": column(one_of(QUALIFIERS)),
        "quote": column(required()),
        "note": column(),
        "scope": pa.Column(str, required=False),
        "variant": pa.Column(str, required=False),
        **{name: pa.Column(str, required=False) for name in REVIEW_COLUMNS},
    },
    strict=True,
    unique=["metric_id", "period"],
)


def figure_files(raw_dir: Path) -> list[Path]:
    return sorted((raw_dir / "figures").glob("*.csv"))


# the frame of all files together: uniqueness is per file, so the report id joins the key
BATCH_SCHEMA = pa.DataFrameSchema(
    {"report_id": pa.Column(str), **{k: v for k, v in FIGURES_SCHEMA.columns.items() if k not in REVIEW_COLUMNS}},
    strict=True,
    unique=["report_id", "metric_id", "period"],
)


def _plain_rows(path: Path, allowed: set[str], core: list[str], optional: tuple[str, ...] = OPTIONAL_COLUMNS
                ) -> list[tuple[str, ...]] | None:
    """The core columns of a well-formed file, row by row, in the order of `core`; None when anything is
    unusual (encoding, header, a row of another width, no rows), and the file then takes the careful
    path of `read_csv_text`, which reports the problem. pandas costs about 4 ms a call even for a tiny
    file; the csv module reads one in a few tens of microseconds, which matters for 28,500 files."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), strict=True) if row]
    except (UnicodeDecodeError, csv.Error):
        return None
    if len(rows) < 2:
        return None
    header, width = rows[0], len(rows[0])
    if len(set(header)) != width or not set(core) <= set(header) <= allowed or any(len(row) != width for row in rows):
        return None
    picks = [header.index(c) for c in core]
    extra = [header.index(c) if c in header else None for c in optional]
    return [tuple(row[i] for i in picks) + tuple("" if i is None else row[i] for i in extra) for row in rows[1:]]


def load_figures(raw_dir: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """All figures files in one frame of strings, with report_id, source_file and row_number.

    Files with the right header are validated together in one pandera pass (its per-call overhead made
    a file-by-file pass take minutes over a national corpus); a file with a missing or unknown column
    is validated alone, so that its header problems are reported as before.
    """
    problems: list[Problem] = []
    core = [c for c in FIGURES_SCHEMA.columns if c not in REVIEW_COLUMNS and c not in OPTIONAL_COLUMNS]
    allowed = set(FIGURES_SCHEMA.columns)
    cells: dict[str, list[str]] = {c: [] for c in (*core, *OPTIONAL_COLUMNS)}
    report_ids: list[str] = []
    files: list[str] = []
    row_numbers: list[int] = []
    for path in figure_files(raw_dir):
        display = f"data/raw/figures/{path.name}"
        irregular = irregular_file(path, display)
        if irregular is not None:
            problems.append(irregular)
            continue
        rows = _plain_rows(path, allowed, core)
        if rows is None:
            try:
                frame = read_csv_text(path, display)
            except IndicatorsError as exc:
                problems.extend(exc.problems)
                continue
            if not set(core) <= set(frame.columns) <= allowed:
                problems.extend(schema_problems(frame, FIGURES_SCHEMA, display))
                continue
            for name in OPTIONAL_COLUMNS:
                frame[name] = frame[name] if name in frame.columns else ""
            rows = list(frame[[*core, *OPTIONAL_COLUMNS]].itertuples(index=False, name=None))
        for name, values in zip((*core, *OPTIONAL_COLUMNS), zip(*rows, strict=True), strict=True):
            cells[name] += values
        report_ids += [path.stem] * len(rows)
        files += [display] * len(rows)
        row_numbers += range(2, len(rows) + 2)
    merged = pd.DataFrame({"report_id": pd.Series(report_ids, dtype=str), "source_file": pd.Series(files, dtype=str),
                           "row_number": pd.Series(row_numbers, dtype="int64"),
                           **{name: pd.Series(values, dtype=str) for name, values in cells.items()}})
    merged, problems = _unreviewed_rows_apart(merged, problems)
    found = located_schema_problems(merged[["report_id", *core, *OPTIONAL_COLUMNS]], BATCH_SCHEMA, merged["source_file"],
                                    merged["row_number"], ignore_columns=("report_id",))
    if found:
        problems.extend(found)
        bad = {p.file for p in found}
        merged = merged[~merged["source_file"].isin(bad)].reset_index(drop=True)
        problems.sort(key=lambda p: p.file or "")  # in the order of the files, as a file-by-file pass gives them
    return merged, problems


def _unreviewed_rows_apart(merged: pd.DataFrame, problems: list[Problem]) -> tuple[pd.DataFrame, list[Problem]]:
    """One problem per row with an empty metric_id (a candidate of `indicators extract` not yet reviewed),
    and the row left out of the other checks: it would otherwise be refused three times over (empty
    metric, a repeated empty key, a value the build cannot place)."""
    empty = merged["metric_id"].str.strip() == ""
    for row in merged[empty].itertuples(index=False):
        problems.append(Problem(
            "unreviewed-row", f"has no metric_id: a candidate not yet reviewed ({row.value} {row.unit}: {row.quote})",
            file=row.source_file, row=int(row.row_number), field="metric_id", value="",
            hint="give it a metric of data/raw/catalog/metrics.csv, or delete the row if no metric fits",
        ))
    return merged[~empty].reset_index(drop=True), problems
