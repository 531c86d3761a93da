"""A small synthetic corpus from benchmarks/make_corpus.py, built into a database, for batch and rival tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_corpus_module():
    if "make_corpus" in sys.modules:
        return sys.modules["make_corpus"]
    spec = importlib.util.spec_from_file_location("make_corpus", REPO / "benchmarks" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def synthetic_database(folder: Path, jurisdictions: int, years: int, seed: int = 7) -> tuple[Path, Path]:
    """(raw dir, database) of a synthetic corpus written and built under `folder`."""
    from indicators.build import build_database

    make_corpus_module().make_corpus(folder, jurisdictions, years, seed)
    raw, db_path = folder / "data" / "raw", folder / "indicators.duckdb"
    build_database(raw, db_path)
    return raw, db_path
