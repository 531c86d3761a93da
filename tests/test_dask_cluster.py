"""`indicators run --all --scheduler`: a real `dask scheduler` and two `dask worker` processes on
127.0.0.1, one worker killed after the first jurisdiction completes; every report is still written,
equal to a single run's. The workers get their own temporary folder each (no shared files with the
client but what the tasks carry: the notebooks and a per-jurisdiction slice of the database) and no
nanny, so a killed worker stays dead and nothing restarts it.
"""

from __future__ import annotations

import configparser
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic_corpus import synthetic_database

from indicators.cli import cli
from indicators.publish import batch_task
from indicators.publish.execute import run_suite
from indicators.publish.kernels import socket_parent
from indicators.publish.params import suite

REPO = Path(__file__).resolve().parents[1]
DASK = Path(sys.executable).parent / "dask"
NOTEBOOK = "01_report_profile"
START_TIMEOUT = 90  # seconds for the scheduler and the workers to come up on a loaded machine


class Cluster:
    """A scheduler and two workers, each in its own process group so that a kill takes its kernels too.

    Each process's temporary folder is short enough for the kernels' Unix sockets (kernels.socket_parent)
    and removed with the cluster: under pytest's long tmp_path a worker's kernels fell back to /tmp, and the
    killed worker's socket folder stayed there after every run of this test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.temporary = Path(tempfile.mkdtemp(prefix="cluster-", dir=socket_parent()))
        self.processes: dict[str, subprocess.Popen] = {}
        self.address = ""

    def tmp(self, name: str) -> Path:
        return self.temporary / name

    def start(self, name: str, *args: str) -> subprocess.Popen:
        home = self.folder / name
        home.mkdir(parents=True)
        self.tmp(name).mkdir()
        env = {**os.environ, "TMPDIR": str(self.tmp(name)), "XDG_CACHE_HOME": str(home / "cache")}
        env.pop("INDICATORS_DB", None)
        log = (home / "log").open("wb")
        self.processes[name] = subprocess.Popen([str(DASK), *args], cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT,
                                                start_new_session=True)
        return self.processes[name]

    def kill(self, name: str) -> None:
        process = self.processes[name]
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for name, process in self.processes.items():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill(name)
            with contextlib.suppress(ProcessLookupError):  # a worker's kernels are in its group: none may outlive the test
                os.killpg(process.pid, signal.SIGKILL)
        shutil.rmtree(self.temporary, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    _, db_path = synthetic_database(tmp_path_factory.mktemp("corpus"), jurisdictions=6, years=2)
    return db_path


@pytest.fixture()
def cluster(tmp_path: Path) -> Iterator[tuple[Cluster, object]]:
    from distributed import Client

    running = Cluster(tmp_path / "cluster")
    scheduler_file = running.folder / "scheduler.json"
    try:
        running.start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                      "--scheduler-file", str(scheduler_file))
        with Client(scheduler_file=str(scheduler_file), timeout=f"{START_TIMEOUT}s") as client:  # waits for the file
            running.address = client.scheduler.address
            for name in ("w1", "w2"):
                running.start(name, "worker", running.address, "--name", name, "--nthreads", "1", "--no-nanny",
                              "--no-dashboard", "--host", "127.0.0.1", "--local-directory", str(running.folder / name))
            client.wait_for_workers(2, timeout=START_TIMEOUT)  # the scheduler reports both: an event, not a sleep
            yield running, client
    finally:
        running.stop()


def page_content(html: str) -> str:
    """A page with the volatile text masked as the notebooks' nbval rules mask it (timestamps, ids, paths),
    and the random id papermill gives the cell it injects (two single runs differ in it too)."""
    rules = configparser.ConfigParser()
    rules.read(REPO / "notebooks" / "nbval_sanitize.cfg")
    for section in rules.sections():
        html = re.sub(rules[section]["regex"], rules[section]["replace"], html)
    return re.sub(r'cell-id=[0-9a-f]{8}"', 'cell-id=RANDOM"', html)  # papermill's injected-parameters cell: a new uuid per run


def test_a_batch_on_a_cluster_survives_a_killed_worker_and_equals_single_runs(
        corpus: Path, cluster: tuple[Cluster, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    running, client = cluster
    killed: list[str] = []
    write_files = batch_task.write_files

    def write_then_kill(result, folder):  # after the first jurisdiction completes, kill a worker that has work
        if not killed:
            busy = {addr for addr, keys in client.processing().items() if keys}
            workers = client.scheduler_info()["workers"]
            names = [workers[a]["name"] for a in sorted(busy) if workers[a]["name"] in ("w1", "w2")]
            assert names, "no worker is busy after the first task: nothing would be retried"
            killed.append(names[0])
            running.kill(names[0])
        return write_files(result, folder)

    monkeypatch.setattr(batch_task, "write_files", write_then_kill)
    shipped: dict[str, int] = {}
    sliced = batch_task.Database.sliced

    def record_slice(slicer, jurisdiction):  # what each task carries to its worker
        database = sliced(slicer, jurisdiction)
        shipped[jurisdiction] = len(database.content)
        return database

    monkeypatch.setattr(batch_task.Database, "sliced", staticmethod(record_slice))
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--scheduler", running.address,
                                      "--notebook", NOTEBOOK, "--db", str(corpus), "--out", str(tmp_path / "cluster-run"),
                                      "--log-output"])
    assert result.exit_code == 0, result.output
    assert len(killed) == 1 and running.processes[killed[0]].poll() is not None
    folder = Path(re.search(r"Reports in (.+?);", result.output).group(1))
    outcomes = json.loads((folder / "summary.json").read_text(encoding="utf-8"))["outcomes"]
    assert len(outcomes) == 6 and all(o["ok"] for o in outcomes)
    # each task carried its own jurisdiction's slice of the database, much smaller than the database,
    # and left nothing of it in the workers' temporary folders
    assert set(shipped) == {o["code"] for o in outcomes}
    assert max(shipped.values()) < corpus.stat().st_size / 2, (shipped, corpus.stat().st_size)
    survivor = {"w1", "w2"} - set(killed)
    assert not list(running.tmp(survivor.pop()).rglob("*.duckdb"))

    for outcome in outcomes:
        page = folder / outcome["pages"][NOTEBOOK]  # relative to the batch folder
        assert page.is_file() and page.parent.parent == folder
        job = outcome["code"]
        single = run_suite(suite(names=[NOTEBOOK]), {"jurisdiction": job, "year": 2017}, tmp_path / "single",
                           label=job, progress=False, db_path=corpus)
        assert single.results[0].ok, single.results[0].describe()
        expected = Path(single.results[0].html).read_text(encoding="utf-8")
        assert page_content(page.read_text(encoding="utf-8")) == page_content(expected), job
        # a batch writes chart files only when asked (--charts); a single run writes PNG, SVG and HTML
        assert not (page.parent / f"{NOTEBOOK}_charts").exists()
        assert {Path(c).suffix for c in single.results[0].charts} == {".png", ".svg", ".html"}
