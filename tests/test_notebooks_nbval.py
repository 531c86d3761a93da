"""nbval compares the stored notebook outputs strictly: a changed number must fail CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from indicators.build import build_database, derive_tables

ROOT = Path(__file__).resolve().parents[1]


def test_a_changed_figure_fails_nbval(raw_dir: Path, tmp_path: Path) -> None:
    db = build_database(raw_dir, tmp_path / "built.duckdb").db_path
    changed = tmp_path / "changed.duckdb"
    shutil.copy(db, changed)
    with duckdb.connect(str(changed)) as con:
        con.execute("update figures set value = 94 where metric_id = 'enforcement_officers_cleared' and period = 2016")
        derive_tables(con)
    # --noconftest: the session hook would point INDICATORS_DB at the reference database and undo the change
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--noconftest", "-p", "no:cacheprovider", "-q", "notebooks/02_year_on_year.ipynb"],
        cwd=ROOT, env={**os.environ, "INDICATORS_DB": str(changed)}, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1, result.stdout[-2000:]
    # the 93 of 2016 (city-wide) is listed as not comparable with 2017's 6 (one bureau): the line changes
    assert "mismatch 'text/html'" in result.stdout and "94名（2016年）" in result.stdout
