"""Print a frame as an aligned table (CJK-aware), CSV or JSON; one place for every command."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from indicators.export.cells import csv_cell, whole_number
from indicators.publish.display import terminal_text

FORMATS = ("table", "csv", "json")


def render(frame: pd.DataFrame, fmt: str, empty: str = "（无 none）") -> str:
    """The frame as text in `fmt`; JSON is a list of objects with null for missing values.

    An empty frame prints as `empty`, a sentence for the reader, in a table: pandas would print
    "Empty DataFrame" and its column list. CSV keeps its header and JSON is `[]`, as programs expect.
    """
    if fmt == "csv":  # often redirected into a file that a spreadsheet opens: text never runs as a formula
        # without its last line end: the caller's echo adds one, and a blank last line reads as an empty row
        cells = frame.assign(**_cells(frame, csv_cell, frame.columns))
        return cells.to_csv(index=False, lineterminator="\n").removesuffix("\n")
    if fmt == "json":  # whole numbers of a float column as the report writes them (3326, not 3326.0), as CSV
        floats = [name for name, column in frame.items() if pd.api.types.is_float_dtype(column)]
        return frame.assign(**_cells(frame, whole_number, floats)).to_json(orient="records", force_ascii=False, indent=2)
    if frame.empty:
        return empty
    frame = terminal_text(frame)
    with pd.option_context(
        "display.unicode.east_asian_width", True,  # align columns holding Chinese names
        "display.max_rows", None,
        "display.max_columns", None,
        "display.width", 250,
        "display.max_colwidth", 60,
    ):
        return frame.to_string(index=False)


def _cells(frame: pd.DataFrame, cell: Callable[[object], object], names: Iterable[str]) -> dict[str, pd.Series]:
    """The named columns with `cell` applied to each value, as object columns: built so, not by map(), which infers
    float64 back and would write 3326 as 3326.0 again."""
    return {name: pd.Series([cell(v) for v in frame[name]], index=frame.index, dtype=object) for name in names}

