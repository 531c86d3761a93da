"""The exported tables: one SELECT per table in `sql/export/`, labels and descriptions as data.

`tables.csv` names each table (Chinese and English titles, primary key) and `columns.csv` each
column, so the xlsx headers, the datapackage.json and the README say the same thing. A column a
query returns that the dictionary does not describe (or the reverse) is refused, so the two cannot
drift apart silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from indicators.errors import IndicatorsError, Problem
from indicators.read.sql import sql_text

EXPORT_DIR = Path(__file__).resolve().parent

# DuckDB type (without parameters) → Frictionless Table Schema type
FIELD_TYPES = {
    "VARCHAR": "string", "INTEGER": "integer", "BIGINT": "integer", "SMALLINT": "integer", "HUGEINT": "integer",
    "DOUBLE": "number", "FLOAT": "number", "DECIMAL": "number", "BOOLEAN": "boolean", "DATE": "date",
}


@dataclass(frozen=True)
class Column:
    name: str
    title_zh: str
    title_en: str
    unit_column: str  # the column holding this value's unit, row by row ('' when none)
    description: str
    description_zh: str = ""

    @property
    def title(self) -> str:
        """"中文 English", as headers show it."""
        return f"{self.title_zh} {self.title_en}"

    @property
    def described(self) -> str:
        """"中文说明 English description", as titles read: a descriptor read by a Chinese analyst is not English only."""
        return both(self.description_zh, self.description)


@dataclass(frozen=True)
class ExportTable:
    name: str
    title_zh: str
    title_en: str
    primary_key: tuple[str, ...]
    description: str
    columns: tuple[Column, ...]
    description_zh: str = ""

    @property
    def described(self) -> str:
        """The table's description, Chinese first with the English beside it."""
        return both(self.description_zh, self.description)

    @property
    def sheet_name(self) -> str:
        """Sheet names are at most 31 characters in Excel."""
        return f"{self.title_zh} {self.name}"[:31]


def both(zh: str, en: str) -> str:
    """Chinese first, English beside; either alone where the other is empty."""
    return " ".join(part for part in (zh, en) if part)


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(EXPORT_DIR / name, dtype=str, keep_default_na=False, encoding="utf-8")


def export_tables() -> list[ExportTable]:
    """The exported tables in export order, with their column dictionary."""
    columns = _read("columns.csv")
    tables = []
    for row in _read("tables.csv").itertuples(index=False):
        own = columns[columns["table"] == row.table]
        tables.append(ExportTable(
            name=row.table, title_zh=row.title_zh, title_en=row.title_en,
            primary_key=tuple(row.primary_key.split()), description=row.description,
            description_zh=row.description_zh,
            columns=tuple(Column(c.column, c.title_zh, c.title_en, c.unit_column, c.description, c.description_zh)
                          for c in own.itertuples(index=False)),
        ))
    return tables


def relation(con: duckdb.DuckDBPyConnection, table: ExportTable, jurisdiction: str | None,
             year: int | None) -> duckdb.DuckDBPyRelation:
    """The rows of `table` for the selection (None = all), parameters bound, columns as described."""
    rel = con.sql(sql_text(f"export/{table.name}.sql"), params={"jurisdiction": jurisdiction, "year": year})
    described = [c.name for c in table.columns]
    if rel.columns != described:
        raise IndicatorsError([Problem(
            "export-columns-differ",
            f"sql/export/{table.name}.sql returns {', '.join(rel.columns)}; columns.csv describes {', '.join(described)}",
            file=str(EXPORT_DIR / "columns.csv"), field=table.name,
        )])
    return rel


def field_type(duckdb_type: object) -> str:
    """The Frictionless type of a DuckDB column type (DECIMAL(18,3) → number)."""
    base = str(duckdb_type).split("(")[0].upper()
    return FIELD_TYPES.get(base, "string")
