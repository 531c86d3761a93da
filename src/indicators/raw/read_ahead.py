"""The corpus asked of the disk all at once, ahead of the build's readers, when it is not in the page cache.

The build reads 28,500 figures files and 57,000 report files one after the other. Out of the page cache
(the first build of a session) each read waits for the disk on its own: 9.3 s for the national corpus's
640 MB against 2.1 s cached. Told in advance (`posix_fadvise(WILLNEED)`, one call a file, which starts
the read and returns), the disk serves many requests at once and the same reads took 2.2 s. On a thread
the calls cost about 0.6 CPU s over the corpus, most of it in the kernel, but each call takes the GIL back
from the build's first steps; so a corpus found in the page cache (one file in `SAMPLE_EVERY`, tried with
a read that may not wait for the disk) is not asked for. Nothing is read into Python and no file is changed.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from indicators.raw.schema import MAX_RAW_BYTES

FOLDERS = ("figures", "reports")  # in the order the build reads them
FIRST_READ = ".meta.yml"  # the reports' metadata is read before their texts (raw/reports.load_reports)
SAMPLE_EVERY = 500  # files tried for the page cache: 171 of the national corpus's 85,500


def corpus_in_read_order(raw_dir: Path) -> Iterator[str]:
    """The plain files of the corpus's folders (no link, pipe or device: the readers refuse those), in
    the order the build reads them."""
    for folder in FOLDERS:
        try:
            with os.scandir(raw_dir / folder) as entries:
                names = [entry.path for entry in entries if entry.is_file(follow_symlinks=False)]
        except OSError:
            continue  # a missing folder: its reader says so
        yield from sorted(names, key=lambda name: (not name.endswith(FIRST_READ), name))


def in_page_cache(name: str) -> bool:
    """Whether the file's first page is in the page cache: a read told not to wait for the disk succeeds.
    False when that cannot be told (an older kernel, another system): the corpus is then asked for."""
    try:
        handle = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return True  # its reader reports it
    try:
        os.preadv(handle, [bytearray(1)], 0, os.RWF_NOWAIT)
    except (OSError, AttributeError):  # BlockingIOError: not cached
        return False
    finally:
        os.close(handle)
    return True


def corpus_cached(raw_dir: Path) -> bool:
    """Whether one plain file in `SAMPLE_EVERY` of each folder, in the folder's own order, is in the page
    cache: no names are sorted or kept, since the build's first steps wait for the GIL meanwhile (listing
    and sorting the corpus took them 0.3 s)."""
    for folder in FOLDERS:
        try:
            with os.scandir(raw_dir / folder) as entries:
                for entry in itertools.islice(entries, 0, None, SAMPLE_EVERY):
                    if entry.is_file(follow_symlinks=False) and not in_page_cache(entry.path):
                        return False
        except OSError:
            continue  # a missing folder: its reader says so
    return True


def ask_ahead(raw_dir: Path, stop: threading.Event) -> None:
    """Ask the kernel to read each file of the corpus, until `stop` is set, unless the corpus is found in the
    page cache. Errors are the readers' to report."""
    if corpus_cached(raw_dir):
        return
    for name in corpus_in_read_order(raw_dir):
        if stop.is_set():
            return
        try:
            handle = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            os.posix_fadvise(handle, 0, MAX_RAW_BYTES, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(handle)


@contextmanager
def reading_ahead(raw_dir: Path) -> Iterator[None]:
    """Run `ask_ahead` on a thread while the block runs; it stops when the block ends."""
    if not hasattr(os, "posix_fadvise"):  # not on macOS or Windows: the readers wait for the disk there
        yield
        return
    stop = threading.Event()
    thread = threading.Thread(target=ask_ahead, args=(raw_dir, stop), name="read-ahead", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
