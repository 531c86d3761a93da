"""Which version of the database's layout a built file has, so that a reader refuses an older one.

The build stores relations, views and macros defined by the package's `.sql` files. A file built by
another version of the package can lack a macro or a column a page reads (one page then fails while
the others render), or, worse, hold a view or stored relation defined differently, which a page would
show without any error. The build therefore writes the fingerprint of the files that define what it
stores (`sql/NN_*.sql` and `sql/build/*.sql`) into `build_stamp`, and every reader compares it with its
own once per file (the first read after the file appears or changes) before reading anything else.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import duckdb

from indicators.errors import IndicatorsError
from indicators.read.sql import sql_names, sql_text

STAMP_TABLE = "build_stamp"


@cache
def layout_fingerprint() -> str:
    """sha256 over the names and texts of the `.sql` files whose statements shape a built database."""
    digest = hashlib.sha256()
    for name in sql_names() + sql_names("build"):
        digest.update(name.encode("utf-8") + b"\0" + sql_text(name).encode("utf-8") + b"\0")
    return digest.hexdigest()


def write_stamp(con: duckdb.DuckDBPyConnection) -> None:
    """Record, in the database being built, the layout this package version builds."""
    con.execute(sql_text("build/build_stamp.sql"), [layout_fingerprint()])


def check_stamp(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse the attached database `path` unless the layout it records is this package version's."""
    try:
        found = con.execute(sql_text("connect/stamp.sql")).fetchall()
    except duckdb.CatalogException:  # built before stamps existed
        found = []
    if [row[0] for row in found] != [layout_fingerprint()]:
        raise IndicatorsError.single(
            "stale-database",
            f"{path} was built by another version of the package: what it stores differs from what this version "
            "reads, so no page, table or export is made from it",
            hint="run `indicators build`, which builds it anew from data/raw",
        )
