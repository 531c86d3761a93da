"""Text cells made safe for spreadsheets: quotes, notes and names come from outside, and analysts
open the exports in Excel or WPS.

A cell starting with = + - @, a tab or a carriage return is read as a formula (OWASP "CSV
injection"): in CSV such a cell gets a leading `'`, which Excel and WPS show as text and hide; in
xlsx every text cell is written as a string and, when it starts like a formula, marked "quote
prefix", so it stays text even when the cell is edited. Only text columns are touched: a number
(-3 in a DOUBLE column) stays a number, and a text cell that is only a signed number ("-510")
cannot run anything and is kept as it is. Excel holds at most 32,767 characters in a cell: a
longer text is cut and its end says so.
"""

from __future__ import annotations

import re

import duckdb

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SIGNED_NUMBER = r"[+-]?[0-9]+(\.[0-9]+)?"
XLSX_CELL_LIMIT = 32_767


def starts_like_formula(text: str) -> bool:
    """True for text a spreadsheet would evaluate: =1+1, +cmd|..., -2+3, @SUM(A1), a leading tab or CR."""
    return text.startswith(FORMULA_START) and not re.fullmatch(SIGNED_NUMBER, text)


def whole_number(value: object) -> object:
    """A whole number of a float column as the report writes it (3326, not 3326.0: as csv_safe writes export's);
    anything else, fractions and NaN among them, as it is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def csv_cell(value: object) -> object:
    """A value for a CSV cell: text that starts like a formula gets a leading `'`, a whole number without its .0
    (`whole_number`), anything else as it is."""
    return "'" + value if isinstance(value, str) and starts_like_formula(value) else whole_number(value)


def csv_safe(rel: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """`rel` with every text cell that starts like a formula prefixed by `'`, and whole numbers of DOUBLE
    columns written as the report writes them (150, not 150.0: a count of 150 名 read "150.0 名" in a
    spreadsheet); other columns as they are."""
    columns = []
    for name, column_type in zip(rel.columns, rel.types, strict=True):
        column = '"' + name.replace('"', '""') + '"'
        kind = str(column_type).upper()
        if kind == "VARCHAR":
            formula = (f"regexp_matches({column}, '^[=+\\-@\\t\\r]') "
                       f"and not regexp_matches({column}, '^{SIGNED_NUMBER}$')")
            columns.append(f"case when {formula} then concat(chr(39), {column}) else {column} end as {column}")
        elif kind == "DOUBLE":
            whole = f"{column} = trunc({column}) and abs({column}) < 1e15"
            columns.append(f"case when {whole} then cast(cast({column} as bigint) as varchar) "
                           f"else cast({column} as varchar) end as {column}")
        else:
            columns.append(column)
    return rel.project(", ".join(columns))


def xlsx_text(text: str) -> str:
    """`text` as an xlsx cell can hold it: beyond 32,767 characters, cut with a note of the full length."""
    if len(text) <= XLSX_CELL_LIMIT:
        return text
    marker = f"…[cut: {len(text):,} characters in all; the CSV and Parquet exports hold the whole text]"
    return text[: XLSX_CELL_LIMIT - len(marker)] + marker
