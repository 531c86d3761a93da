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

A brief open does not start a DuckDB instance each time. A new instance costs about 20 ms, mostly
building its function catalog, which is as much as a notebook's query takes. Instead, each process keeps
one in-memory instance. Every read attaches the file read-only under a fresh name on its own cursor,
and detaches it afterwards, in about 2 ms. Reads that overlap in one process (nested, or on threads)
share one attachment, since DuckDB attaches a file once per process. The file is opened anew on each read, so a reader after a
rebuild sees the new file, just as before.

A notebook kernel of `indicators run` (paths.DB_KEEP_VARIABLE set) keeps the file attached between its
reads: a jurisdiction's five pages read it 38 times, and attaching and detaching took 0.15 CPU s of the
2.7 a batch spends on it. Each read still checks that the path names the same file (device, inode, size,
modification time): a rebuild renamed over it, or another file asked for, detaches the kept one and
attaches anew, so a reader still sees the file as it is at the read. Other processes keep reads brief.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from indicators import paths
from indicators.errors import IndicatorsError, unexpected_problem
from indicators.read.sql import sql_for
from indicators.read.stamp import check_stamp

LOCK_WAIT_SECONDS = 10.0
_names = itertools.count()
_instance: dict[int, duckdb.DuckDBPyConnection] = {}  # pid -> this process's in-memory instance
_attachments: dict[str, list] = {}  # resolved path -> [alias, reads using it]
_kept: dict[str, tuple[int, ...]] = {}  # resolved path -> the identity of the file attached, kept between reads
_stamped: dict[str, tuple[int, ...]] = {}  # resolved path -> the identity of the file whose build stamp was checked
_lock = threading.Lock()


def _kept_instance() -> duckdb.DuckDBPyConnection:
    """This process's in-memory DuckDB instance (a forked child makes its own: DuckDB's threads do not fork),
    with $INDICATORS_DB_THREADS threads when set (notebook kernels: 1), else DuckDB's default."""
    pid = os.getpid()
    with _lock:
        if pid not in _instance:
            _instance.clear()
            _attachments.clear()
            _kept.clear()
            threads = os.environ.get(paths.DB_THREADS_VARIABLE, "")
            _instance[pid] = duckdb.connect(config={"threads": int(threads)} if threads.isdigit() and int(threads) else {})
        return _instance[pid]


def _attached(path: Path) -> tuple[duckdb.DuckDBPyConnection, str]:
    """A cursor of the kept instance on which `path` is attached read-only and is the default database.

    A read that starts while another read of the same file is open in this process (nested, or on
    another thread) shares its attachment, and so sees the same file: DuckDB attaches a file once
    per process. The file is detached when the last of them ends."""
    instance, key = _kept_instance(), str(path.resolve())
    with _lock:
        identity = file_identity(path) if keeps_attached() else None
        for other, (alias, users) in list(_attachments.items()):
            if users == 0 and (other != key or _kept.get(key) != identity):  # kept, but replaced or not wanted now
                del _attachments[other]
                _kept.pop(other, None)
                _release(alias)
        con = instance.cursor()
        try:
            if key not in _attachments:
                alias = f"built_{os.getpid()}_{next(_names)}"
                con.execute(sql_for("connect/attach.sql", alias=alias), [str(path)])
                _attachments[key] = [alias, 0]
                if identity is not None:
                    _kept[key] = identity
            con.execute(sql_for("connect/use.sql", alias=_attachments[key][0]))
            stamped = file_identity(path)
            if _stamped.get(key) != stamped:  # the first read of this file as it now is
                check_stamp(con, path)
                _stamped[key] = stamped
        except BaseException:
            con.close()
            if key in _attachments and _attachments[key][1] == 0:  # attached for this read only
                _kept.pop(key, None)
                _release(_attachments.pop(key)[0])
            raise
        _attachments[key][1] += 1
    return con, key


def _detach(con: duckdb.DuckDBPyConnection, key: str, keep: bool = True) -> None:
    """End a read: close its cursor and, when no other read of this process uses the file, detach it
    (unless this process keeps it for the next read and `keep`)."""
    with _lock:
        con.close()
        held = _attachments.get(key)
        if held is None:
            return
        held[1] -= 1
        if held[1] > 0 or (keep and key in _kept and keeps_attached()):  # still read, or kept for the next read
            return
        del _attachments[key]
        _kept.pop(key, None)
        _release(held[0])


def keeps_attached() -> bool:
    """Whether this process keeps a file attached between reads (paths.DB_KEEP_VARIABLE: notebook kernels of a run)."""
    return os.environ.get(paths.DB_KEEP_VARIABLE) == "1"


def file_identity(path: Path) -> tuple[int, ...]:
    """What changes when a build renames a new file over `path` (or anything writes it): a kept attachment is then stale."""
    try:
        found = os.stat(path)
    except OSError:  # gone since read_only looked: attaching it fails with the message that says so
        return ()
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def _release(alias: str) -> None:
    """Detach `alias` on the kept instance (the caller holds `_lock`)."""
    with contextlib.suppress(duckdb.Error):  # a failed detach leaves the file attached until the process ends
        _instance[os.getpid()].execute(sql_for("connect/detach.sql", alias=alias))


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
            con, key = _attached(path)
            break
        except duckdb.Error as exc:
            if "already attached" in str(exc):
                # this process holds the file through its own duckdb.connect: waiting cannot help
                raise IndicatorsError.single(
                    "database-busy",
                    f"cannot open {path} read-only: this process has it open through its own duckdb.connect ({exc})",
                    hint="close that connection first",
                ) from None
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
    if wal_path(path).exists():
        _detach(con, key, keep=False)  # it replayed the foreign log while opening: show nothing from it, keep nothing
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
        _detach(con, key)


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
