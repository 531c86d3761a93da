"""The raw folder a reader reads, as the problems it finds name it: the path an analyst opens.

The project's own folder reads `data/raw/` (as every golden error line does); another one
(`indicators build --raw /tmp/work/raw`) reads as the path given: an analyst told
`data/raw/figures/410100-2024.csv row 2` looked in the project's data/raw, which has no such file.
Every reader of a raw folder names its files from `raw_shown` of the folder it reads, and the build's SQL
checks read the same name from their connection (`name_raw_folder`), so no message is renamed afterwards."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from indicators import paths
from indicators.read.sql import sql_text

if TYPE_CHECKING:
    import duckdb

DEFAULT = "data/raw/"


def raw_shown(raw_dir: Path) -> str:
    """`raw_dir` as a reader opens it: relative to the project inside it (data/raw/ for its own), else as given."""
    root = paths.find_project_root()
    folder = Path(raw_dir).resolve()
    if root is not None and folder.is_relative_to(root):
        return f"{folder.relative_to(root).as_posix()}/"
    return f"{Path(raw_dir)}{os.sep}"


def catalog_file(folder: str, name: str) -> str:
    """The catalog `name` (metrics, units...) of the raw folder shown as `folder`: `data/raw/catalog/metrics.csv`."""
    return f"{folder}catalog/{name}.csv"


def name_raw_folder(con: duckdb.DuckDBPyConnection, folder: str) -> None:
    """Let the SQL checks on `con` name files in `folder` (the variable `raw_folder`, which they read as
    `getvariable('raw_folder')`): a check query holds no folder of its own."""
    con.execute(sql_text("build/raw_folder.sql"), {"folder": folder})
