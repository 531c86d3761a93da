"""Build the reference database once per pytest session, before anything collects or runs.

nbval executes the stored notebooks and compares their outputs with the stored ones, so it must see a
database freshly built from the reference data (the catalogs and the bundled report, see
tests/reference_data.py), never data/processed/: a stale file would hide (or invent) a change in a
number, and reports an analyst added to data/raw would change the stored outputs. The database is
named to every process of the session, notebook kernels included, through INDICATORS_DB.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))

_SESSION_FOLDER: Path | None = None


def pytest_sessionstart(session) -> None:
    global _SESSION_FOLDER
    from reference_data import copy_reference_raw

    from indicators.build import build_database

    _SESSION_FOLDER = Path(tempfile.mkdtemp(prefix="fazhi-reference-"))
    raw = copy_reference_raw(_SESSION_FOLDER / "raw")
    db_path = _SESSION_FOLDER / "indicators.duckdb"
    build_database(raw, db_path)
    os.environ["INDICATORS_DB"] = str(db_path)


def pytest_sessionfinish(session, exitstatus) -> None:
    if _SESSION_FOLDER is not None:
        shutil.rmtree(_SESSION_FOLDER, ignore_errors=True)
