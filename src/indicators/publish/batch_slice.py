"""A per-jurisdiction slice of the built database, for a Dask worker that cannot see the client's disk.

A national database is hundreds of MB; one jurisdiction's pages read a sliver of it. The slice is a
new DuckDB file with every table the suite reads, keeping:

- the catalogs, `jurisdictions` and `reports` whole (lookups list what is loaded, headings name places);
- of `indicator_values`, every jurisdiction's rows of the batch's year (the peer pages rank it among
  them) and the jurisdiction's rows of other years (its year on year);
- of every other table with a `jurisdiction_code` or a `report_id`, only the jurisdiction's rows.

The macros of `sql/NN_*.sql` are defined again, as the build defines them, and so are the derived
views the build keeps as views (`read.derived.ON_READ`), over the slice's tables. Every query of the suite
gives the same rows on the slice as on the whole database (tests/test_batch_slice.py), so the pages
are the same. What every slice of a batch shares (catalogs, reports, the year's indicator values,
macros) is written once into a base file (`Slicer`), which each slice copies and completes with its
jurisdiction's rows: about 0.1 s a slice at national scale, where writing each from scratch took 0.7 s.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import TracebackType

import duckdb

from indicators.read.derived import stored_views
from indicators.read.sql import sql_for, sql_names, sql_text

WHOLE = frozenset({"jurisdictions", "reports"})
WITH_PEERS = "indicator_values"


class Slicer:
    """Slices of `db_path` for a batch of `year`; a context manager that owns the shared base file."""

    def __init__(self, db_path: Path, year: int) -> None:
        self.db_path, self.year = Path(db_path), int(year)
        self._scratch: Path | None = None
        self._per_jurisdiction: list[tuple[str, bool]] = []  # (table, keyed by jurisdiction_code, else by report)

    def __enter__(self) -> Slicer:
        self._scratch = Path(tempfile.mkdtemp(prefix="indicators-slices-"))
        con = self._open(self._scratch / "base.duckdb")
        try:
            for table, by_jurisdiction, by_report, has_year in con.execute(sql_text("slice/tables.sql")).fetchall():
                if table in WHOLE or not (by_jurisdiction or by_report):
                    con.execute(sql_for("slice/whole.sql", table=table))
                elif table == WITH_PEERS and by_jurisdiction and has_year:
                    con.execute(sql_for("slice/of_year.sql", table=table), {"year": self.year})
                else:
                    con.execute(sql_for("slice/empty.sql", table=table))
                    self._per_jurisdiction.append((table, by_jurisdiction))
            for name in sql_names():
                text = sql_text(name)
                if name != "01_tables.sql" and not stored_views(text):  # macros, and views kept on read
                    con.execute(text)
            con.execute(sql_text("slice/finish.sql"))
        finally:
            con.close()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def write(self, target: Path, jurisdiction: str) -> Path:
        """Write `jurisdiction`'s slice to the new file `target`: the base, completed with its rows."""
        assert self._scratch is not None, "use Slicer as a context manager"
        shutil.copyfile(self._scratch / "base.duckdb", target)
        con = self._open(target)
        try:
            con.execute(sql_for("slice/add_other_years.sql", table=WITH_PEERS),
                        {"jurisdiction": jurisdiction, "year": self.year})
            for table, by_jurisdiction in self._per_jurisdiction:
                name = "slice/of_jurisdiction.sql" if by_jurisdiction else "slice/of_reports.sql"
                con.execute(sql_for(name, table=table), {"jurisdiction": jurisdiction})
            con.execute(sql_text("slice/finish.sql"))
        finally:
            con.close()
        return target

    def slice_bytes(self, jurisdiction: str) -> bytes:
        """`jurisdiction`'s slice as bytes, for a task's arguments."""
        assert self._scratch is not None, "use Slicer as a context manager"
        target = self._scratch / f"{jurisdiction}.duckdb"
        try:
            return self.write(target, jurisdiction).read_bytes()
        finally:
            target.unlink(missing_ok=True)

    def _open(self, target: Path) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(str(target))
        con.execute(sql_text("slice/attach_source.sql"), [str(self.db_path)])
        return con


def write_slice(db_path: Path, target: Path, jurisdiction: str, year: int) -> Path:
    """One slice, on its own (a batch keeps one `Slicer` for all of its slices)."""
    with Slicer(db_path, year) as slicer:
        return slicer.write(target, jurisdiction)
