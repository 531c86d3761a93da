"""`indicators build`: validate all raw data, then write the database atomically.

Steps: read and schema-check the catalogs → in a new DuckDB file beside the target, parse the figures
files chunk by chunk as a thread reads them as bytes, then the reports, and check their cells in SQL
(`raw/figure_table.py`), raising every problem found so far at once → run the cross-file refusals in
`sql/checks/` → create the views in `sql/*.sql`, each stored as a table (`store_view`) → checkpoint,
fsync, and rename over the old database (build_target.py: the target checked, the lock, the rename).
Any problem stops the build before the rename, so the previous database stays as it was, byte for byte."""

from __future__ import annotations

import glob
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import duckdb
import pandas as pd

from indicators import paths
from indicators.build_target import build_lock, database_target, replace_with_its_wal
from indicators.errors import IndicatorsError, Problem
from indicators.extract.mentions import PER_TIME
from indicators.extract.text import PINYIN_REMNANT
from indicators.onboard import unit_families, with_code_table
from indicators.raw.bound_words import bound_words
from indicators.raw.catalog import load_catalog
from indicators.raw.cross_checks import cross_checks
from indicators.raw.csv_rows import ROWS, spreadsheet_rows
from indicators.raw.figure_table import stage_figures
from indicators.raw.figures import FigureFiles, read_figure_files
from indicators.raw.gc_paused import collector_paused
from indicators.raw.quote_positions import found_meanwhile
from indicators.raw.read_ahead import reading_ahead
from indicators.raw.reports import load_reports
from indicators.raw.unit_words import measure_word_limits
from indicators.read.derived import stored_views
from indicators.read.sql import sql_for, sql_names, sql_text
from indicators.read.stamp import write_stamp


@dataclass(frozen=True)
class BuildSummary:
    db_path: Path
    reports: int
    figures: int
    indicator_values: int


TEXTS_PER_COMMIT = 4000  # report texts a commit (write_report_texts): about 33 MB nationally


def raw_frames(catalog: dict[str, pd.DataFrame], reports: pd.DataFrame, problems: list[Problem]) -> dict[str, pd.DataFrame]:
    """Every catalog and the reports as the text frames the database loads, each with its spreadsheet
    row; `problems` are those found so far (a jurisdiction is taken from the code table only without any)."""
    if "jurisdictions" in catalog and not reports.empty and not problems:
        # a code jurisdictions.csv lacks: the GB/T 2260 table (its rows counted on past the file's last)
        read = catalog["jurisdictions"].attrs.get(ROWS, ())
        catalog["jurisdictions"] = with_code_table(catalog["jurisdictions"], reports["jurisdiction_code"])
        catalog["jurisdictions"].attrs[ROWS] = read
    frames = {**catalog, "reports": reports, "unit_families": unit_families(),
              "measure_word_limits": measure_word_limits(), "bound_words": bound_words()}
    for frame in frames.values():
        # spreadsheet row of each catalog line, for messages from the SQL checks: a blank line above it counts
        frame.insert(0, "_row", spreadsheet_rows(frame))
    return frames


def derive_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Run `sql/NN_*.sql` in order over the base tables, storing each view it defines as a table
    (those `read.derived.ON_READ` names stay views, computed when read).

    Also re-derives a database whose base tables were changed in place (tests that add made-up
    peers do this), since the stored tables of an earlier derivation are dropped first.
    """
    for name in sql_names():
        if name == "01_tables.sql":
            continue
        sql = sql_text(name)
        views = stored_views(sql)
        for view in views:
            con.execute(sql_for("build/drop_stored.sql", view=view))
        con.execute(sql)
        for view in views:
            store_view(con, view)


def store_view(con: duckdb.DuckDBPyConnection, view: str) -> None:
    """Replace a derived view by a table of its rows, sorted by jurisdiction, under the same name.

    The `.sql` file stays the definition; the database holds its result. A view is computed anew
    by every query: a filter on one jurisdiction made DuckDB compute indicator_values or target_gaps
    for every report (2-3 s on 2,850 jurisdictions x 10 years), and planning the nested views took
    ~70 ms even on one report. A sorted table answers a notebook in milliseconds. The database is
    never edited in place (a change of raw data is a rebuild), so the stored rows cannot go stale.
    Views of later files read the stored tables, since names resolve when a query runs.
    """
    con.execute(sql_for("build/stored_view.sql", view=view))


def write_report_texts(cursor: duckdb.DuckDBPyConnection, reports: pd.DataFrame) -> None:
    """Create `report_texts` from the reports' frame through `cursor` (a frame registered on the build's
    connection is not seen by its cursors), `TEXTS_PER_COMMIT` texts a commit: DuckDB holds a commit's rows in
    memory of its own until it ends, so one commit of 28,500 texts touched 235 MB of new memory at once."""
    cursor.execute(sql_text("build/report_texts.sql"))
    for start in range(0, len(reports), TEXTS_PER_COMMIT):
        cursor.register("raw_reports_frame", reports.iloc[start:start + TEXTS_PER_COMMIT])
        cursor.execute(sql_text("build/report_text_rows.sql")).fetchall()
        cursor.unregister("raw_reports_frame")


def write_database(catalog: dict[str, pd.DataFrame], problems: list[Problem], reports_read: Future,
                   figures: FigureFiles, target: Path) -> tuple[int, int, int]:
    """Load, check and derive the indicator tables in `target`; returns the number of reports, figures
    and indicator values. `problems` (of the catalogs) are raised with those of the reports and figures.

    DuckDB parses and checks the figures while another thread reads the figures files still to come
    (`figures` fills as it goes), then the report metadata and texts (`reports_read`): DuckDB releases
    the GIL while it works, mostly on one core here."""
    con = duckdb.connect(str(target))
    try:
        figure_problems = stage_figures(con, figures)
        reports, report_problems = reports_read.result()
        problems = problems + report_problems
        frames = raw_frames(catalog, reports, problems)
        for name, frame in frames.items():
            con.register(f"raw_{name}" if name != "reports" else "raw_reports_frame", frame)
        con.execute(sql_text("build/reports_table.sql")).fetchall()
        problems = problems + figure_problems
        if problems:
            raise IndicatorsError(problems)
        con.execute(sql_text("build/quote_forms.sql"), {"pinyin_remnant": PINYIN_REMNANT, "per_time": PER_TIME.pattern})
        con.execute(sql_text("build/unit_scale.sql"))  # the scale words the unit checks and 01_tables.sql read
        # Python's str.find over every quote on one core, DuckDB's cross checks on the other
        problems = found_meanwhile(con, frames["reports"], partial(cross_checks, con, figures.folder))
        if problems:
            raise IndicatorsError(problems)
        con.execute(sql_text("01_tables.sql"))
        # the texts on a cursor of their own beside the derived relations, which never read them: DuckDB
        # derives on the main thread without the GIL, the frame's Python strings are read on this one
        with con.cursor() as cursor, ThreadPoolExecutor(max_workers=1) as pool:
            texts_written = pool.submit(write_report_texts, cursor, frames["reports"])
            derive_tables(con)
            texts_written.result()
        for name in frames:
            con.unregister(f"raw_{name}" if name != "reports" else "raw_reports_frame")
        figure_count = con.execute(sql_text("build/figure_count.sql")).fetchone()[0]
        count = con.execute(sql_text("build/indicator_value_count.sql")).fetchone()[0]
        write_stamp(con)
        con.checkpoint()
        return len(reports), int(figure_count), int(count)
    finally:
        con.close()


def build_database(raw_dir: Path | None = None, db_path: Path | None = None) -> BuildSummary:
    """Validate `raw_dir` and replace `db_path` with a new database, or change nothing."""
    raw_dir = Path(raw_dir) if raw_dir else paths.raw_dir()
    db_path = database_target(Path(db_path) if db_path else paths.database_path(), raw_dir)
    # the corpus asked of the disk at once (a session's first build reads it there); no full collections
    with reading_ahead(raw_dir), collector_paused():
        catalog, problems = load_catalog(raw_dir)
        return _write_and_rename(raw_dir, db_path, catalog, problems)


def _write_and_rename(raw_dir: Path, db_path: Path, catalog: dict[str, pd.DataFrame], problems: list[Problem]
                      ) -> BuildSummary:
    """Write the database from the catalogs and the raw files, read here on a thread beside DuckDB's parse
    (the figures files, then the reports), under the build's lock, and rename it over `db_path`."""
    figures = FigureFiles()
    with ThreadPoolExecutor(max_workers=1) as pool, build_lock(db_path):
        pool.submit(read_figure_files, raw_dir, figures)  # handed over in chunks: its errors reach the parse
        reports_read = pool.submit(load_reports, raw_dir)  # then the reports, on the same thread
        # a build killed mid-way leaves its temp files; holding the lock, no other build owns any
        for leftover in db_path.parent.glob(f".{glob.escape(db_path.name)}.*.building*"):
            leftover.unlink(missing_ok=True)
        temp = db_path.with_name(f".{db_path.name}.{os.getpid()}.building")
        try:
            reports, figure_count, count = write_database(catalog, problems, reports_read, figures, temp)
            with open(temp, "rb") as handle:
                os.fsync(handle.fileno())
            replace_with_its_wal(temp, db_path)
        finally:
            for leftover in (temp, temp.with_name(temp.name + ".wal")):
                leftover.unlink(missing_ok=True)
    return BuildSummary(db_path, reports, figure_count, count)

