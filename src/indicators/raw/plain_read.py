"""A raw file's bytes in one open, one fstat and one read, refused exactly as `schema.irregular_file` refuses it.

Why: the build reads 85,500 raw files (figures files, report metadata, report texts), on a thread whose Python
work takes turns with DuckDB's parse at the GIL. `irregular_file`'s `stat`, then `Path.read_bytes` (openat, two
fstat, an ioctl, two lseek, two reads and a close through a buffered file object), and for a text `is_symlink` as
well, were ten or eleven system calls a file, most of them handing the GIL over (0.35 s for the metadata, 0.55 s for
the texts, cached) where `os.open`, `os.fstat`, `os.read` and `os.close` are four (5-10 µs).

A file takes this path only when the folder's listing (`plain_names`, one `scandir`: its entry types need no
call per file) shows it as a plain file and no link, opened without following links: a pipe, a device or a
link (where `irregular_file` stats what it leads to) is never opened here. Anything else (such a file, one
changed since the listing, a name that is not UTF-8) takes `irregular_file` and `Path.read_bytes` as before,
so every message and every error raised stays what it was.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from indicators.errors import Problem
from indicators.raw.schema import MAX_RAW_BYTES, irregular_file

FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def plain_names(folder: Path) -> frozenset[str]:
    """The names in `folder` of plain files that are no symbolic link; empty when it cannot be listed
    (every file then takes the usual path, whose reader says what is wrong)."""
    try:
        with os.scandir(folder) as entries:
            return frozenset(entry.name for entry in entries if entry.is_file(follow_symlinks=False))
    except OSError:
        return frozenset()


def read_raw(path: Path, display: str, plain: bool) -> tuple[bytes | None, Problem | None]:
    """(the file's bytes, None), or (None, the problem `irregular_file` finds). `plain`: the listing showed it as
    a plain file (`plain_names`). A missing file raises FileNotFoundError, as `Path.read_bytes` does."""
    if plain:
        data = _read_plain(path)
        if data is not None:
            return data, None
    irregular = irregular_file(path, display)
    if irregular is not None:
        return None, irregular
    return path.read_bytes(), None


def _read_plain(path: Path) -> bytes | None:
    """The bytes of a plain file of sane size with a UTF-8 name; None when it is anything else by now."""
    try:
        path.name.encode("utf-8")
        handle = os.open(path, FLAGS)
    except FileNotFoundError:
        raise
    except (OSError, UnicodeEncodeError):
        return None  # a link since the listing (ELOOP), unreadable, a name irregular_file refuses
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_RAW_BYTES:
            return None
        data = os.read(handle, info.st_size + 1)
        if len(data) == info.st_size:
            return data  # the whole file, as fstat said: no read for the end of file
        parts = [data]  # grown or shrunk since fstat: read to the end, as read_bytes does
        while parts[-1]:
            parts.append(os.read(handle, 1 << 20))
        return b"".join(parts)
    finally:
        os.close(handle)
