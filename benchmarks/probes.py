"""The probes of run_benchmarks.py: each measures one thing in a fresh process and prints one JSON line.

`python benchmarks/run_benchmarks.py --probe NAME ...` runs one; the report runs each in its own
process so that its peak RSS is its own. Imports happen inside each probe for the same reason.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


# ---- probes: each runs in a fresh process and prints one JSON line ---------------------------------

def probe_baseline(args: argparse.Namespace) -> dict:
    """The interpreter with the package, pandas and DuckDB imported: the floor of every other peak."""
    import duckdb  # noqa: F401
    import pandas  # noqa: F401

    import indicators.build  # noqa: F401
    return {"seconds": 0.0}


def probe_build(args: argparse.Namespace) -> dict:
    from indicators.build import build_database

    started = time.perf_counter()
    summary = build_database(Path(args.raw), Path(args.db))
    return {"seconds": time.perf_counter() - started, "figures": summary.figures, "reports": summary.reports}


def probe_duckdb_views(args: argparse.Namespace) -> dict:
    """The three outputs computed from the base tables as the build derives them: the `sql/NN_*.sql`
    files in order, each view the outputs need (metric_values, which figure_changes reads, included)
    stored as a sorted table by `build/stored_view.sql` once its file has run, every row and column
    materialized. The built database already holds them, so reading those would time a copy: the
    definitions run instead in an in-memory database over the attached base tables (the in-memory
    relations come first on the search path). A view the build keeps as a view (`read.derived.ON_READ`)
    costs the build nothing; what reading all of it costs (every jurisdiction's rows, unsorted) is
    timed apart, under `on_read`, and not counted in `seconds` (`all_seconds` counts both: the work
    the pandas rival does)."""
    import duckdb
    from pandas_rival import VIEWS

    from indicators.read.derived import ON_READ, defined_views, stored_views
    from indicators.read.sql import sql_for, sql_names, sql_text

    needed = ("metric_values", *VIEWS)
    con = duckdb.connect()
    con.execute("attach ? as built (read_only)", [str(args.db)])
    con.execute("set search_path = 'memory.main,built.main'")
    each: dict[str, float] = {}
    on_read: dict[str, float] = {}
    for name in sql_names():
        if name == "01_tables.sql":
            continue
        sql = sql_text(name)
        con.execute(sql)
        for view in defined_views(sql):
            if view not in needed:
                continue
            started = time.perf_counter()
            if view in stored_views(sql):
                con.execute(sql_for("build/stored_view.sql", view=view))
                each[view] = time.perf_counter() - started
            else:
                con.execute(f"create temp table {view}__read as select * from {view}")
                on_read[view] = time.perf_counter() - started
    rows = {view: con.execute(f"select count(*) from {view}").fetchone()[0] for view in needed}
    con.close()
    assert set(on_read) <= ON_READ
    return {"seconds": sum(each.values()), "each": each, "on_read": on_read, "rows": rows,
            "all_seconds": sum(each.values()) + sum(on_read.values())}


def probe_pandas_views(args: argparse.Namespace) -> dict:
    """The pandas rival: load the base tables, compute the same three outputs; then assert equality."""
    import pandas_rival as rival

    started = time.perf_counter()
    tables = rival.load_tables(Path(args.db))
    loaded = time.perf_counter()
    ours = rival.pandas_views(tables)
    seconds = time.perf_counter() - loaded
    peak = peak_mb()  # before the DuckDB outputs are fetched for the comparison
    rival.assert_equal(ours, rival.duckdb_views(Path(args.db)))
    return {"seconds": seconds, "load_seconds": loaded - started, "peak_mb": peak, "equal": True,
            "rows": {k: len(v) for k, v in ours.items()}}


def probe_fetch(args: argparse.Namespace) -> dict:
    """One jurisdiction-year's indicators with their quotes, as a notebook asks for them (connection
    included), and apart from it the cost of opening the database read-only, which every call pays
    (`read.db.read_only`: attaching the file to the process's kept DuckDB instance, see read/db.py)."""
    from indicators.read import analysis
    from indicators.read.db import read_only

    def brief_open() -> None:
        with read_only(Path(args.db)):
            pass

    def median_ms(call) -> float:
        times = []
        for _ in range(21):
            started = time.perf_counter()
            call()
            times.append(time.perf_counter() - started)
        return statistics.median(times[1:])

    frame = analysis.report_indicators(args.jurisdiction, args.year, Path(args.db))
    seconds = median_ms(lambda: analysis.report_indicators(args.jurisdiction, args.year, Path(args.db)))
    connect = median_ms(brief_open)
    return {"seconds": seconds, "connect_seconds": connect, "rows": len(frame)}


def probe_notebooks(args: argparse.Namespace) -> dict:
    """The suite for one jurisdiction-year, with where the time goes (from papermill's per-cell durations)."""
    import nbformat
    from jupyter_client.manager import start_new_kernel

    from indicators.publish.execute import run_suite
    from indicators.publish.params import suite

    started = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    kernel_start = time.perf_counter() - started
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    offered = {"jurisdiction": args.jurisdiction, "year": args.year, "period": args.year, "base_period": args.year - 1,
               "target_set": "", "jurisdictions": []}
    started = time.perf_counter()
    summary = run_suite(suite(), offered, Path(args.out_dir), label=f"bench_{args.jurisdiction}", progress=False,
                        db_path=Path(args.db))
    seconds = time.perf_counter() - started
    parts = {"imports": 0.0, "queries": 0.0, "charts": 0.0}
    for result in summary.results:
        for cell in nbformat.read(result.notebook, as_version=4).cells:
            duration = cell.get("metadata", {}).get("papermill", {}).get("duration") or 0.0
            source = cell.get("source", "")
            kind = "imports" if "import " in source else "charts" if "chart" in source else "queries"
            parts[kind] += duration
    parts["kernel start (x4, measured once)"] = 4 * kernel_start
    parts["papermill + HTML export"] = max(0.0, seconds - sum(parts.values()))
    kernels = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    started = time.perf_counter()
    parallel = run_suite(suite(), offered, Path(args.out_dir), label=f"bench2_{args.jurisdiction}", progress=False,
                         db_path=Path(args.db), jobs=2)
    parallel_seconds = time.perf_counter() - started
    return {"seconds": seconds, "parallel_seconds": parallel_seconds, "parts": parts, "kernel_peak_mb": kernels,
            "failed": [r.describe() for r in [*summary.failed, *parallel.failed]]}


def probe_extract(args: argparse.Namespace) -> dict:
    """MB/s of the `indicators extract` pipeline (read, decode, propose figures) over report texts, in
    one process (one core). At most `--limit` texts, spread evenly over the corpus: a rate needs no more."""
    from indicators.extract.candidates import extract_figures
    from indicators.extract.rules import load_rules
    from indicators.extract.text import read_report

    texts = sorted((Path(args.raw) / "reports").glob("*.txt"))
    step = max(1, len(texts) // args.limit)
    texts = texts[::step][: args.limit]
    rules = load_rules(Path(args.raw))
    size = sum(p.stat().st_size for p in texts)
    found = 0
    started = time.perf_counter()
    for path in texts:
        found += len(extract_figures(read_report(path), int(path.stem.split("-")[1]), rules))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "mb": size / 1e6, "mb_per_s": size / 1e6 / seconds, "texts": len(texts), "figures": found}


PROBES = {name.removeprefix("probe_"): fn for name, fn in globals().items() if name.startswith("probe_")}
