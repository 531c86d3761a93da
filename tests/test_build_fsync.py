"""The build's DuckDB fsyncs nothing while it writes the temporary file (each commit's fsync of the WAL was work
thrown away with the WAL); the build fsyncs the finished file itself before renaming it over the database, so
the file a reader or a crash finds is the old database or the whole new one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import indicators.build as build


def test_duckdb_fsyncs_nothing_and_the_build_fsyncs_its_file_before_the_rename(
        raw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    modes: list[str] = []
    events: list[tuple[str, str, str]] = []
    stage, fsync, replace = build.stage_figures, os.fsync, os.replace

    def staged(con, figures):
        modes.append(con.execute("select current_setting('fsync_mode')").fetchone()[0])
        return stage(con, figures)

    def fsync_seen(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}"), ""))
        fsync(fd)

    def replace_seen(src, dst) -> None:
        events.append(("replace", str(src), str(dst)))
        replace(src, dst)

    monkeypatch.setattr(build, "stage_figures", staged)
    monkeypatch.setattr(os, "fsync", fsync_seen)
    monkeypatch.setattr(os, "replace", replace_seen)
    db = tmp_path / "out.duckdb"
    build.build_database(raw_dir, db)
    assert [mode.lower() for mode in modes] == ["none"]
    renamed = [i for i, (kind, src, dst) in enumerate(events) if kind == "replace" and dst == str(db)]
    assert len(renamed) == 1
    temp = events[renamed[0]][1]
    assert ("fsync", temp, "") in events[:renamed[0]]
    assert ("fsync", str(tmp_path), "") in events[renamed[0]:]
