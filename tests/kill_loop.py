"""Kill `indicators build` with SIGKILL at seeded random moments and check the database after each kill.

Two raw folders alternate: the bundled data (45 figures) and a copy with one figure row removed (44),
so the figure count tells which database survived. After every kill the database must be byte-identical
to the one before the build, or be the new one: it opens read-only, holds the new figure count, and
`indicators check` prints exactly what it prints on a database built without interruption. Leftover
temp files of killed builds must not break the next build, which removes them.

Kill moments are stratified over the measured duration of one build (trial i of n is killed in the
i-th slice of 0..1.2 x duration), so a short run still covers start-up, the writing and the rename.
The test suite instead kills at stages it waits for (`stages`): right after the process starts, as
soon as the build's temporary file appears (it is writing), or never (it finishes): the same
outcome on a loaded machine as on an idle one, since no delay is compared with a build time.

    python tests/kill_loop.py --trials 20 --seed 7      # `make kill-loop`
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))
from digests import sha256  # noqa: E402
from reference_data import copy_reference_raw  # noqa: E402

from indicators.build import build_database  # noqa: E402
from indicators.cli import cli  # noqa: E402
from indicators.read.db import query_frame  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BUILD = [sys.executable, "-c", "from indicators.cli import cli; cli()", "build"]


@dataclass
class LoopSummary:
    trials: int
    outcomes: Counter = field(default_factory=Counter)  # "old" / "new" database found after the kill
    killed: int = 0  # builds still running when the signal came
    build_seconds: float = 0.0



def _figure_count(db: Path) -> int:
    return int(query_frame("select count(*) as n from figures", db_path=db)["n"].iloc[0])


def _check_output(db: Path) -> str:
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", "2017", "--db", str(db)])
    assert result.exit_code == 0, f"indicators check failed on {db}: {result.output}"
    return result.stdout


def _timed_build(raw: Path, db: Path) -> float:
    started = time.monotonic()
    subprocess.run([*BUILD, "--raw", str(raw), "--db", str(db)], check=True, capture_output=True)
    return time.monotonic() - started


STAGES = ("started", "writing", "finished")


def _wait_for_stage(process: subprocess.Popen, live: Path, stage: str) -> str:
    """Block until the build reaches `stage`; say when, for the log."""
    if stage == "started":
        return "right after it started"
    if stage == "finished":
        process.wait()
        return "never (it finished)"
    temp = live.with_name(f".{live.name}.{process.pid}.building")
    while not temp.exists():  # the event: the build has opened its new database file
        assert process.poll() is None, f"the build exited ({process.returncode}) before writing {temp.name}"
        time.sleep(0.002)
    return "as it wrote its temporary file"


def run_trials(trials: int, seed: int, workdir: Path, log=print, stages: list[str] | None = None) -> LoopSummary:
    """Run `trials` killed builds in `workdir`; raises AssertionError at the first broken guarantee.

    With `stages` (one of STAGES per trial) each build is killed at that stage, else at a seeded delay."""
    raws = [copy_reference_raw(workdir / "raw_a"), copy_reference_raw(workdir / "raw_b")]
    figures = raws[1] / "figures" / "441284-2017.csv"
    lines = figures.read_text(encoding="utf-8").splitlines(keepends=True)
    figures.write_text("".join(lines[:-1]), encoding="utf-8")  # drop the last figure

    # the reference of each side: figure count and check output of an uninterrupted build
    reference = {}
    for side, raw in enumerate(raws):
        db = workdir / f"reference_{side}.duckdb"
        build_database(raw, db)
        reference[side] = (_figure_count(db), _check_output(db))
    assert reference[0][0] != reference[1][0], "the two raw folders must give different databases"

    live = workdir / "live" / "indicators.duckdb"
    live.parent.mkdir()
    summary = LoopSummary(trials, build_seconds=_timed_build(raws[0], live))
    current = 0
    rng = random.Random(seed)
    for trial in range(trials):
        target = 1 - current
        before = sha256(live)
        delay = summary.build_seconds * 1.2 * (trial + rng.random()) / trials
        process = subprocess.Popen([*BUILD, "--raw", str(raws[target]), "--db", str(live)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if stages:
            when = _wait_for_stage(process, live, stages[trial])
        else:
            time.sleep(delay)
            when = f"after {delay:5.2f} s"
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            summary.killed += 1
        process.wait()

        assert live.exists(), f"trial {trial}: the database is gone"
        if sha256(live) == before:
            outcome = "old"
        else:
            count, check = _figure_count(live), _check_output(live)
            assert (count, check) == reference[target], f"trial {trial}: the database is neither the old nor the new one"
            outcome, current = "new", target
        if process.returncode == 0:
            assert outcome == "new", f"trial {trial}: the build succeeded but the old database remained"
        summary.outcomes[outcome] += 1
        leftovers = sorted(p.name for p in live.parent.iterdir() if ".building" in p.name)
        log(f"trial {trial + 1:2}/{trials}: kill {when} -> {outcome} database"
            f"{' (build had finished)' if process.returncode == 0 else ''}"
            f"{'; leftovers ' + ', '.join(leftovers) if leftovers else ''}")

    # an uninterrupted build after all the kills succeeds and cleans up what the killed ones left
    build_database(raws[1 - current], live)
    assert _figure_count(live) == reference[1 - current][0]
    assert not [p for p in live.parent.iterdir() if ".building" in p.name], "temp files of killed builds remain"
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kill_loop_"))
    try:
        summary = run_trials(args.trials, args.seed, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{summary.trials} trials, {summary.killed} builds killed mid-way (one build takes {summary.build_seconds:.1f} s): "
          f"old database {summary.outcomes['old']} times, new {summary.outcomes['new']} times; every one opened and checked.")


if __name__ == "__main__":
    main()
