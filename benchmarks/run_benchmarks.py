"""Benchmarks at national scale: build, indicators + year on year + target gaps (DuckDB against pandas),
one jurisdiction-year fetch, `indicators extract` throughput, the notebook suite; each at several
corpus sizes, each measured in its own process (wall time and peak RSS). Writes a Markdown report.

`python benchmarks/run_benchmarks.py --sizes 1,20,100 --years 3 --out docs/benchmarks.md` (what
`make bench` runs, a reduced corpus); `--sizes 1,100,2850 --years 10` is the national corpus.
Timings are never asserted anywhere; the pandas/DuckDB equality is (here and in tests).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

GOALS = {
    "build": "< 30 s (2 cores)",
    "duckdb_views": "< 1 s",
    "fetch": "< 50 ms",
    "extract": ">= 5 MB/s per core",
    "notebooks": "< 15 s (4 notebooks)",
}


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
    """Every row and column of the three views, materialized in DuckDB (no projection to prune)."""
    import duckdb
    from pandas_rival import VIEWS

    con = duckdb.connect(args.db, read_only=True)
    started = time.perf_counter()
    rows = {}
    for view in VIEWS:
        con.execute(f"create temp table out_{view} as select * from {view}")
        rows[view] = con.execute(f"select count(*) from out_{view}").fetchone()[0]
    seconds = time.perf_counter() - started
    con.close()
    return {"seconds": seconds, "rows": rows}


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
    """One jurisdiction-year's indicators with their quotes, as a notebook asks for them (connection included)."""
    from indicators import analysis

    times = []
    for _ in range(21):
        started = time.perf_counter()
        frame = analysis.report_indicators(args.jurisdiction, args.year, Path(args.db))
        times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times[1:]), "rows": len(frame)}


def probe_notebooks(args: argparse.Namespace) -> dict:
    """The suite for one jurisdiction-year, with where the time goes (from papermill's per-cell durations)."""
    import nbformat
    from jupyter_client.manager import start_new_kernel

    from indicators.notebooks import run_suite, suite

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
    return {"seconds": seconds, "parts": parts, "kernel_peak_mb": kernels, "failed": [r.describe() for r in summary.failed]}


PROBES = {name.removeprefix("probe_"): fn for name, fn in globals().items() if name.startswith("probe_")}


def run_probe(name: str, **options: object) -> dict:
    """Run one probe in a new Python process; its JSON result plus its peak RSS."""
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", name]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        return {"error": (done.stderr or done.stdout).strip().splitlines()[-1][:300]}
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- extract throughput: only where the branch has the command -------------------------------------

def extract_available() -> bool:
    from indicators.cli import cli

    return "extract" in cli.commands


def bench_extract(raw: Path) -> dict:
    """MB/s of `indicators extract` over every report text of the corpus, in one process (one core)."""
    texts = sorted((raw / "reports").glob("*.txt"))
    size = sum(p.stat().st_size for p in texts)
    started = time.perf_counter()
    done = subprocess.run([str(Path(sys.executable).with_name("indicators")), "extract", *map(str, texts)],
                          capture_output=True, text=True, cwd=raw.parents[1])
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        return {"error": (done.stderr or done.stdout).strip()[-300:]}
    return {"seconds": seconds, "mb": size / 1e6, "mb_per_s": size / 1e6 / seconds}


# ---- the report ---------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    import duckdb
    import pandas

    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")),
                  "0")
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": str(os.cpu_count()),
        "memory": f"{int(memory) / 1024 / 1024:.1f} GiB",
        "cpu": next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name")), platform.processor()),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "pandas": pandas.__version__,
    }


def fmt(result: dict, key: str = "seconds", scale: float = 1.0, unit: str = "s") -> str:
    if "error" in result:
        return "error: " + result["error"]
    return f"{result[key] * scale:.2f} {unit}" if unit != "ms" else f"{result[key] * scale:.1f} ms"


def run(sizes: list[int], years: int, seed: int, corpus_root: Path, notebooks: bool) -> str:
    from make_corpus import make_corpus

    info = machine()
    rows = []
    for size in sizes:
        folder = corpus_root / f"{size}x{years}"
        started = time.perf_counter()
        counts = make_corpus(folder, size, years, seed)
        made = time.perf_counter() - started
        raw, db = folder / "data" / "raw", folder / "indicators.duckdb"
        catalog = (raw / "catalog" / "jurisdictions.csv").read_text(encoding="utf-8").splitlines()
        code = next(line.split(",")[0] for line in catalog if ",county," in line)  # the first county: in Guangdong
        print(f"[{size} x {years}] corpus: {counts['reports']} reports, {counts['figures']} figures ({made:.1f} s)",
              file=sys.stderr)
        result = {"size": size, "counts": counts}
        result["build"] = run_probe("build", raw=raw, db=db)
        print(f"  build: {result['build']}", file=sys.stderr)
        result["duckdb_views"] = run_probe("duckdb_views", db=db)
        result["pandas_views"] = run_probe("pandas_views", db=db)
        result["fetch"] = run_probe("fetch", db=db, jurisdiction=code, year=2017)
        if notebooks:
            result["notebooks"] = run_probe("notebooks", db=db, jurisdiction=code, year=2017, out_dir=folder / "reports")
        result["extract"] = bench_extract(raw) if extract_available() else {"error": "extract not available in this branch"}
        print(f"  {json.dumps({k: v for k, v in result.items() if k not in ('counts',)}, ensure_ascii=False)}", file=sys.stderr)
        rows.append(result)
    baseline = run_probe("baseline")
    return report(info, years, seed, rows, baseline)


def report(info: dict[str, str], years: int, seed: int, rows: list[dict], baseline: dict) -> str:
    lines = [
        "| | " + " | ".join(f"{r['size']:,} × {years}" for r in rows) + " | goal |",
        "|---|" + "---|" * len(rows) + "---|",
        "| reports / figures | " + " | ".join(f"{r['counts']['reports']:,} / {r['counts']['figures']:,}" for r in rows) + " | |",
        "| report text | " + " | ".join(f"{r['counts']['text_bytes'] / 1e6:.1f} MB" for r in rows) + " | |",
    ]

    def line(label: str, key: str, goal: str, render) -> None:
        lines.append(f"| {label} | " + " | ".join(render(r.get(key, {"error": "not run"})) for r in rows) + f" | {goal} |")

    line("build (validate, provenance, views), wall", "build", GOALS["build"], fmt)
    line("build, peak RSS", "build", "", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("indicators + year on year + target gaps, DuckDB", "duckdb_views", GOALS["duckdb_views"], fmt)
    line("same in pandas (compute only)", "pandas_views", "DuckDB ≤ pandas", fmt)
    line("pandas: loading the tables first", "pandas_views", "", lambda r: fmt(r, "load_seconds"))
    line("pandas / DuckDB time", "pandas_views", "≥ 1", lambda r: "")
    line("DuckDB views, peak RSS", "duckdb_views", "≤ ½ pandas", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("pandas, peak RSS", "pandas_views", "", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("pandas equals DuckDB (asserted)", "pandas_views", "equal", lambda r: "equal" if r.get("equal") else fmt(r))
    line("one jurisdiction-year for a notebook (median)", "fetch", GOALS["fetch"], lambda r: fmt(r, scale=1000, unit="ms"))
    line("notebook suite, one jurisdiction-year", "notebooks", GOALS["notebooks"], fmt)
    line("notebook suite, peak RSS of the runner / of a kernel", "notebooks", "",
         lambda r: fmt(r, "peak_mb", unit="MB") + " / " + fmt(r, "kernel_peak_mb", unit="MB") if "error" not in r else fmt(r))
    line("`indicators extract`", "extract", GOALS["extract"],
         lambda r: r["error"] if "error" in r else f"{r['mb_per_s']:.1f} MB/s")
    for r in rows:  # fill the ratio row
        p, d = r.get("pandas_views", {}), r.get("duckdb_views", {})
        if "seconds" in p and "seconds" in d:
            r["ratio"] = f"{p['seconds'] / d['seconds']:.2f} (memory {d['peak_mb'] / p['peak_mb']:.2f})"
    ratio_at = next(i for i, text in enumerate(lines) if text.startswith("| pandas / DuckDB time"))
    lines[ratio_at] = ("| pandas / DuckDB time (DuckDB / pandas peak memory) | " + " | ".join(r.get("ratio", "") for r in rows)
                       + " | ≥ 1 (≤ 0.5) |")
    parts = [(r["size"], r["notebooks"]["parts"]) for r in rows if "parts" in r.get("notebooks", {})]
    where = ""
    if parts:
        names = list(parts[0][1])
        where = ("\n\nWhere the notebook suite's time goes (s):\n\n| | " + " | ".join(f"{s:,} × {years}" for s, _ in parts)
                 + " |\n|---|" + "---|" * len(parts) + "\n"
                 + "\n".join(f"| {n} | " + " | ".join(f"{p[n]:.2f}" for _, p in parts) + " |" for n in names))
    head = (f"Measured {info['date']} on {info['cores']} cores ({info['cpu']}), {info['memory']} RAM, load average at the end "
            f"{info['load']} (the machine is shared); Python {info['python']}, DuckDB {info['duckdb']}, pandas {info['pandas']}. "
            f"Corpus: `benchmarks/make_corpus.py --years {years} --seed {seed}`. Each figure is one run in a fresh process; "
            f"peak RSS includes the interpreter with the package, pandas and DuckDB imported "
            f"({fmt(baseline, 'peak_mb', unit='MB')}).\n\n")
    return head + "\n".join(lines) + where + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", choices=sorted(PROBES))
    parser.add_argument("--raw")
    parser.add_argument("--db")
    parser.add_argument("--jurisdiction")
    parser.add_argument("--year", type=int, default=2017)
    parser.add_argument("--out-dir")
    parser.add_argument("--sizes", default="1,20,100", help="jurisdiction counts, comma-separated")
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/fazhi-bench"), help="scratch folder of the corpora")
    parser.add_argument("--no-notebooks", dest="notebooks", action="store_false")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown table here (default: print it)")
    args = parser.parse_args(argv)
    if args.probe:
        result = PROBES[args.probe](args)
        result.setdefault("peak_mb", peak_mb())
        print(json.dumps(result, ensure_ascii=False))
        return 0
    table = run([int(s) for s in args.sizes.split(",")], args.years, args.seed, args.corpus, args.notebooks)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table, encoding="utf-8")
        print(f"Wrote {args.out}", file=sys.stderr)
    else:
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
