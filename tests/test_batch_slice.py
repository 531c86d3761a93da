"""A per-jurisdiction slice of the database (publish/batch_slice.py), which a Dask task carries to a
worker without a shared filesystem: every query the notebook suite makes gives the same rows on the
slice as on the whole database, the build's macros are there, and other jurisdictions' figures are not."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from synthetic_corpus import synthetic_database

from indicators.publish.batch_slice import write_slice
from indicators.read import analysis, queries

YEAR = 2017


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    _, db_path = synthetic_database(tmp_path_factory.mktemp("corpus"), jurisdictions=8, years=3)
    return db_path


def county(db: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select min(jurisdiction_code) from reports where report_year = ?", [YEAR]).fetchone()[0]


def suite_queries(code: str, db: Path) -> dict[str, object]:
    """What the five notebooks ask of the database for one jurisdiction-year (their analysis calls)."""
    base = queries.base_periods(YEAR, code, db_path=db)[0][2]
    return {
        "report_indicators": analysis.report_indicators(code, YEAR, db),
        "report_figures": analysis.report_figures(code, YEAR, db),
        "consistency_checks": analysis.consistency_checks(code, YEAR, db),
        "consistency_findings": queries.consistency_findings(code, YEAR, db),
        "outline_gaps": analysis.outline_gaps(code, YEAR, db),
        "rule_parts": analysis.rule_parts(code, YEAR, "service_items_split", db),
        "rule_parts_docs": analysis.rule_parts(code, YEAR, "normative_doc_outcomes", db),
        "shares_of": analysis.shares_of(code, YEAR, "licensing_items", db),
        "report_source": analysis.report_source(code, YEAR, db),
        "year_on_year": analysis.year_on_year(code, base, YEAR, db),
        "target_gap": analysis.target_gap(code, YEAR, "", db),
        "applicable_target_sets": analysis.applicable_target_sets(code, YEAR, db),
        "peer_ranks": analysis.peer_ranks(YEAR, [], code, 0, db_path=db),
        "peer_standing": analysis.peer_standing(YEAR, code, [], db),
        "jurisdiction_name": analysis.jurisdiction_name(code, db),
    }


def test_every_suite_query_is_the_same_on_the_slice(corpus: Path, tmp_path: Path) -> None:
    code = county(corpus)
    piece = write_slice(corpus, tmp_path / "slice.duckdb", code, YEAR)
    whole, sliced = suite_queries(code, corpus), suite_queries(code, piece)
    for name, expected in whole.items():
        got = sliced[name]
        if isinstance(expected, pd.DataFrame):
            assert len(expected) > 0, name  # the comparison must compare something
            pd.testing.assert_frame_equal(got, expected, obj=name)
        else:
            assert got == expected, name
    assert len(whole["peer_ranks"]["jurisdiction_code"].unique()) > 1  # peers came along


def test_the_slice_keeps_the_macros_and_drops_other_jurisdictions(corpus: Path, tmp_path: Path) -> None:
    code = county(corpus)
    piece = write_slice(corpus, tmp_path / "slice.duckdb", code, YEAR)
    macros = "select function_name from duckdb_functions() where not internal and function_type like '%macro' order by 1"
    count = ("select count(*), count(distinct r.jurisdiction_code) from figures f "
             "join reports r using (report_id)")
    with duckdb.connect(str(corpus), read_only=True) as full, duckdb.connect(str(piece), read_only=True) as part:
        assert part.execute(macros).fetchall() == full.execute(macros).fetchall()
        assert part.execute(count).fetchone()[1] == 1 < full.execute(count).fetchone()[1]
        assert part.execute("select count(*) from reports").fetchone() == full.execute("select count(*) from reports").fetchone()


def test_the_slice_defines_the_views_kept_on_read_over_its_own_rows(corpus: Path, tmp_path: Path) -> None:
    """figure_changes is a view in the build (read.derived.ON_READ); a slice has it too, with the jurisdiction's rows."""
    code = county(corpus)
    piece = write_slice(corpus, tmp_path / "slice.duckdb", code, YEAR)
    rows = "select * from figure_changes where jurisdiction_code = ? order by all"
    with duckdb.connect(str(corpus), read_only=True) as full, duckdb.connect(str(piece), read_only=True) as part:
        expected = full.execute(rows, [code]).fetchall()
        assert {r[2] for r in expected} == {"year_on_year", "before_after"}
        assert part.execute(rows, [code]).fetchall() == expected
        assert part.execute("select count(distinct jurisdiction_code) from figure_changes").fetchone()[0] == 1
