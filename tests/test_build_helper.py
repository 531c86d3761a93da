"""The build's helper process (`raw/helper_process.py`) reads the reports and searches the quotes; a
build whose helper fails refuses as any other: the previous database stays byte for byte, nothing of
the build is left beside it, and the helper is gone.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from indicators.build import build_database
from indicators.errors import IndicatorsError
from indicators.raw.helper_process import BuildHelper


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def live(built_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "live" / "indicators.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(built_db, copy)
    return copy


def _helpers(monkeypatch: pytest.MonkeyPatch) -> list[BuildHelper]:
    """Every helper the next builds start, kept for the test to look at."""
    started: list[BuildHelper] = []
    init = BuildHelper.__init__

    def keep(self: BuildHelper, *args: object) -> None:
        init(self, *args)
        started.append(self)

    monkeypatch.setattr(BuildHelper, "__init__", keep)
    return started


def _only_the_database(live: Path) -> list[str]:
    return sorted(p.name for p in live.parent.iterdir() if not p.name.endswith(".lock"))


def test_a_helper_killed_during_the_quote_search_leaves_the_previous_database(raw_dir: Path, live: Path,
                                                                                monkeypatch: pytest.MonkeyPatch):
    before = _sha256(live)
    started = _helpers(monkeypatch)
    search = BuildHelper.search

    def search_then_die(self: BuildHelper) -> None:
        search(self)
        self._process.kill()  # the search never answers

    monkeypatch.setattr(BuildHelper, "search", search_then_die)
    with pytest.raises(IndicatorsError) as refused:
        build_database(raw_dir, live)
    assert [p.code for p in refused.value.problems] == ["helper-ended"]
    assert _sha256(live) == before
    assert _only_the_database(live) == ["indicators.duckdb"]
    assert len(started) == 1 and not started[0]._process.is_alive()


def test_an_error_in_the_helper_is_raised_in_the_build(raw_dir: Path, tmp_path: Path):
    helper = BuildHelper(raw_dir, tmp_path / "no such folder")  # it cannot write the texts there
    try:
        with pytest.raises(duckdb.IOException, match="no such folder"):
            helper.reports()
    finally:
        helper.close()
    assert not helper._process.is_alive()


def test_the_helper_writes_its_files_into_the_build_s_parts_folder_only(raw_dir: Path, live: Path,
                                                                        monkeypatch: pytest.MonkeyPatch):
    started = _helpers(monkeypatch)
    build_database(raw_dir, live)
    folder = started[0].folder
    assert folder.name.endswith(".building.parts") and not folder.exists()
    assert not started[0]._process.is_alive()


def test_a_script_that_builds_when_imported_is_refused_not_hung(raw_dir: Path, tmp_path: Path):
    """multiprocessing imports the main script in the helper: a build there would wait for the lock forever."""
    script = tmp_path / "unguarded.py"
    script.write_text("from indicators.build import build_database\n"
                      f"build_database({str(raw_dir)!r}, {str(tmp_path / 'db' / 'indicators.duckdb')!r})\n",
                      encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode != 0
    assert "[build-in-helper]" in done.stderr and "[helper-ended]" in done.stderr
    assert not (tmp_path / "db" / "indicators.duckdb").exists()
