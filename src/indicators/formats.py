"""Print a frame as an aligned table (CJK-aware), CSV or JSON; one place for every command."""

from __future__ import annotations

import json
import math

import pandas as pd

FORMATS = ("table", "csv", "json")


def _plain(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    if pd.isna(value) if not isinstance(value, list | tuple | dict) else False:
        return None
    return value


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The frame as text in `fmt`; JSON is a list of objects with nulls, not NaN."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        records = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str)
    frame = frame.astype(object).where(frame.notna(), None).fillna("")
    with pd.option_context(
        "display.unicode.east_asian_width", True,
        "display.max_rows", None,
        "display.max_columns", None,
        "display.width", 250,
        "display.max_colwidth", 60,
        "display.float_format", "{:.2f}".format,
    ):
        return frame.to_string(index=False, na_rep="")
