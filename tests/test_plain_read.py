"""The raw readers read a plain file with one open, fstat and read (`raw/plain_read.py`), and anything else as before.

Why: 85,500 raw files on a national corpus; a `stat` (and for a text an `lstat`) per file before its read held
the GIL that DuckDB's parse beside needs. A file that is no longer what the folder's listing showed must still
be refused as `irregular_file` refuses it: never opened when it became a pipe, a link followed as before.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from raw_edits import copy_raw

from indicators.raw.figures import read_figure_files
from indicators.raw.plain_read import plain_names, read_raw
from indicators.raw.reports import load_reports
from indicators.raw.schema import irregular_file


def test_the_readers_stat_no_plain_file(raw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    raw = copy_raw(raw_dir, tmp_path / "raw")
    asked: list[str] = []
    folders = {str(raw / "figures"), str(raw / "reports")}
    for name in ("stat", "lstat"):
        real = getattr(os, name)

        def counted(path, *args, real=real, **kwargs):
            if os.path.dirname(os.fsdecode(path)) in folders:  # a raw file, not a folder on the way
                asked.append(os.fsdecode(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, name, counted)
    reports, problems = load_reports(raw)
    found = read_figure_files(raw)
    assert len(reports) >= 1 and not problems and found.names and not found.problems
    assert asked == []


def test_what_changed_since_the_listing_is_read_as_irregular_file_reads_it(tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("pipe.txt", "device.txt", "link.txt", "gone.txt", "plain.txt", "empty.txt"):
        (folder / name).write_bytes(b"text\n")
    (folder / "empty.txt").write_bytes(b"")
    (tmp_path / "elsewhere.txt").write_bytes(b"elsewhere\n")
    listed = plain_names(folder)
    assert listed == {"pipe.txt", "device.txt", "link.txt", "gone.txt", "plain.txt", "empty.txt"}
    (folder / "pipe.txt").unlink()
    os.mkfifo(folder / "pipe.txt")  # opened for reading without O_NONBLOCK it would wait for a writer
    (folder / "device.txt").unlink()
    (folder / "device.txt").symlink_to("/dev/zero")
    (folder / "link.txt").unlink()
    (folder / "link.txt").symlink_to(tmp_path / "elsewhere.txt")
    (folder / "gone.txt").unlink()
    for name in ("pipe.txt", "device.txt"):
        data, problem = read_raw(folder / name, f"data/raw/reports/{name}", name in listed)
        assert data is None and problem == irregular_file(folder / name, f"data/raw/reports/{name}")
        assert problem is not None and problem.code == "not-a-file"
    assert read_raw(folder / "link.txt", "x", True) == (b"elsewhere\n", None)
    assert read_raw(folder / "plain.txt", "x", True) == (b"text\n", None)
    assert read_raw(folder / "empty.txt", "x", True) == (b"", None)
    with pytest.raises(FileNotFoundError):
        read_raw(folder / "gone.txt", "x", True)
