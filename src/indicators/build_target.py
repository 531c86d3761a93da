"""The file a build writes: its target checked before anything is read, one build of it at a time (a lock
beside it), and the new database renamed over the old one with the old one's write-ahead log taken away.
build.py writes the database; this module is what makes the swap atomic and safe to run twice at once."""

from __future__ import annotations

import errno
import fcntl
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from indicators.errors import IndicatorsError, quoted
from indicators.outputs import refuse_raw
from indicators.read.db import wal_path

MAX_NAME_BYTES = 200  # the build's temporary files add ~30 bytes to the name; file systems allow 255


def database_target(db_path: Path, raw_dir: Path) -> Path:
    """`db_path` checked before anything is read or written: not in a raw folder, not a folder, a name
    short enough for the build's temporary files beside it."""
    refuse_raw(db_path, "db", [raw_dir])
    if db_path.is_dir():
        raise IndicatorsError.single("db-is-a-folder", f"{db_path} is a folder; name the database file",
                                     field="db", value=str(db_path))
    if len(os.fsencode(db_path.name)) > MAX_NAME_BYTES:
        raise IndicatorsError.single("db-name-too-long", f"{quoted(db_path.name)} is longer than {MAX_NAME_BYTES} bytes",
                                     field="db", value=db_path.name, hint="choose a shorter file name")
    return db_path


@contextmanager
def build_lock(db_path: Path) -> Iterator[None]:
    """Serialize builds of one database: a second build waits for the first to finish."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = db_path.parent / f".{db_path.name}.lock"
    try:  # never through a symlink, never truncating: the lock file's content does not matter
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise IndicatorsError.single("lock-is-a-symlink", f"{lock} is a symbolic link; a build never writes through "
                                     "one", hint="remove the link") from None
    with os.fdopen(fd, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def replace_with_its_wal(new: Path, db_path: Path) -> None:
    """Rename `new` over `db_path`, taking the old file's write-ahead log away with it.

    A WAL beside the live file was left by a read-write session that did not close; DuckDB replays it
    on open, and beside the new file it no longer matches (every reader failed). It is moved aside
    first, so that no reader ever finds the new file with the old log: in between, readers see the
    old database without it.
    """
    wal = wal_path(db_path)
    aside = new.with_name(new.name + ".old.wal")
    try:
        os.replace(wal, aside)
    except FileNotFoundError:
        aside = None
    os.replace(new, db_path)
    _fsync_dir(db_path.parent)
    if aside is not None:
        aside.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if sys.platform.startswith("linux"):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
