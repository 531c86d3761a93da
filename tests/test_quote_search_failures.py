"""The quote search runs on a thread beside the cross checks (`raw/quote_positions.py`). A search that
fails leaves the previous database byte for byte and nothing of the build beside it, as does a build
refused for a cell while the reports thread still reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from digests import sha256

from indicators.build import build_database
from indicators.errors import IndicatorsError
from indicators.raw import quote_positions


def _only_the_database(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(".lock"))


def test_a_failed_quote_search_leaves_the_previous_database(raw_dir: Path, db: Path,
                                                             monkeypatch: pytest.MonkeyPatch):
    before = sha256(db)

    def broken(found: quote_positions.Quotes) -> np.ndarray:
        raise MemoryError("the search ran out of memory")

    monkeypatch.setattr(quote_positions, "search_quotes", broken)
    with pytest.raises(MemoryError, match="ran out of memory"):
        build_database(raw_dir, db)
    assert sha256(db) == before
    assert _only_the_database(db) == ["indicators.duckdb"]


def test_a_build_refused_for_a_cell_names_the_cell_and_keeps_the_database(raw_dir: Path, db: Path, tmp_path: Path):
    before = sha256(db)
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    figures = next((raw / "figures").glob("*.csv"))
    lines = figures.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    cells = lines[1].rstrip("\n").split(",")
    cells[header.index("period")] = "20x7"  # refused by the cell checks, before any search
    figures.write_text("".join([lines[0], ",".join(cells) + "\n", *lines[2:]]), encoding="utf-8")
    with pytest.raises(IndicatorsError) as refused:
        build_database(raw, db)
    assert [(p.code, p.row, p.field) for p in refused.value.problems] == [("not-a-year", 2, "period")]
    assert sha256(db) == before
    assert _only_the_database(db) == ["indicators.duckdb"]
