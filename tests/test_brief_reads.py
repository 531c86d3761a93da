"""Brief read-only opens through the process's kept DuckDB instance (read/db.py): a read after a
rebuild sees the new file, a read leaves nothing attached, and the same process holding the file
through its own connection gets a `database-busy` line rather than a DuckDB message."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import duckdb
import pytest
from rebuilt_file import rebuild_over

from indicators.errors import IndicatorsError
from indicators.read.db import _kept_instance, query_frame, read_only

COUNT = "select count(*) as n from indicator_values"
DROP_ONE = "delete from indicator_values where indicator_id = (select min(indicator_id) from indicator_values)"


def test_a_read_after_the_file_is_replaced_sees_the_new_file(built_db: Path, tmp_path: Path) -> None:
    live = tmp_path / "indicators.duckdb"
    shutil.copyfile(built_db, live)
    before = int(query_frame(COUNT, db_path=live)["n"][0])
    assert before > 0
    rebuild_over(live, built_db, DROP_ONE)
    after = int(query_frame(COUNT, db_path=live)["n"][0])
    assert 0 < after < before


def test_reads_leave_nothing_attached_and_macros_resolve(built_db: Path) -> None:
    attached = "select count(*) from duckdb_databases() where not internal"
    start = _kept_instance().execute(attached).fetchone()[0]
    for _ in range(20):
        with read_only(built_db) as con:
            # the build's macros live in the built file and resolve on the attached default database
            assert con.execute("select number_text(7.0, 'upper_bound')").fetchone()[0] == "≤ 7"
    assert _kept_instance().execute(attached).fetchone()[0] == start


def test_the_same_process_holding_the_file_is_named(built_db: Path, tmp_path: Path) -> None:
    live = tmp_path / "held.duckdb"
    shutil.copyfile(built_db, live)
    writer = duckdb.connect(str(live))
    try:
        with pytest.raises(IndicatorsError) as caught, read_only(live, wait=0.5):
            pass
        assert caught.value.problems[0].code == "database-busy"
    finally:
        writer.close()
    with read_only(live) as con:
        assert con.execute(COUNT).fetchone()[0] > 0


def test_nested_and_concurrent_reads_of_one_file_share_it(built_db: Path) -> None:
    """DuckDB attaches a file once per process: a read inside a read, or on another thread, shares it."""
    attached = "select count(*) from duckdb_databases() where not internal"
    start = _kept_instance().execute(attached).fetchone()[0]
    with read_only(built_db) as outer:
        with read_only(built_db) as inner:
            assert inner.execute(COUNT).fetchone() == outer.execute(COUNT).fetchone()
        assert outer.execute(COUNT).fetchone()[0] > 0  # the inner read's end left the outer one attached
    counts: list[int] = []
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(10):
                counts.append(int(query_frame(COUNT, db_path=built_db)["n"][0]))
        except BaseException as exc:  # collected: an exception in a thread would not fail the test
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert len(counts) == 60 and len(set(counts)) == 1
    assert _kept_instance().execute(attached).fetchone()[0] == start


def test_notebook_kernels_read_on_one_duckdb_thread_and_other_processes_on_the_default(built_db: Path, monkeypatch) -> None:
    """A page's queries are too small to split: `indicators run` gives its kernels one thread, and the export
    (the same brief reads, over a national database) keeps DuckDB's default."""
    from indicators import paths
    from indicators.publish.kernels import kernel_environment
    from indicators.read import db

    threads = "select current_setting('threads')"
    default = duckdb.connect().execute(threads).fetchone()[0]
    monkeypatch.setattr(db, "_instance", {})
    monkeypatch.delenv(paths.DB_THREADS_VARIABLE, raising=False)
    with read_only(built_db) as con:
        assert con.execute(threads).fetchone()[0] == default
    with kernel_environment(built_db, ()):
        assert os.environ[paths.DB_THREADS_VARIABLE] == "1"
        db._instance.clear()  # as in a kernel, which starts with no instance
        with read_only(built_db) as con:
            assert con.execute(threads).fetchone()[0] == 1
    assert paths.DB_THREADS_VARIABLE not in os.environ


def test_a_run_kernel_keeps_the_file_attached_until_it_is_replaced(built_db: Path, tmp_path: Path, monkeypatch) -> None:
    """With paths.DB_KEEP_VARIABLE (a run's kernels) reads share one attachment while the file is the same; a file
    renamed over it is attached anew at the next read, another file replaces the kept one, and without the variable
    the next read leaves nothing attached again."""
    from indicators import paths
    from indicators.read import db

    attached = "select database_name from duckdb_databases() where database_name like 'built_%'"
    live = tmp_path / "kept.duckdb"
    shutil.copyfile(built_db, live)
    monkeypatch.setattr(db, "_instance", {})
    monkeypatch.setattr(db, "_attachments", {})
    monkeypatch.setattr(db, "_kept", {})
    monkeypatch.setenv(paths.DB_KEEP_VARIABLE, "1")
    before = int(query_frame(COUNT, db_path=live)["n"][0])
    kept = _kept_instance().execute(attached).fetchall()
    assert len(kept) == 1
    for _ in range(5):
        assert int(query_frame(COUNT, db_path=live)["n"][0]) == before
    assert _kept_instance().execute(attached).fetchall() == kept  # the same attachment, not a new one per read
    rebuild_over(live, built_db, DROP_ONE)
    assert 0 < int(query_frame(COUNT, db_path=live)["n"][0]) < before
    renewed = _kept_instance().execute(attached).fetchall()
    assert len(renewed) == 1 and renewed != kept
    assert int(query_frame(COUNT, db_path=built_db)["n"][0]) == before  # another file: it alone is kept
    assert len(_kept_instance().execute(attached).fetchall()) == 1
    monkeypatch.delenv(paths.DB_KEEP_VARIABLE)
    assert int(query_frame(COUNT, db_path=built_db)["n"][0]) == before
    assert _kept_instance().execute(attached).fetchall() == []
