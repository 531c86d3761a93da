"""Eight readers (`indicators show` and an analysis query, read-only) while the database is rebuilt:
every read succeeds, no lock error reaches anyone, and readers see the old and then the new database.
A writer that keeps the file open makes readers wait a bounded time and then say who holds it.

The test waits for events, not for the scheduler: after each build it waits until every reader has
read the new database, and it rebuilds until reads have overlapped builds, so a slow or busy
machine changes how long the test takes, not whether it passes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from itertools import cycle
from pathlib import Path

import pytest
from raw_edits import copy_raw

from indicators.errors import IndicatorsError
from indicators.read.db import read_only

READERS = 8
MAX_BUILDS = 12  # a bound on the rebuilds, not on time: each one lets readers overlap it
HERE = Path(__file__).resolve().parent


class Rounds:
    """The JSON lines of every reader, collected as they come (one thread per reader's stdout)."""

    def __init__(self, readers: list[subprocess.Popen]) -> None:
        self.by_reader: list[list[dict]] = [[] for _ in readers]
        self.changed = threading.Condition()
        self.threads = [threading.Thread(target=self._drain, args=(i, r), daemon=True) for i, r in enumerate(readers)]
        for thread in self.threads:
            thread.start()

    def _drain(self, index: int, reader: subprocess.Popen) -> None:
        for line in reader.stdout:
            with self.changed:
                self.by_reader[index].append(json.loads(line))
                self.changed.notify_all()

    def wait_until(self, condition, readers: list[subprocess.Popen]) -> None:
        """Block until `condition(by_reader)` holds; a reader that exits early fails the test instead."""
        with self.changed:
            while not condition(self.by_reader):
                assert all(r.poll() is None for r in readers), "a reader exited before the test was done"
                self.changed.wait(timeout=1)

    def all(self) -> list[dict]:
        for thread in self.threads:
            thread.join()
        return [r for rounds in self.by_reader for r in rounds]


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
    rounds = Rounds(readers)
    builds: list[tuple[float, float]] = []

    def overlapping(by_reader: list[list[dict]]) -> list[dict]:
        return [r for rs in by_reader for r in rs if any(r["start"] < end and r["end"] > start for start, end in builds)]

    try:
        rounds.wait_until(lambda by: all(by), readers)  # every reader has read once before the rebuilds start
        for raw in cycle((smaller, raw_dir)):
            started = time.time()
            build = subprocess.run([sys.executable, "-c", "from indicators.cli import cli; cli()", "build",
                                    "--raw", str(raw), "--db", str(db)], capture_output=True, text=True)
            assert build.returncode == 0, build.stderr
            builds.append((started, finished := time.time()))
            # the event: every reader has begun a read after this build, so it has seen the new database
            rounds.wait_until(lambda by, after=finished: all(any(r["start"] > after for r in rs) for rs in by), readers)
            if len(builds) >= 2 and len(overlapping(rounds.by_reader)) >= READERS or len(builds) >= MAX_BUILDS:
                break
    finally:
        stop.touch()
    # the drain threads own each reader's stdout: communicate() would read the same pipe and split a line
    for reader in readers:
        reader.wait(timeout=120)
    every = rounds.all()
    errors = [reader.stderr.read() for reader in readers]
    for reader, err in zip(readers, errors, strict=True):
        assert reader.returncode == 0, err
        assert "lock" not in err.lower() and err == "", err
    after_small = builds[0][1]
    assert all(any(r["figures"] == 44 and r["start"] > after_small for r in rs) for rs in rounds.by_reader), \
        "a reader did not see the rebuilt (44-figure) database"
    assert {r["figures"] for r in every} == {44, 45}, "readers did not see both the old and the new database"
    assert all(r["profile_rows"] > 0 for r in every)
    during = overlapping(rounds.by_reader)
    assert len(during) >= READERS, f"only {len(during)} reads overlapped {len(builds)} builds"


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
