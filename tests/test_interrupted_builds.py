"""A build killed with SIGKILL leaves the old database or the new one, never a broken file.

The full loop (20 trials) is `make kill-loop`; here a short one runs with every `make test`."""

from __future__ import annotations

from kill_loop import run_trials


def test_killed_builds_leave_the_old_or_the_new_database(tmp_path):
    summary = run_trials(trials=5, seed=11, workdir=tmp_path, log=lambda line: None)
    assert sum(summary.outcomes.values()) == 5
    assert summary.killed >= 2  # the first slices (0..0.48 x its duration) land while the build runs
