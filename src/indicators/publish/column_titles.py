"""Readable column titles, Chinese first with English beside it, for pages and the command line.

The export dictionary's (export/columns.csv) for a column an export shares, so that the xlsx, the page
and `indicators show` agree, else the page dictionary's (headers.csv). Kept apart from page.py so that a
command can title its table without importing the notebooks' display stack.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
EXPORT_COLUMNS = HERE.parent / "export" / "columns.csv"


@cache
def _titles(table: str) -> tuple[dict[str, str], dict[str, str]]:
    """(the export dictionary's titles for `table`, the page-only titles)."""
    page = pd.read_csv(HERE / "headers.csv", dtype=str, keep_default_na=False)
    export = pd.read_csv(EXPORT_COLUMNS, dtype=str, keep_default_na=False)
    export = export[export["table"] == table]
    return ({r.column: f"{r.title_zh} {r.title_en}" for r in export.itertuples()},
            {r.column: f"{r.title_zh} {r.title_en}" for r in page.itertuples()})


def header(column: str, table: str = "") -> str:
    """"中文 English" of a column: the export's title where the export has it (a `value_text` shows
    the export's `value`), else the page dictionary's, else the column's own name."""
    exported, page_only = _titles(table)
    base = column.removesuffix("_text")
    return exported.get(column) or exported.get(base) or page_only.get(column, column)


def titled(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """`frame` with every column renamed to its readable title."""
    return frame.rename(columns={column: header(column, table) for column in frame.columns})
