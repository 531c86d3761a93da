"""The build asks the disk for the corpus ahead of its readers (`raw/read_ahead.py`): in the order it reads
it, plain files only (a pipe opened to ask would block, a link may lead to a device), and never longer
than the build."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from indicators.raw import read_ahead
from indicators.raw.read_ahead import ask_ahead, corpus_in_read_order, in_page_cache, reading_ahead


def _corpus(root: Path) -> Path:
    raw = root / "data" / "raw"
    for folder, names in {"figures": ["b-2020.csv", "a-2020.csv"],
                          "reports": ["b-2020.txt", "b-2020.meta.yml", "a-2020.txt", "a-2020.meta.yml"]}.items():
        (raw / folder).mkdir(parents=True)
        for name in names:
            (raw / folder / name).write_text("x\n", encoding="utf-8")
    return raw


def test_the_files_come_in_the_order_the_build_reads_them(tmp_path: Path):
    raw = _corpus(tmp_path)
    names = [Path(name).relative_to(raw).as_posix() for name in corpus_in_read_order(raw)]
    assert names == ["figures/a-2020.csv", "figures/b-2020.csv", "reports/a-2020.meta.yml", "reports/b-2020.meta.yml",
                     "reports/a-2020.txt", "reports/b-2020.txt"]


def test_pipes_links_and_folders_are_not_asked_for(tmp_path: Path):
    raw = _corpus(tmp_path)
    os.mkfifo(raw / "figures" / "c-2020.csv")  # opened for reading, a pipe waits for a writer
    (raw / "reports" / "c-2020.txt").symlink_to("/dev/zero")
    (raw / "reports" / "d-2020.meta.yml").mkdir()
    names = {Path(name).name for name in corpus_in_read_order(raw)}
    assert names == {"a-2020.csv", "b-2020.csv", "a-2020.meta.yml", "b-2020.meta.yml", "a-2020.txt", "b-2020.txt"}
    done = threading.Event()
    thread = threading.Thread(target=lambda: (ask_ahead(raw, threading.Event()), done.set()), daemon=True)
    thread.start()
    assert done.wait(10), "asking ahead blocked"


def test_a_missing_folder_is_left_to_its_reader(tmp_path: Path):
    raw = _corpus(tmp_path)
    (raw / "figures" / "a-2020.csv").unlink()
    (raw / "figures" / "b-2020.csv").unlink()
    (raw / "figures").rmdir()
    assert [Path(name).name for name in corpus_in_read_order(raw)][:2] == ["a-2020.meta.yml", "b-2020.meta.yml"]
    assert list(corpus_in_read_order(tmp_path / "nowhere")) == []


def test_asking_stops_when_the_build_does(tmp_path: Path):
    raw = _corpus(tmp_path)
    started = time.perf_counter()
    with reading_ahead(raw):
        pass
    assert time.perf_counter() - started < 5
    assert not any(thread.name == "read-ahead" for thread in threading.enumerate())


def _asked(raw: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files ask_ahead asks the kernel for."""
    asked: list[str] = []
    names_by_handle: dict[int, str] = {}  # a handle's number is used again once it is closed
    real_open = os.open

    def named_open(name: str, flags: int) -> int:
        handle = real_open(name, flags)
        names_by_handle[handle] = name
        return handle

    monkeypatch.setattr(read_ahead.os, "open", named_open)
    monkeypatch.setattr(read_ahead.os, "posix_fadvise", lambda handle, *args: asked.append(names_by_handle[handle]))
    ask_ahead(raw, threading.Event())
    return [Path(name).name for name in asked]


def test_a_corpus_in_the_page_cache_is_not_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    raw = _corpus(tmp_path)  # just written: in the page cache
    assert all(in_page_cache(name) for name in corpus_in_read_order(raw))
    assert _asked(raw, monkeypatch) == []


def test_a_corpus_out_of_the_page_cache_is_asked_for_file_by_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    raw = _corpus(tmp_path)
    monkeypatch.setattr(read_ahead, "in_page_cache", lambda name: False)
    assert _asked(raw, monkeypatch) == ["a-2020.csv", "b-2020.csv", "a-2020.meta.yml", "b-2020.meta.yml",
                                        "a-2020.txt", "b-2020.txt"]
