"""Raw-data folders with the imperfect report fixtures of tests/imperfect_reports/ added to the
reference data (tests/reference_data.py: the catalogs and the bundled report, whatever else an
analyst has put in data/raw), and the database built from one: what the page tests run the suite on."""

from __future__ import annotations

import shutil
from pathlib import Path

from reference_data import copy_reference_raw

from indicators.build import build_database

FIXTURES = Path(__file__).resolve().parent / "imperfect_reports"
# fixture folder -> (jurisdiction, year) of its report
REPORTS = {"partial": ("441224", 2017), "outside_prd": ("441422", 2017), "bounds": ("441226", 2017)}


def raw_folder(target: Path, fixtures: tuple[str, ...] = tuple(REPORTS)) -> Path:
    """The reference raw data with the reports of `fixtures` and their jurisdictions added."""
    raw = copy_reference_raw(target / "raw")
    catalog = raw / "catalog" / "jurisdictions.csv"
    for name in fixtures:
        folder = FIXTURES / name
        with catalog.open("a", encoding="utf-8") as out:
            out.write((folder / "jurisdictions.csv").read_text(encoding="utf-8"))
        for kind in ("reports", "figures"):
            for path in (folder / kind).iterdir():
                shutil.copy(path, raw / kind / path.name)
    return raw


def built(target: Path, fixtures: tuple[str, ...] = tuple(REPORTS)) -> Path:
    """The database of data/raw plus `fixtures`, built into `target`."""
    raw = raw_folder(target, fixtures)
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path
