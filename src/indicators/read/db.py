"""Connections to the built database. Readers always open it read-only and briefly.

A build never writes the live file: it writes a new file and renames it over the old one, so a
reader holds either the old or the new database and never sees a lock. A DuckDB lock error can still
occur if some other process holds the file read-write; readers then retry for a bounded time and
fail with a message that says what to do.

A build never leaves a write-ahead log (`<db>.wal`): its file is checkpointed before the rename. A WAL
beside the database therefore comes from a read-write session that did not close (a killed notebook
or script), and DuckDB would replay it even into a read-only connection, showing that session's
changes as if they were the built data. Readers refuse such a database instead, and the next build
removes the WAL together with the file it belonged to (build.py).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from indicators import paths
from indicators.errors import IndicatorsError, unexpected_problem

LOCK_WAIT_SECONDS = 10.0


@contextmanager
def read_only(db_path: Path | None = None, wait: float = LOCK_WAIT_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, closed on exit; waits up to `wait` seconds for a conflicting lock."""
    path = Path(db_path) if db_path else paths.database_path()
    if not path.exists():
        raise IndicatorsError.single(
            "no-database", f"{path} does not exist", hint="run `indicators build` first"
        )
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=True)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise IndicatorsError.single(
                    "unreadable-database", f"cannot open {path}: {exc}", hint="rebuild it with `indicators build`"
                ) from None
            if time.monotonic() > deadline:
                raise IndicatorsError.single(
                    "database-busy", f"cannot open {path} for reading: {_holder(str(exc))} has it open for writing",
                    hint=f"waited {wait:.0f} s; close that connection (a notebook or script that called duckdb.connect "
                    "without read_only=True), then retry",
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.ConnectionException as exc:
            # this process already holds the file read-write: waiting cannot help
            raise IndicatorsError.single(
                "database-busy", f"cannot open {path} read-only: this process has it open for writing ({exc})",
                hint="close that connection first",
            ) from None
    if wal_path(path).exists():
        con.close()  # it replayed the foreign log while opening: show nothing from it
        raise IndicatorsError.single(
            "stale-wal", f"{wal_path(path)} was left by a read-write session that did not close (a killed notebook "
            "or script); its changes are not part of the built database, so nothing is shown",
            hint="run `indicators build`, which replaces the database and removes that file",
        )
    try:
        yield con
    except duckdb.Error as exc:  # a damaged page, or a file built by another version of the package
        found = unexpected_problem(exc)
        if found is not None and found.code == "disk-full":  # writing what was read (an export) failed
            raise IndicatorsError([found]) from None
        raise IndicatorsError.single(
            "unreadable-database", f"cannot read {path}: {' '.join(str(exc).split())[:300]}",
            hint="rebuild it with `indicators build`",
        ) from None
    finally:
        con.close()


def wal_path(db_path: Path) -> Path:
    """DuckDB's write-ahead log of `db_path`."""
    return db_path.with_name(db_path.name + ".wal")


def _holder(message: str) -> str:
    """"python3.11 (PID 4242)" from DuckDB's lock message, or "another process"."""
    found = re.search(r"held in (.+?\(PID [0-9]+\))", message)
    return f"another process, {found.group(1)}," if found else "another process"


def query_frame(sql: str, params: list | dict | None = None, db_path: Path | None = None):
    """Run one query on a short-lived read-only connection and return a pandas frame."""
    with read_only(db_path) as con:
        return con.execute(sql, params or []).df()


def query_records(sql: str, db_path: Path | None = None) -> list[dict]:
    """Every row of `sql` as a dict keyed by column name (for templates, which read fields by name)."""
    with read_only(db_path) as con:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
