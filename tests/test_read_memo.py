"""A run's kernel is given a query's frame again instead of querying again (read/memo.py), only while the
file is the same one, each caller with its own copy; without paths.DB_KEEP_VARIABLE every call queries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
from rebuilt_file import rebuild_over

from indicators import paths
from indicators.read import analysis, db, memo


def _queries(monkeypatch) -> list[str]:
    """Count the reads analysis.run_sql opens."""
    opened: list[str] = []
    real = analysis.read_only

    def counting(db_path=None, *args, **kwargs):
        opened.append(str(db_path))
        return real(db_path, *args, **kwargs)

    monkeypatch.setattr(analysis, "read_only", counting)
    return opened


def test_a_run_kernel_reads_a_repeated_query_once_per_file(built_db: Path, tmp_path: Path, monkeypatch) -> None:
    live = tmp_path / "memo.duckdb"
    shutil.copyfile(built_db, live)
    monkeypatch.setattr(memo, "_frames", memo.OrderedDict())
    monkeypatch.setattr(db, "_instance", {})
    monkeypatch.setattr(db, "_attachments", {})
    monkeypatch.setattr(db, "_kept", {})
    monkeypatch.setenv(paths.DB_KEEP_VARIABLE, "1")
    opened = _queries(monkeypatch)
    first = analysis.applicable_target_sets("441284", 2017, db_path=live)
    assert len(first) > 0
    first.loc[:, first.columns[0]] = "changed by a caller"  # a caller's copy: not what the next caller gets
    again = analysis.applicable_target_sets("441284", 2017, db_path=live)
    assert len(opened) == 1
    pd.testing.assert_frame_equal(again, analysis.run_sql("target_sets_applicable", {"jurisdiction": "441284", "year": 2017},
                                                          live))
    assert "changed by a caller" not in again[again.columns[0]].tolist()
    assert len(analysis.applicable_target_sets("441284", 2016, db_path=live)) == 0  # other parameters: queried
    assert len(opened) == 2
    rebuild_over(live, built_db, "delete from target_sets")
    assert len(analysis.applicable_target_sets("441284", 2017, db_path=live)) == 0
    assert len(opened) == 3


def test_other_processes_query_every_time(built_db: Path, monkeypatch) -> None:
    monkeypatch.setattr(memo, "_frames", memo.OrderedDict())
    monkeypatch.delenv(paths.DB_KEEP_VARIABLE, raising=False)
    opened = _queries(monkeypatch)
    for _ in range(3):
        assert len(analysis.applicable_target_sets("441284", 2017, db_path=built_db)) > 0
    assert len(opened) == 3 and not memo._frames
