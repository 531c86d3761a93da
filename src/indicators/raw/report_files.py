"""The files `indicators add-report` puts into data/raw/reports (a text and its meta.yml), written all or none.

Opened with "x" and written in place, a full disk left 200 of a text's 397 bytes, or a meta.yml cut in its
middle, under their final names: the build refused them, add-report itself then said the report was there
already, and the message said "what was there before is unchanged". Each file is now written whole to a hidden
temporary file beside its place (`.<name>.add-<pid>-….tmp`, which no glob of the build matches), synced, and
only then linked to its name, which never replaces a file; if anything fails or the command is interrupted
(Ctrl-C, SIGTERM), the names already linked are removed again, so data/raw holds both files or neither. The
temporary files of a process killed outright (SIGKILL) are removed by the next add-report.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from indicators.signals import alive

_LEFTOVER = re.compile(r"\..+\.add-(\d+)-[^.]*\.tmp")
# file systems without hard links (FAT, some network shares) answer these: the name is then taken by a
# rename, after the check that it is free
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}


def write_all_or_none(files: list[tuple[Path, bytes]]) -> None:
    """Write each (target, content), all in one folder: every target holds its content, or none exists."""
    if not files:
        return
    folder = files[0][0].parent
    folder.mkdir(parents=True, exist_ok=True)
    remove_dead_leftovers(folder)
    with _staged(folder, files) as staged:
        placed: list[Path] = []
        try:
            for temporary, (target, _) in zip(staged, files, strict=True):
                _place(temporary, target)
                placed.append(target)
            _sync_folder(folder)
        except BaseException:  # Ctrl-C and SIGTERM too: a text without its meta.yml is never left
            for target in placed:
                target.unlink(missing_ok=True)
            raise


@contextlib.contextmanager
def staged_file(target: Path, content: bytes) -> Iterator[Path]:
    """`content` in a hidden temporary file beside `target`, removed on leaving unless renamed away."""
    with _staged(target.parent, [(target, content)]) as staged:
        yield staged[0]


@contextlib.contextmanager
def _staged(folder: Path, files: list[tuple[Path, bytes]]) -> Iterator[list[Path]]:
    """Each content in its hidden temporary file in `folder`, with the permissions a plain new file gets (mkstemp
    makes it 0600: a text others could read before became readable by its owner alone)."""
    mask = os.umask(0)
    os.umask(mask)
    temporaries: list[Path] = []
    try:
        for target, content in files:
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.add-{os.getpid()}-", suffix=".tmp", dir=folder)
            temporaries.append(Path(name))
            os.fchmod(handle, 0o666 & ~mask)
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
        yield temporaries
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


def _place(temporary: Path, target: Path) -> None:
    """Give `temporary`'s content the name `target`, which must be free (FileExistsError otherwise)."""
    try:
        os.link(temporary, target)
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if target.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.rename(temporary, target)


def _sync_folder(folder: Path) -> None:
    """The new names on the disk too, not only in the cache (a power cut after the command said "Added")."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # a file system that cannot sync a folder still holds the files
    finally:
        os.close(descriptor)


def remove_dead_leftovers(folder: Path) -> None:
    """Remove the temporary files of add-report processes that are gone; keep those of one still running."""
    for path in folder.glob(".*.add-*.tmp"):
        found = _LEFTOVER.fullmatch(path.name)
        if found is not None and not alive(int(found.group(1))):
            path.unlink(missing_ok=True)

