"""A per-jurisdiction slice of the built database, for a Dask worker that cannot see the client's disk.

A national database is hundreds of MB; one jurisdiction's pages read a sliver of it. The slice is a
new DuckDB file with every table the suite reads, keeping:

- the catalogs, `jurisdictions` and `reports` whole (lookups list what is loaded, headings name places);
- of `indicator_values`, the jurisdiction's rows and every jurisdiction's rows of the batch's year
  (the peer pages rank it among them);
- of every other table with a `jurisdiction_code` or a `report_id`, only the jurisdiction's rows.

The macros of `sql/NN_*.sql` are defined again, as the build defines them. Every query of the suite
gives the same rows on the slice as on the whole database (tests/test_batch_slice.py), so the pages
are the same. The slice travels with its task as bytes and lives in the task's scratch folder.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import duckdb

from indicators.read.sql import sql_for, sql_names, sql_text

WHOLE = frozenset({"jurisdictions", "reports"})
WITH_PEERS = frozenset({"indicator_values"})
_VIEW = re.compile(r"create\s+or\s+replace\s+view\s", re.IGNORECASE)


def write_slice(db_path: Path, target: Path, jurisdiction: str, year: int) -> Path:
    """Write the slice of `db_path` for `jurisdiction` (and the peers of `year`) to the new file `target`."""
    con = duckdb.connect(str(target))
    try:
        con.execute(sql_text("slice/attach_source.sql"), [str(db_path)])
        for table, by_jurisdiction, by_report, has_year in con.execute(sql_text("slice/tables.sql")).fetchall():
            if table in WHOLE or not (by_jurisdiction or by_report):
                con.execute(sql_for("slice/whole.sql", table=table))
            elif table in WITH_PEERS and by_jurisdiction and has_year:
                con.execute(sql_for("slice/of_jurisdiction_and_peers.sql", table=table),
                            {"jurisdiction": jurisdiction, "year": int(year)})
            elif by_jurisdiction:
                con.execute(sql_for("slice/of_jurisdiction.sql", table=table), {"jurisdiction": jurisdiction})
            else:
                con.execute(sql_for("slice/of_reports.sql", table=table), {"jurisdiction": jurisdiction})
        for name in sql_names():
            text = sql_text(name)
            if name != "01_tables.sql" and not _VIEW.search(text):  # the files that define macros only
                con.execute(text)
        con.execute(sql_text("slice/finish.sql"))
    finally:
        con.close()
    return target


def slice_bytes(db_path: Path, jurisdiction: str, year: int) -> bytes:
    """The slice as bytes, for a task's arguments (written to and read back from a temporary file)."""
    with tempfile.TemporaryDirectory(prefix="indicators-slice-") as scratch:
        return write_slice(db_path, Path(scratch) / "slice.duckdb", jurisdiction, year).read_bytes()
