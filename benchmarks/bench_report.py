"""The Markdown report of run_benchmarks.py: the machine, the table of every probe at every corpus size,
and each goal of issue #19 said met or missed with how far off; written between the markers of a file
(docs/benchmarks.md) so that the prose around the table stays.
"""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path

GOALS = {
    "build": "< 15 s (2 cores)",
    "duckdb_views": "< 1 s",
    "fetch": "< 50 ms",
    "extract": ">= 5 MB/s per core",
    "notebooks": "< 15 s (4 notebooks)",
}


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
    out.append(verdict("build incl. the provenance check of every quote, < 15 s (median of three runs with the corpus "
                       "in the page cache)", b, b.get("seconds", 0), 15, "s"))
    out.append(verdict("the same, the first build of a session (the corpus read from disk), < 15 s", b,
                       b.get("first", {}).get("seconds", 0), 15, "s"))
    out.append(verdict("indicators + year on year + target gaps in DuckDB as the build stores them (views kept on "
                       "read not counted), < 1 s", d, d.get("seconds", 0), 1, "s"))
    if "seconds" in d and "seconds" in p:
        out.append(verdict("DuckDB no slower than pandas (pandas time / DuckDB time, views kept on read computed in full, "
                           "≥ 1)", d, p["seconds"] / d.get("all_seconds", d["seconds"]), 1,
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

    line("build (read, validate, provenance of every quote, views), wall: median of the three runs after the first "
         "(each)", "build", GOALS["build"],
         lambda r: fmt(r) + " (" + " / ".join(f"{a['seconds']:.2f}" for a in r["after"]) + ")" if "after" in r else fmt(r))
    line("build, first run, the corpus read from disk (the first build of a session: out of the page cache)", "build",
         GOALS["build"], lambda r: fmt(r["first"]) if "first" in r else fmt(r))
    line("build, peak RSS (the largest of the four runs)", "build", "", lambda r: fmt(r, "peak_mb", unit="MB"))
    line("build, 1-min load average before each run (first; the three after)", "build", "",
         lambda r: f"{r['first']['load']:.2f}; " + " / ".join(f"{a['load']:.2f}" for a in r["after"]) if "first" in r
         else load(r))
    line("build, share of the corpus in the page cache before each run (first; the three after)", "build", "",
         lambda r: f"{r['first']['cached']:.0%}; " + " / ".join(f"{a['cached']:.0%}" for a in r["after"])
         if "first" in r else fmt(r))
    line("indicators + year on year + target gaps, DuckDB (the tables the build stores; views it keeps are read "
         "when asked, two lines below)", "duckdb_views",
         GOALS["duckdb_views"], fmt)
    line("of which (stored tables) " + " / ".join(rows[-1].get("duckdb_views", {}).get("each", {})), "duckdb_views", "",
         lambda r: " / ".join(f"{s:.2f}" for s in r["each"].values()) if "each" in r else fmt(r))
    line("kept as views, read in full (not in the line above): " + " / ".join(rows[-1].get("duckdb_views", {})
                                                                       .get("on_read", {})), "duckdb_views", "",
         lambda r: " / ".join(f"{s:.2f}" for s in r.get("on_read", {}).values()) if "each" in r else fmt(r))
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
            r["ratio"] = f"{p['seconds'] / d.get('all_seconds', d['seconds']):.2f} (memory {d['peak_mb'] / p['peak_mb']:.2f})"
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
            f"Corpus: `benchmarks/make_corpus.py --years {years} --seed {seed}`. Each figure is one run in a fresh process (the "
            f"build four, its lines say which); "
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


