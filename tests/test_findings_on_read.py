"""consistency_findings is computed when read (read/derived.py: ON_READ), so a page's read of one report must
not compute every report's findings: a filter on the report or the jurisdiction has to reach each scan of
`figures` in the view. The anti join it replaced scanned every figure for one report's findings."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from synthetic_corpus import synthetic_database


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    _, db_path = synthetic_database(tmp_path_factory.mktemp("corpus"), jurisdictions=6, years=3)
    return db_path


def figure_rows_scanned(db: Path, query: str, params: list, profile: Path) -> list[int]:
    """The rows each scan of `figures` passed on while `query` ran (DuckDB's JSON profile)."""
    with duckdb.connect(str(db), read_only=True) as con:
        con.execute("pragma enable_profiling = 'json'")
        con.execute(f"pragma profiling_output = '{profile}'")
        con.execute(query, params).fetchall()
        con.execute("pragma disable_profiling")
    scans: list[int] = []

    def walk(node: dict) -> None:
        info = node.get("extra_info") or {}
        if node.get("name") == "SEQ_SCAN" and str(info.get("Table", "")).endswith("figures"):
            scans.append(int(node.get("intermediate_rows", 0)))
        for child in node.get("children", []):
            walk(child)

    for node in json.loads(profile.read_text(encoding="utf-8"))["operator"]:
        walk(node)
    return scans


@pytest.mark.parametrize("column", ["report_id", "jurisdiction_code"])
def test_one_reports_findings_read_only_its_figures(corpus: Path, tmp_path: Path, column: str) -> None:
    with duckdb.connect(str(corpus), read_only=True) as con:
        report_id, code = con.execute("select min(report_id), min(jurisdiction_code) from reports "
                                      "where jurisdiction_code = (select min(jurisdiction_code) from reports)").fetchone()
        total = con.execute("select count(*) from figures").fetchone()[0]
        views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
        found = con.execute(f"select count(*) from consistency_findings where {column} = ?",
                            [report_id if column == "report_id" else code]).fetchone()[0]
    assert "consistency_findings" in views and found > 0
    scans = figure_rows_scanned(corpus, f"select * from consistency_findings where {column} = ?",
                                [report_id if column == "report_id" else code], tmp_path / "profile.json")
    assert scans, "the view reads figures"
    assert max(scans) < total / 3, (scans, total)  # a third: one of six jurisdictions, zone maps are coarse
