"""Every path the package uses by default. Imports nothing from the package but the error type.

The project root is found by walking up from the working directory to the folder that holds
`data/raw`, so that the CLI works from the checkout and notebooks work from `notebooks/`.
`INDICATORS_ROOT` overrides the search (scheduled runs, tests, benchmark corpora) and
`INDICATORS_DB` names the database. Outside a checkout, without either, asking for a default path
is one `no-project` error naming what was looked for and how to point at a project, instead of a
"file not found" per file further down. What the checkout itself ships (notebooks/, docs/) is found
from the package's own location, not from the working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from indicators.errors import IndicatorsError

PACKAGE_DIR = Path(__file__).resolve().parent
SQL_DIR = PACKAGE_DIR / "sql"
CHECKOUT_DIR = PACKAGE_DIR.parents[1]  # src/indicators/../..: the checkout of an editable install
ROOT_VARIABLE = "INDICATORS_ROOT"
DB_VARIABLE = "INDICATORS_DB"
# the chart files `chart_files.export` writes ("png,svg,html"; all when unset); `indicators run` sets it for its kernels
CHART_FORMATS_VARIABLE = "INDICATORS_CHART_FORMATS"
CHART_FORMATS = ("png", "svg", "html")
# DuckDB threads of a process's brief reads (read/db.py); DuckDB's default (one per core) when unset.
# `indicators run` sets 1 for its kernels: a page's queries are too small to split, and a second
# thread only woke and spun for each of them (about 0.05-0.1 CPU s a jurisdiction in a batch)
DB_THREADS_VARIABLE = "INDICATORS_DB_THREADS"
# "1": a process's reads keep the file attached between them while it is unchanged (read/db.py), instead of
# attaching and detaching it for each. `indicators run` sets it for its kernels, whose pages read it 38 times a
# jurisdiction (0.15 CPU s of 2.7); other processes (JupyterLab, the CLI) keep their reads brief
DB_KEEP_VARIABLE = "INDICATORS_DB_KEEP"
# the charts' first font family (Debian's fonts-wqy-microhei), which vl-convert measures every text in:
# publish/chart_parts.py reads its advances, publish/measuring_font.py derives the runs' measuring face from it
MEASURING_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/fazhi-indicators`, or `~/.cache/fazhi-indicators`: what is made once per user and may be lost."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fazhi-indicators"


def find_project_root() -> Path | None:
    """The folder holding `data/raw`: $INDICATORS_ROOT, else the nearest one above the cwd, else None."""
    env = os.environ.get(ROOT_VARIABLE)
    if env:
        root = Path(env).expanduser().resolve()
        return root if (root / "data" / "raw").is_dir() else None
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "raw").is_dir():
            return folder
    return None


def project_root() -> Path:
    """The project's folder, or the one `no-project` error that says how to name it."""
    root = find_project_root()
    if root is not None:
        return root
    env = os.environ.get(ROOT_VARIABLE)
    looked = (f"{ROOT_VARIABLE}={env} holds no data/raw folder" if env else
              f"no data/raw folder in {Path.cwd().resolve()} or any folder above it")
    raise IndicatorsError.single(
        "no-project", f"{looked}: this is not a fazhi-indicators checkout", field=ROOT_VARIABLE, value=env,
        hint=f"run inside the checkout, set {ROOT_VARIABLE}=/path/to/checkout, or pass --raw DIR / --db FILE",
    )


def checkout_path(name: str) -> Path:
    """`notebooks/`, `docs/`...: what the checkout ships beside `src/`. $INDICATORS_ROOT's own when it has
    one; else found from the package itself, never by walking up from the working directory; the
    project root's when the package is installed outside a checkout."""
    env = os.environ.get(ROOT_VARIABLE)
    if env and (Path(env).expanduser() / name).exists():
        return Path(env).expanduser().resolve() / name
    shipped = CHECKOUT_DIR / name
    return shipped if shipped.exists() else project_root() / name


def raw_dir() -> Path:
    """Raw data as received: report texts, metadata, curated figures, catalogs. Never written."""
    return project_root() / "data" / "raw"


def processed_dir() -> Path:
    """What the package builds; everything here can be rebuilt."""
    return project_root() / "data" / "processed"


def database_path() -> Path:
    """The DuckDB file `indicators build` writes and every reader opens read-only."""
    env = os.environ.get(DB_VARIABLE)
    return Path(env).expanduser().resolve() if env else processed_dir() / "indicators.duckdb"
