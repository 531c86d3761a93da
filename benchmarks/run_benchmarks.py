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
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))



from bench_report import machine, report, write  # noqa: E402  (beside this file: HERE is on sys.path)
from page_cache import evict, resident_share  # noqa: E402
from probes import PROBES, peak_mb  # noqa: E402

WARM_BUILDS = 3  # runs after the first: their median is the table's build, all of them are shown


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


def build_runs(raw: Path, db: Path) -> dict:
    """The build as it is paid: the first run with the corpus taken out of the page cache (the first build
    of a session reads it from disk, see page_cache.py), then WARM_BUILDS runs after it. Returns the median
    of those (by wall) with every run under `first` and `after`, each with the share of the corpus that was
    in the page cache before it; the first error if any run failed."""
    evict(raw)
    runs = []
    for _ in range(1 + WARM_BUILDS):
        cached = resident_share(raw)
        runs.append({**run_probe("build", raw=raw, db=db), "cached": cached})
    failed = next((run for run in runs if "error" in run), None)
    if failed:
        return failed
    after = runs[1:]
    median = sorted(after, key=lambda run: run["seconds"])[len(after) // 2]
    return {**median, "peak_mb": max(run["peak_mb"] for run in runs), "first": runs[0], "after": after}


# ---- the report ---------------------------------------------------------------------------------------

def corpus(folder: Path, size: int, years: int, seed: int, reuse: bool) -> dict[str, int]:
    """Generate the corpus, or with `reuse` take the one a previous run left with the same arguments."""
    from make_corpus import copy_catalogs, make_corpus

    stamp = folder / "counts.json"
    wanted = {"jurisdictions": size, "years": years, "seed": seed}
    if reuse and stamp.exists():
        saved = json.loads(stamp.read_text())
        if saved.get("arguments") == wanted:
            copy_catalogs(folder / "data" / "raw")  # the catalogs of this checkout, the figures of the corpus
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
        result["build"] = build_runs(raw, db)
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
