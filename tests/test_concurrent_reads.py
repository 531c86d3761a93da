"""Eight readers (`indicators show` and an analysis query, read-only) while the database is rebuilt:
every read succeeds, no lock error reaches anyone, and readers see the old and then the new database.
A writer that keeps the file open makes readers wait a bounded time and then say who holds it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from raw_edits import copy_raw

from indicators.errors import IndicatorsError
from indicators.read.db import read_only

READERS = 8
HERE = Path(__file__).resolve().parent


def test_eight_readers_during_rebuilds(raw_dir, built_db, tmp_path):
    smaller = copy_raw(raw_dir, tmp_path / "raw_44")
    figures = smaller / "figures" / "441284-2017.csv"
    figures.write_text("".join(figures.read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8")
    db = tmp_path / "live" / "indicators.duckdb"
    db.parent.mkdir()
    shutil.copyfile(built_db, db)
    stop = tmp_path / "stop"
    readers = [
        subprocess.Popen([sys.executable, str(HERE / "concurrent_reader.py"), str(db), str(stop)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(READERS)
    ]
    try:
        for reader in readers:  # every reader has finished one round before the rebuilds start
            assert reader.stdout.readline(), reader.stderr.read()
        builds = []
        for raw in (smaller, raw_dir):
            started = time.time()
            build = subprocess.run([sys.executable, "-c", "from indicators.cli import cli; cli()", "build",
                                    "--raw", str(raw), "--db", str(db)], capture_output=True, text=True)
            assert build.returncode == 0, build.stderr
            builds.append((started, time.time()))
    finally:
        stop.touch()
    outputs = [reader.communicate(timeout=120) for reader in readers]
    rounds = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    for reader, (_, err) in zip(readers, outputs, strict=True):
        assert reader.returncode == 0, err
        assert "lock" not in err.lower() and err == "", err
    assert {r["figures"] for r in rounds} == {44, 45}, "readers did not see both the old and the new database"
    assert all(r["profile_rows"] > 0 for r in rounds)
    during = [r for r in rounds if any(r["start"] < end and r["end"] > start for start, end in builds)]
    assert len(during) >= READERS, f"only {len(during)} reads overlapped a build"


def test_a_writer_holding_the_file_makes_readers_wait_then_say_who(built_db, tmp_path):
    db = tmp_path / "held.duckdb"
    shutil.copyfile(built_db, db)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('open', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        started = time.monotonic()
        with pytest.raises(IndicatorsError) as caught, read_only(db, wait=1.0):
            pass
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    problem = caught.value.problems[0]
    assert problem.code == "database-busy"
    assert f"PID {holder.pid}" in problem.message and "waited 1 s" in problem.hint
    assert waited >= 1.0
    with read_only(db) as con:  # once the writer is gone, reading works again
        assert con.execute("select count(*) from figures").fetchone()[0] == 45
