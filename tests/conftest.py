"""Shared fixtures: the repository's raw data and a database built from it in a temporary folder,
so tests never depend on (or overwrite) data/processed/."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """The repository's own raw data (read only)."""
    return RAW


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled raw data built once per session into a temporary database."""
    from indicators.build import build_database

    db_path = tmp_path_factory.mktemp("db") / "indicators.duckdb"
    build_database(RAW, db_path)
    return db_path
