"""Every catalog file has a schema and passes it: adding a file adds a check."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

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



def test_dimension_names_suit_every_jurisdiction():
    """Every page shows its figures under these headings: a name taken from one report's section titles
    (营造学法尚法氛围,增强全市干部群众的法治意识 was 四会市's) told a county or a province about "the whole city"."""
    names = read_csv_text(RAW / "catalog" / "dimensions.csv", "dimensions")["name_zh"]
    place_words = ("全市", "全县", "全区", "全省", "全州", "全镇", "我市", "我县", "我区", "我省", "本市", "本县")
    assert [n for n in names if any(w in n for w in place_words)] == []

# sha256 of the report text as received from the publisher (四会市人民政府门户网站), pinned here a second
# time so that a text edited together with its metadata still fails a test.
RECEIVED_SHA256 = {"441284-2017": "93507104d0ca64e00aeec4f453560d56bf859af12d859492da73d8efeeb34f7d"}


@pytest.mark.parametrize("report_id", sorted(RECEIVED_SHA256))
def test_bundled_report_text_is_the_received_text_byte_for_byte(report_id: str):
    text = (RAW / "reports" / f"{report_id}.txt").read_bytes()
    meta = yaml.safe_load((RAW / "reports" / f"{report_id}.meta.yml").read_text(encoding="utf-8"))
    assert hashlib.sha256(text).hexdigest() == meta["sha256"] == RECEIVED_SHA256[report_id]
