"""Faults found from outside (#18): what an interrupted command left behind.

A `run` stopped by SIGTERM removes its kernels' socket folders and leaves its run folder marked
`"state": "running"` in summary.json (a finished run says "complete"); an export killed mid-way leaves
a temporary folder that the next export into the same place removes, while one still being written by
a live export is kept.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indicators.cli import cli
from indicators.publish import execute as notebooks
from indicators.publish.params import suite

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one-process-killed", "two-workers-group-killed"])
def test_sigterm_during_a_run_removes_kernel_sockets_and_leaves_the_folder_marked_running(jobs: str, built_db: Path,
                                                                                          tmp_path: Path, request):
    """With --jobs 2 the whole process group gets SIGTERM, as a scheduler's time-out sends it."""
    # short enough for a Unix socket path (kernels.socket_parent falls back to /tmp past 60 bytes)
    private_tmp = Path(tempfile.mkdtemp(prefix="sig-", dir="/tmp"))
    request.addfinalizer(lambda: shutil.rmtree(private_tmp, ignore_errors=True))
    out = tmp_path / "reports"
    env = {**os.environ, "TMPDIR": str(private_tmp)}
    env.pop("INDICATORS_ROOT", None)
    run = subprocess.Popen([sys.executable, "-c", "from indicators.cli import cli; cli()", "run", "--jurisdiction",
                            "441284", "--year", "2017", "--notebook", "01_report_profile", "--notebook",
                            "02_year_on_year", "--jobs", jobs, "--out", str(out), "--db", str(built_db), "--log-output"],
                           cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not list(private_tmp.glob("indicators-kernel-*")):
            assert run.poll() is None, run.communicate()
            assert time.monotonic() < deadline, "no kernel started in 120 s"
            time.sleep(0.05)
        if jobs == "1":
            run.send_signal(signal.SIGTERM)
        else:
            os.killpg(run.pid, signal.SIGTERM)
        _, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode != 0
    # The run itself prints no traceback. A kernel that was still starting when the group got SIGTERM may
    # print its own bind failure (its socket folder is already gone): that traceback is the kernel's, from
    # ipykernel, and is the only kind allowed here. Two kernels failing at once write their headers one after the
    # other (Traceback…Traceback…, then both bodies): the empty piece between the headers is no traceback.
    tracebacks = [t for t in stderr.split("Traceback (most recent call last):")[1:] if t.strip()]
    assert all("ipykernel/kernelapp.py" in t and "/indicators/" not in t for t in tracebacks), stderr
    assert list(private_tmp.glob("indicators-kernel-*")) == [], "a kernel socket folder stayed"
    (folder,) = out.iterdir()
    assert json.loads((folder / "summary.json").read_text(encoding="utf-8"))["state"] == "running"


def test_a_finished_run_folder_says_complete(tmp_path: Path):
    folder = tmp_path / "nbs"
    folder.mkdir()
    (folder / "01_empty.ipynb").write_text(json.dumps({
        "cells": [], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    seen = {}

    def fake_run(notebook, parameters, run_folder, progress, warm=False):
        seen["during"] = json.loads((run_folder / "summary.json").read_text(encoding="utf-8"))["state"]
        return notebooks.NotebookResult(notebook.stem, ok=True, seconds=0.0, notebook=str(run_folder / notebook.name))

    original = notebooks.run_notebook
    notebooks.run_notebook = fake_run
    try:
        summary = notebooks.run_suite(suite(folder), {}, tmp_path / "out", "t", progress=False)
    finally:
        notebooks.run_notebook = original
    assert seen["during"] == "running"
    assert json.loads((summary.folder / "summary.json").read_text(encoding="utf-8"))["state"] == "complete"


def test_a_killed_exports_temporary_folder_is_removed_by_the_next_one(built_db: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        left = out / f".indicators_all_all_csv.tmp-{dead_pid}-abc"
        (left / "indicators_all_all_csv").mkdir(parents=True)
        busy = out / f".indicators_all_all_csv.tmp-{live.pid}-def"
        busy.mkdir()
        old = out / f".indicators_all_all_csv.old-{dead_pid}-ghi"
        old.mkdir()
        result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(out), "--db", str(built_db)])
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in out.iterdir()) == [busy.name, "indicators_all_all_csv"]
    finally:
        live.kill()
        live.wait()
