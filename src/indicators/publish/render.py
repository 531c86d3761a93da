"""Print a frame as an aligned table (CJK-aware), CSV or JSON; one place for every command."""

from __future__ import annotations

import pandas as pd

from indicators.export.cells import csv_cell
from indicators.publish.display import terminal_text

FORMATS = ("table", "csv", "json")


def render(frame: pd.DataFrame, fmt: str, empty: str = "（无 none）") -> str:
    """The frame as text in `fmt`; JSON is a list of objects with null for missing values.

    An empty frame prints as `empty`, a sentence for the reader, in a table: pandas would print
    "Empty DataFrame" and its column list. CSV keeps its header and JSON is `[]`, as programs expect.
    """
    if fmt == "csv":  # often redirected into a file that a spreadsheet opens: text never runs as a formula
        # without its last line end: the caller's echo adds one, and a blank last line reads as an empty row
        # object columns: pandas would read 3326 back into a float column as 3326.0
        cells = pd.DataFrame({name: pd.Series([csv_cell(v) for v in column], index=column.index, dtype=object)
                              for name, column in frame.items()}, columns=frame.columns)
        return cells.to_csv(index=False, lineterminator="\n").removesuffix("\n")
    if fmt == "json":  # whole numbers of a float column as the report writes them (3326, not 3326.0), as CSV
        # built as object Series: map() would infer float64 back and write 3326.0 again
        whole = {name: pd.Series([int(v) if v == v and float(v).is_integer() else v for v in column],
                                 index=column.index, dtype=object)
                 for name, column in frame.items() if pd.api.types.is_float_dtype(column)}
        return frame.assign(**whole).to_json(orient="records", force_ascii=False, indent=2)
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
