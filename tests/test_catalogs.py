"""Every catalog file has a schema and passes it: adding a file adds a check."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.raw.catalog import SCHEMAS
from indicators.raw.schema import read_csv_text, schema_problems

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

CATALOG_FILES = sorted((RAW / "catalog").glob("*.csv"))


def test_catalog_files_exist():
    assert len(CATALOG_FILES) >= 9


@pytest.mark.parametrize("path", CATALOG_FILES, ids=lambda p: p.name)
def test_catalog_file_has_a_schema_and_passes(path):
    assert path.stem in SCHEMAS, f"{path.name} has no schema in indicators.raw.catalog.SCHEMAS"
    display = f"data/raw/catalog/{path.name}"
    assert schema_problems(read_csv_text(path, display), SCHEMAS[path.stem], display) == []


def test_every_indicator_and_metric_has_both_names():
    for name in ("metrics", "indicators"):
        frame = read_csv_text(RAW / "catalog" / f"{name}.csv", name)
        assert (frame["name_zh"].str.len() > 0).all() and (frame["name_en"].str.len() > 0).all()


def test_raw_report_text_is_the_shared_source_byte_for_byte():
    shared = RAW.parents[2] / "shared" / "sources" / "sihui-2017-rule-of-law-report.txt"
    if not shared.exists():  # shared/ lies beside the checkout in CI and on developer machines
        pytest.fail(f"{shared} is missing: the checkout must sit beside shared/")
    assert (RAW / "reports" / "441284-2017.txt").read_bytes() == shared.read_bytes()
