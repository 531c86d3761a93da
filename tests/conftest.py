"""Shared fixtures: the reference raw data (catalogs and the bundled report, copied; see
reference_data.py) and a database built from it in a temporary folder, so tests never depend on
(or overwrite) data/raw or data/processed/, and stay green when an analyst onboards reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reference_data import copy_reference_raw


@pytest.fixture(scope="session")
def raw_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference raw data (a session copy; tests copy it again before changing anything)."""
    return copy_reference_raw(tmp_path_factory.mktemp("reference") / "raw")


@pytest.fixture(scope="session")
def built_db(raw_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference raw data built once per session into a temporary database."""
    from indicators.build import build_database

    db_path = tmp_path_factory.mktemp("db") / "indicators.duckdb"
    build_database(raw_dir, db_path)
    return db_path


@pytest.fixture()
def db(built_db: Path, tmp_path: Path) -> Path:
    """A private copy of the built database, for a test that damages, locks or rewrites it."""
    copy = tmp_path / "db" / "indicators.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(built_db, copy)
    return copy


@pytest.fixture()
def project(raw_dir: Path, tmp_path: Path) -> Path:
    """A private project folder holding a copy of the reference raw data under data/raw, for tests that
    point INDICATORS_ROOT at it and add reports, figures or jurisdictions."""
    root = tmp_path / "project"
    shutil.copytree(raw_dir, root / "data" / "raw")
    return root


@pytest.fixture(scope="session")
def rules(raw_dir: Path):
    """The extraction rules and wordings of the reference catalogs, loaded once for every extraction test."""
    from indicators.extract.rules import load_rules

    return load_rules(raw_dir)


@pytest.fixture(scope="session")
def checkout_rules():
    """The rules and wordings of the checkout the tests run in (its own data/raw/catalog, found from the working
    folder), not the reference copy `rules` loads: a test of a catalog wording (tests/test_extract_round5*.py) then
    fails on a checkout that lacks the wording, as the tests of code do."""
    from indicators.extract.rules import load_rules

    return load_rules()
