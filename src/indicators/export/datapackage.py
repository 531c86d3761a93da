"""datapackage.json for the CSV export (Frictionless Data Package v1), so that
`frictionless validate datapackage.json` checks every file against its declared types and keys.

Field titles and descriptions are "中文 English" from columns.csv (descriptions read in Chinese
too since qa39: an analyst reading the descriptor met English only); types come from the DuckDB types of the query,
so the descriptor cannot claim a type the data does not have. The Parquet export is not described:
Data Package has no standard Parquet resource.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from indicators.export.dictionary import ExportTable, field_type


def resource(table: ExportTable, rel: duckdb.DuckDBPyRelation) -> dict:
    """The tabular resource of `<table>.csv`: path, BOM encoding, fields with types, primary key."""
    fields = []
    for column, column_type in zip(table.columns, rel.types, strict=True):
        field = {"name": column.name, "type": field_type(column_type), "title": column.title}
        if column.described:
            field["description"] = column.described
        fields.append(field)
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "title": f"{table.title_zh} {table.title_en}",
        "description": table.described,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "dialect": {"delimiter": ",", "header": True},
        "schema": {"fields": fields, "primaryKey": list(table.primary_key), "missingValues": [""]},
    }


def write_datapackage(relations: list[tuple[ExportTable, duckdb.DuckDBPyRelation]], folder: Path, name: str,
                      title: str) -> Path:
    """`folder/datapackage.json` describing the CSV files written there."""
    descriptor = {
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "description": "法治政府建设情况报告中的数字（附原文）、指标值、一致性检查和目标差距，由 fazhi-indicators 导出。"
                       "Figures with verbatim quotes, indicator values, consistency findings and target gaps "
                       "from 法治政府建设情况报告, exported by fazhi-indicators.",
        "resources": [resource(table, rel) for table, rel in relations],
    }
    path = folder / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
