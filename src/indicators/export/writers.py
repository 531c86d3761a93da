"""One writer per export format. CSV and Parquet are written by DuckDB itself; xlsx by openpyxl.

CSV files start with a UTF-8 byte order mark: Excel on a Chinese Windows machine reads a CSV
without one as GBK and shows mojibake. DuckDB's CSV writer has no BOM option, so DuckDB writes the
file and the BOM is put in front of its bytes (streamed, never parsed or re-encoded).
Text cells that start like a formula are neutralized in both formats (cells.py).
"""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from indicators.export.cells import csv_safe, starts_like_formula, xlsx_text
from indicators.export.dictionary import ExportTable

if TYPE_CHECKING:
    from openpyxl import Workbook

BOM = "\ufeff".encode()
PERCENT_FORMAT = '0.00"%"'  # values stay in percent (86.27), as in the database; Excel shows 86.27%
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60


def write_csv(rel: duckdb.DuckDBPyRelation, target: Path) -> None:
    """`target` as UTF-8 CSV with a BOM and a header of machine names; NULL as an empty field."""
    plain = target.with_name(target.name + ".nobom")
    csv_safe(rel).write_csv(str(plain), header=True)
    with plain.open("rb") as source, target.open("wb") as sink:
        sink.write(BOM)
        shutil.copyfileobj(source, sink)
    plain.unlink()


def write_parquet(rel: duckdb.DuckDBPyRelation, target: Path) -> None:
    """`target` as Parquet with DuckDB's types (dates as dates, integers as integers)."""
    rel.write_parquet(str(target))


def display_width(value: object) -> int:
    """Columns a value takes in a cell: wide (CJK) characters count double."""
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_xlsx(relations: list[tuple[ExportTable, duckdb.DuckDBPyRelation]], target: Path) -> None:
    """One sheet per table: bold "中文 English" header, frozen, filters; numbers as numbers, rates as %."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for table, rel in relations:
        sheet = book.create_sheet(table.sheet_name)
        sheet.append([c.title for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        names = [c.name for c in table.columns]
        unit_index = {i: names.index(c.unit_column) for i, c in enumerate(table.columns) if c.unit_column}
        widths = [display_width(c.title) for c in table.columns]
        for row in rel.fetchall():
            row = tuple(xlsx_text(v) if isinstance(v, str) else v for v in row)
            sheet.append(list(row))
            cells = sheet[sheet.max_row]
            for i, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    cells[i].data_type = "s"  # openpyxl made "=..." a formula: text from outside stays text
                    if starts_like_formula(value):
                        cells[i].quotePrefix = True
                shown: object = value
                if i in unit_index and row[unit_index[i]] == "%":
                    cells[i].number_format = PERCENT_FORMAT
                    shown = f"{value:.2f}%"
                elif isinstance(value, dt.date):
                    cells[i].number_format = DATE_FORMAT
                    shown = "0000-00-00"
                elif isinstance(value, float):
                    shown = f"{value:.10g}"  # about what Excel's General format shows
                widths[i] = max(widths[i], display_width(shown))
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = min(width + 2, MAX_WIDTH)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    book.properties.title = "fazhi-indicators export"
    _save(book, target)


def _save(book: Workbook, target: Path) -> None:
    """`book.save(target)`, its failure raised without openpyxl's "Exception ignored" tracebacks.

    On a full disk openpyxl's temporary worksheet files fail inside generators; when the failure's
    traceback is dropped those are closed, and Python printed each as a traceback after our one
    `Error:` line. The failure itself is raised as usual; only that cleanup noise is silenced.
    """
    failure = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        try:
            book.save(target)
        except OSError as exc:
            failure = OSError(exc.errno, exc.strerror, exc.filename)
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure
