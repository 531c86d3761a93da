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
    """The three outputs computed from the base tables as the build derives them: the `sql/NN_*.sql`
    files in order, each view the outputs need (metric_values, which figure_changes reads, included)
    stored as a sorted table by `build/stored_view.sql` once its file has run, every row and column
    materialized. The built database already holds them, so reading those would time a copy: the
    definitions run instead in an in-memory database over the attached base tables (the in-memory
    relations come first on the search path)."""
    import re

    import duckdb
    from pandas_rival import VIEWS

    from indicators.read.sql import sql_for, sql_names, sql_text

    needed = ("metric_values", *VIEWS)
    con = duckdb.connect()
    con.execute("attach ? as built (read_only)", [str(args.db)])
    con.execute("set search_path = 'memory.main,built.main'")
    each: dict[str, float] = {}
    for name in sql_names():
        if name == "01_tables.sql":
            continue
        sql = sql_text(name)
        con.execute(sql)
        for view in re.findall(r"create or replace view (\w+)", sql):
            if view in needed:
                started = time.perf_counter()
                con.execute(sql_for("build/stored_view.sql", view=view))
                each[view] = time.perf_counter() - started
    rows = {view: con.execute(f"select count(*) from memory.main.{view}").fetchone()[0] for view in needed}
    con.close()
    return {"seconds": sum(each.values()), "each": each, "rows": rows}


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


def run_probe(name: str, **options: object) -> dict:
    """Run one probe in a new Python process; its JSON result plus its peak RSS and the load average before it."""
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", name]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    load = os.getloadavg()[0]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        return {"error": (done.stderr or done.stdout).strip().splitlines()[-1][:300], "load": load}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "load": load}


# ---- the report ---------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    from importlib.metadata import version

    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")),
                  "0")
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": str(os.cpu_count()),
        "memory": f"{int(memory) / 1024 / 1024:.1f} GiB",
        "cpu": next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name")), platform.processor()),
        "python": platform.python_version(),
        **{name: version(name) for name in ("duckdb", "pandas", "altair", "papermill")},
    }


def fmt(result: dict, key: str = "seconds", scale: float = 1.0, unit: str = "s") -> str:
    if "error" in result:
        return "error: " + result["error"]
    return f"{result[key] * scale:.2f} {unit}" if unit != "ms" else f"{result[key] * scale:.1f} ms"


def corpus(folder: Path, size: int, years: int, seed: int, reuse: bool) -> dict[str, int]:
    """Generate the corpus, or with `reuse` take the one a previous run left with the same arguments."""
    from make_corpus import make_corpus

    stamp = folder / "counts.json"
    wanted = {"jurisdictions": size, "years": years, "seed": seed}
    if reuse and stamp.exists():
        saved = json.loads(stamp.read_text())
        if saved.get("arguments") == wanted:
            return saved["counts"]
    counts = make_corpus(folder, size, years, seed)
    stamp.write_text(json.dumps({"arguments": wanted, "counts": counts}))
    return counts


def run(sizes: list[int], years: int, seed: int, corpus_root: Path, notebooks: bool, reuse: bool, extract_limit: int) -> str:
    info = machine()
    rows = []
    for size in sizes:
        folder = corpus_root / f"{size}x{years}"
        started = time.perf_counter()
        counts = corpus(folder, size, years, seed, reuse)
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
        result["extract"] = run_probe("extract", raw=raw, limit=extract_limit)
        print(f"  {json.dumps({k: v for k, v in result.items() if k not in ('counts',)}, ensure_ascii=False)}", file=sys.stderr)
        rows.append(result)
    baseline = run_probe("baseline")
    info["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return report(info, years, seed, rows, baseline)


def goals(row: dict, years: int) -> list[str]:
    """Each goal at the largest corpus: met, or missed by how much."""
    def verdict(label: str, result: dict, value: float, goal: float, unit: str, lower_is_better: bool = True) -> str:
        if "error" in result:
            return f"- {label}: not measured ({result['error']})"
        met = value <= goal if lower_is_better else value >= goal
        if met:
            return f"- {label}: **met** ({value:.2f} {unit}, goal {goal:g} {unit})"
        factor = value / goal if lower_is_better else goal / value
        digits = 2 if factor < 1.1 else 1  # 1.04× must not read as 1.0×
        return f"- {label}: **missed** ({value:.2f} {unit} against {goal:g} {unit}, {factor:.{digits}f}× off)"

    b, d, p = row.get("build", {}), row.get("duckdb_views", {}), row.get("pandas_views", {})
    f, n, e = row.get("fetch", {}), row.get("notebooks", {}), row.get("extract", {})
    out = [f"At {row['size']:,} × {years} ({row['counts']['figures']:,} figures):", ""]
    out.append(verdict("build incl. the provenance check of every quote, < 30 s", b, b.get("seconds", 0), 30, "s"))
    out.append(verdict("indicators + year on year + target gaps in DuckDB, < 1 s", d, d.get("seconds", 0), 1, "s"))
    if "seconds" in d and "seconds" in p:
        out.append(verdict("DuckDB no slower than pandas (pandas time / DuckDB time ≥ 1)", d, p["seconds"] / d["seconds"], 1,
                           "×", lower_is_better=False))
        out.append(verdict("DuckDB peak memory at most half of pandas' (ratio ≤ 0.5)", d, d["peak_mb"] / p["peak_mb"], 0.5, "×"))
        out.append("- pandas and DuckDB results equal: **" + ("asserted, equal" if p.get("equal") else "NOT checked") + "**")
    out.append(verdict("one jurisdiction-year for a notebook, < 50 ms", f, f.get("seconds", 0) * 1000, 50, "ms"))
    out.append(verdict("`indicators extract` ≥ 5 MB/s per core", e, e.get("mb_per_s", 0), 5, "MB/s", lower_is_better=False))
    if n:
        out.append(verdict("the four notebooks for one jurisdiction-year (`--jobs 2`), < 15 s", n,
                           n.get("parallel_seconds", 0), 15, "s"))
    return out


def report(info: dict[str, str], years: int, seed: int, rows: list[dict], baseline: dict) -> str:
    lines = [
        "| | " + " | ".join(f"{r['size']:,} × {years}" for r in rows) + " | goal |",
        "|---|" + "---|" * len(rows) + "---|",
        "| reports / figures | " + " | ".join(f"{r['counts']['reports']:,} / {r['counts']['figures']:,}" for r in rows) + " | |",
        "| report text | " + " | ".join(f"{r['counts']['text_bytes'] / 1e6:.1f} MB" for r in rows) + " | |",
    ]

    def line(label: str, key: str, goal: str, render) -> None:
        lines.append(f"| {label} | " + " | ".join(render(r.get(key, {"error": "not run"})) for r in rows) + f" | {goal} |")

    def load(r: dict) -> str:
        return f"{r['load']:.2f}" if "load" in r else ""

    line("build (read, validate, provenance of every quote, views), wall", "build", GOALS["build"], fmt)
    line("build, peak RSS", "build", "", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("build, 1-min load average before it", "build", "", load)
    line("indicators + year on year + target gaps, DuckDB (stored as the build stores them)", "duckdb_views",
         GOALS["duckdb_views"], fmt)
    line("of which metric_values / indicator_values / figure_changes / target_gaps", "duckdb_views", "",
         lambda r: " / ".join(f"{s:.2f}" for s in r["each"].values()) if "each" in r else fmt(r))
    line("same in pandas (compute only)", "pandas_views", "DuckDB ≤ pandas", fmt)
    line("pandas: loading the tables first", "pandas_views", "", lambda r: fmt(r, "load_seconds"))
    line("pandas / DuckDB time", "pandas_views", "≥ 1", lambda r: "")
    line("DuckDB views, peak RSS", "duckdb_views", "≤ ½ pandas", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("pandas, peak RSS", "pandas_views", "", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("pandas equals DuckDB (asserted)", "pandas_views", "equal", lambda r: "equal" if r.get("equal") else fmt(r))
    line("views, 1-min load average before DuckDB / pandas", "duckdb_views", "", load)
    line("one jurisdiction-year for a notebook (median of 20)", "fetch", GOALS["fetch"], lambda r: fmt(r, scale=1000, unit="ms"))
    line("of which opening the database read-only (an attach to the process's DuckDB instance)", "fetch", "",
         lambda r: fmt(r, "connect_seconds", scale=1000, unit="ms"))
    line("fetch, peak RSS", "fetch", "", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("notebook suite (4 notebooks), one jurisdiction-year, one after the other", "notebooks", "", fmt)
    line("the same, two at a time (`--jobs 2`, as `make run`)", "notebooks", GOALS["notebooks"],
         lambda r: fmt(r, "parallel_seconds"))
    line("notebook suite, peak RSS of the runner / of a kernel", "notebooks", "",
         lambda r: fmt(r, "peak_mb", unit="MB") + " / " + fmt(r, "kernel_peak_mb", unit="MB") if "error" not in r else fmt(r))
    line("notebook suite, 1-min load average before it", "notebooks", "", load)
    line("`indicators extract` pipeline, one core", "extract", GOALS["extract"],
         lambda r: fmt(r) if "error" in r else f"{r['mb_per_s']:.2f} MB/s ({r['texts']:,} texts, {r['mb']:.1f} MB)")
    line("extract, peak RSS", "extract", "", lambda r: fmt(r, "peak_mb", unit="MB"))
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
        where = ("\n\nWhere the notebook suite's time goes (s; cells timed by papermill, classified by what they do):\n\n| | "
                 + " | ".join(f"{s:,} × {years}" for s, _ in parts) + " |\n|---|" + "---|" * len(parts) + "\n"
                 + "\n".join(f"| {n} | " + " | ".join(f"{p[n]:.2f}" for _, p in parts) + " |" for n in names))
    head = (f"Measured {info['date']} on {info['cores']} cores ({info['cpu']}), {info['memory']} RAM; load average "
            f"(1, 5, 15 min) at the end {info['load_end']} (the machine is shared; the 1-minute load before each "
            f"measurement is in the table). Python {info['python']}, DuckDB {info['duckdb']}, pandas {info['pandas']}, "
            f"Altair {info['altair']}, papermill {info['papermill']}. "
            f"Corpus: `benchmarks/make_corpus.py --years {years} --seed {seed}`. Each figure is one run in a fresh process; "
            f"peak RSS includes the interpreter with the package, pandas and DuckDB imported "
            f"({fmt(baseline, 'peak_mb', unit='MB')}).\n\n")
    return head + "\n".join(lines) + where + "\n\nGoals:\n\n" + "\n".join(goals(rows[-1], years)) + "\n"


START, END = "<!-- benchmarks:start (written by benchmarks/run_benchmarks.py) -->", "<!-- benchmarks:end -->"


def write(out: Path, table: str) -> None:
    """Write the measured part of `out`: between the markers when the file has them, so that the
    hand-written analysis around the table survives a re-run; else the whole file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + START + "\n" + table + END + rest.split(END, 1)[1]
    else:
        text = table
    out.write_text(text, encoding="utf-8")


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
    parser.add_argument("--reuse", action="store_true", help="keep a corpus a previous run generated with the same arguments")
    parser.add_argument("--limit", type=int, default=1000, help="report texts the extract probe reads at most")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown table here (default: print it)")
    args = parser.parse_args(argv)
    if args.probe:
        result = PROBES[args.probe](args)
        result.setdefault("peak_mb", peak_mb())
        print(json.dumps(result, ensure_ascii=False))
        return 0
    table = run([int(s) for s in args.sizes.split(",")], args.years, args.seed, args.corpus, args.notebooks, args.reuse,
                args.limit)
    if args.out:
        write(args.out, table)
        print(f"Wrote {args.out}", file=sys.stderr)
    else:
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
