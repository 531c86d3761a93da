"""A build killed with SIGKILL leaves the old database or the new one, never a broken file.

The full loop (20 trials at random moments) is `make kill-loop`; here each build is killed at a
stage the test waits for (started, writing its temporary file) or left to finish, so the outcome
does not depend on how fast the machine builds."""

from __future__ import annotations

from kill_loop import run_trials


def test_killed_builds_leave_the_old_or_the_new_database(tmp_path):
    stages = ["started", "writing", "finished", "writing", "started"]
    summary = run_trials(trials=len(stages), seed=11, workdir=tmp_path, log=lambda line: None, stages=stages)
    assert summary.killed == 4  # every build but the finished one was still running when killed
    assert dict(summary.outcomes) == {"old": 4, "new": 1}
