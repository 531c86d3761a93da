"""Every path the package uses by default. Imports nothing from the package.

The project root is found by walking up from the working directory to the folder that holds
`data/raw`, so that the CLI works from the checkout and notebooks work from `notebooks/`.
`INDICATORS_ROOT` overrides the search (scheduled runs, tests, benchmark corpora).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SQL_DIR = PACKAGE_DIR / "sql"
# "0": `charts.export` writes no PNG; `indicators run` sets it for its kernels (PNGs only on request)
CHART_PNG_VARIABLE = "INDICATORS_CHART_PNG"


def project_root() -> Path:
    """The folder holding `data/raw`: $INDICATORS_ROOT, else the nearest one above the cwd."""
    env = os.environ.get("INDICATORS_ROOT")
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "raw").is_dir():
            return folder
    return here


def raw_dir() -> Path:
    """Raw data as received: report texts, metadata, curated figures, catalogs. Never written."""
    return project_root() / "data" / "raw"


def processed_dir() -> Path:
    """What the package builds; everything here can be rebuilt."""
    return project_root() / "data" / "processed"


def database_path() -> Path:
    """The DuckDB file `indicators build` writes and every reader opens read-only."""
    env = os.environ.get("INDICATORS_DB")
    return Path(env).resolve() if env else processed_dir() / "indicators.duckdb"
