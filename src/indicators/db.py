"""Connections to the built database. Readers always open it read-only and briefly.

A build never writes the live file: it writes a new file and renames it over the old one, so a
reader holds either the old or the new database and never sees a lock. A DuckDB lock error can still
occur if some other process holds the file read-write; readers then retry for a bounded time and
fail with a message that says what to do.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from indicators import paths
from indicators.errors import IndicatorsError

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
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise IndicatorsError.single(
                    "database-locked", f"cannot open {path} for reading: {exc}",
                    hint=f"another process holds it read-write; waited {wait:.0f} s",
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    try:
        yield con
    finally:
        con.close()


def query_frame(sql: str, params: list | dict | None = None, db_path: Path | None = None):
    """Run one query on a short-lived read-only connection and return a pandas frame."""
    with read_only(db_path) as con:
        return con.execute(sql, params or []).df()
