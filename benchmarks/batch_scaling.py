"""Throughput of `indicators run --all` with 1, 2 and 4 local Dask workers on a sample of jurisdictions.

Each setting runs the whole notebook suite for the first `--sample` jurisdictions of a year on a new
LocalCluster (`batch.run_all`, what `--jobs N` does), timed from before the cluster starts to the
index page written, so the figure includes starting the workers and their warm kernels. The
1-minute load average before and after each run is recorded: on a shared machine a figure without
it cannot be read. Writes a Markdown table (`--out`) or prints it.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path


def cpu_seconds() -> float:
    """CPU time of this process and of every finished process under it: the cluster's workers, nannies and kernels
    (each waited for by its parent when the cluster closes). Unlike wall time it hardly depends on the load."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(db: Path, year: int, sample: int, workers: int, charts: tuple[str, ...]) -> dict:
    """One batch of `sample` jurisdictions on `workers` local workers: seconds, throughput, failures, load."""
    from indicators.publish.batch import batch_jobs, run_all
    from indicators.publish.params import suite

    jobs = batch_jobs(year, db_path=db, chart_formats=charts)[:sample]
    load_before = os.getloadavg()[0]
    cpu_before = cpu_seconds()
    with tempfile.TemporaryDirectory(prefix="indicators-scaling-") as out:
        started = time.perf_counter()
        summary = run_all(jobs, suite(), Path(out), year, workers=workers, progress=False, db_path=db)
        seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    busy = [o.seconds for o in summary.outcomes if o.ok]
    return {"workers": workers, "jurisdictions": len(jobs), "seconds": seconds, "per_minute": 60 * len(jobs) / seconds,
            "task_seconds": sum(busy) / len(busy) if busy else float("nan"), "failed": len(summary.failed),
            "cpu_per_jurisdiction": cpu / len(jobs),
            "load_before": load_before, "load_after": os.getloadavg()[0]}


def table(rows: list[dict], sample: int, charts: tuple[str, ...]) -> str:
    base = rows[0]["per_minute"]
    lines = [
        f"Batch throughput, measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores "
        f"(shared machine: the 1-minute load average before and after each run is given). The notebook suite for "
        f"each of {sample} jurisdictions, chart files {'/'.join(charts) or 'none'}, warm kernel per worker, LocalCluster "
        "(`indicators run --all --jobs N`); wall time from starting the cluster to the index page.",
        "",
        "| workers | wall | jurisdictions / min | speed-up | mean task (s) | CPU s / jurisdiction | failed "
        "| load before / after |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['workers']} | {r['seconds']:.1f} s | {r['per_minute']:.1f} | {r['per_minute'] / base:.2f}× | "
                     f"{r['task_seconds']:.1f} | {r['cpu_per_jurisdiction']:.1f} | {r['failed']} "
                     f"| {r['load_before']:.2f} / {r['load_after']:.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a built database (e.g. the bench corpus of 100 x 3)")
    parser.add_argument("--year", type=int, default=2017)
    parser.add_argument("--sample", type=int, default=8, help="jurisdictions per run")
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated")
    parser.add_argument("--charts", default="", help="chart files, as `indicators run --charts` (a batch's default: none)")
    parser.add_argument("--out", type=Path, default=None, help="append the Markdown table to this file")
    args = parser.parse_args(argv)
    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        rows.append(measure(args.db, args.year, args.sample, workers, tuple(f for f in args.charts.split(",") if f)))
        print(f"  {workers} worker(s): {rows[-1]}", file=sys.stderr)
    text = table(rows, args.sample, tuple(f for f in args.charts.split(",") if f))
    if args.out:
        with args.out.open("a", encoding="utf-8") as handle:
            handle.write("\n" + text)
        print(f"Appended to {args.out}", file=sys.stderr)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
