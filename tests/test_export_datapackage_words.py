"""datapackage.json reads in Chinese and English, as the exported headers do: qa39 read the descriptor of a
2022 export (14 jurisdictions) and every description (the package's, each table's, each field's) was English
only, while the titles beside them were "中文 English"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import frictionless
import pytest

from indicators.export import export
from indicators.export.dictionary import export_tables

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def descriptor(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("datapackage_words")
    result = export("csv", folder, jurisdiction="441284", year=2017, db_path=built_db)
    path = result.path / "datapackage.json"
    assert frictionless.validate(str(path)).valid
    return json.loads(path.read_text(encoding="utf-8"))


def _chinese_first(text: str) -> bool:
    """Opens with a Chinese character and has an English word after it."""
    return bool(CJK.match(text)) and bool(re.search(r"[A-Za-z]{2,}", text))


def test_the_package_and_each_table_are_described_chinese_first(descriptor: dict):
    assert _chinese_first(descriptor["description"]), descriptor["description"]
    for resource in descriptor["resources"]:
        assert _chinese_first(resource["description"]), resource["description"]


def test_every_field_description_reads_chinese_first_with_the_english_beside(descriptor: dict):
    fields = {(r["name"], f["name"]): f for r in descriptor["resources"] for f in r["schema"]["fields"]}
    english_only = [key for key, f in fields.items() if "description" in f and not _chinese_first(f["description"])]
    assert not english_only
    value = fields[("figures", "value")]["description"]
    assert value.startswith("以数据项的单位计") and "In the metric's unit" in value


def test_the_dictionary_gives_each_english_description_a_chinese_one():
    missing = [f"{t.name}.{c.name}" for t in export_tables() for c in t.columns if c.description and not c.description_zh]
    assert not missing


def test_codes_are_typed_as_strings(descriptor: dict):
    types = {(r["name"], f["name"]): f["type"] for r in descriptor["resources"] for f in r["schema"]["fields"]}
    assert types[("figures", "jurisdiction_code")] == "string"
    assert types[("indicator_values", "report_id")] == "string"
