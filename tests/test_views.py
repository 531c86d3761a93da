"""Year-on-year and before/after changes, consistency findings and target gaps of the bundled report."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from synthetic_corpus import synthetic_database

from indicators import paths
from indicators.build import build_database
from indicators.read.db import query_frame
from indicators.read.derived import ON_READ


def test_year_on_year_enforcement_officers_of_another_scope_make_no_change(built_db):
    """The city's 93 officers removed in 2016 against the 6 of one brigade (市水务局水政监察大队) in 2017: the view
    gave a change of -87, which the year-on-year page lists apart as not comparable; the view now says so too."""
    rows = query_frame(
        "select * from figure_changes where metric_id = 'enforcement_officers_cleared'", db_path=built_db
    )
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["comparison"], row["base_period"], row["period"]) == ("year_on_year", 2016, 2017)
    assert (row["base_value"], row["value"], row["comparable"]) == (93, 6, False)
    assert row["not_comparable_reason"] == "范围不同 different scope：全辖区 / 市水务局水政监察大队"
    assert pd.isna(row["change"]) and pd.isna(row["relative_change"]) and row["direction"] is None


def test_year_on_year_of_comparable_figures_keeps_its_change(tmp_path):
    """Two synthetic years of three jurisdictions: every pair is exact and of one scope, and keeps its change."""
    _, db_path = synthetic_database(tmp_path, jurisdictions=3, years=2)
    rows = query_frame("select * from figure_changes where comparison = 'year_on_year'", db_path=db_path)
    assert rows["comparable"].all()
    assert len(rows) and rows["change"].notna().all() and rows["not_comparable_reason"].isna().all()
    assert (rows["change"] == rows["value"] - rows["base_value"]).all()


def test_before_after_business_startup(built_db):
    rows = query_frame(
        "select * from figure_changes where comparison = 'before_after' order by metric_id", db_path=built_db
    )
    got = {r.metric_id: (r.base_value, r.value, r.direction) for r in rows.itertuples()}
    assert got == {
        "business_registration_days_after": (7, 5, "good"),
        "business_startup_days_after": (20, 7, "good"),
    }


def test_consistency_findings(built_db):
    rows = query_frame("select * from consistency_findings", db_path=built_db).set_index("rule_id")
    assert rows.loc["service_items_split", "status"] == "ok"  # 510 + 421 = 931
    assert rows.loc["reconsideration_outcomes", "status"] == "ok"  # 11+4+6+1+1+2 = 25
    docs = rows.loc["normative_doc_outcomes"]
    assert (docs["status"], docs["expected"], docs["observed"], docs["gap"]) == ("error", 221, 216, 5)
    for rule in ("stated_online_full_process_rate", "stated_max_one_visit_rate", "stated_zero_visit_rate"):
        assert rows.loc[rule, "status"] == "ok"
    assert list(rows.index[rows["status"] == "error"]) == ["normative_doc_outcomes"]
    assert docs["detail"] == ("清理审核的现行有效规范性文件 221份；拟废止的规范性文件 72 + 拟修订的规范性文件 35 + "
                              "拟宣布失效的规范性文件 11 + 拟保留的规范性文件 98 = 216（相差 5）")
    # 8 departments adjusted in 2017 against the 39 of the 2015 list: listed, not hidden, with why
    adjusted = rows.loc["adjusted_within_departments"]
    assert adjusted["status"] == "not evaluated" and "不在同一期间" in adjusted["detail"]
    assert rows.loc["zero_visit_within_online", "status"] == "ok"  # 70 zero-visit items within 440 online
    # every rule of which the report states a part has a row; one it states no part of has nothing to check
    stated = query_frame("""
        select c.rule_id from consistency_rules as c
        where exists (select 1 from figures as p where list_contains(string_split(c.part_metric_ids, ' '), p.metric_id))
    """, db_path=built_db)["rule_id"]
    assert set(stated) == set(rows.index[~rows.index.str.startswith("stated_")])
    assert "reconsideration_respondents" not in rows.index  # the report breaks no case down by respondent


def test_stated_rate_that_disagrees_is_an_error(tmp_path, raw_dir):
    """A stated rate that differs from the recomputed one beyond its rounding is an error finding."""
    import shutil

    from indicators.build import build_database

    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    figures = raw / "figures" / "441284-2017.csv"
    old_row = "online_full_process_rate_stated,2017,86.27,%,,网上全流程办理率86.27%"
    # 94.12 is in this (verbatim) quote, so the build accepts the figure; it disagrees with 440/510
    new_row = 'online_full_process_rate_stated,2017,94.12,%,,"到现场办理次数不超过一次的事项有480项,比例为94.12%"'
    text = figures.read_text(encoding="utf-8")
    assert old_row in text
    figures.write_text(text.replace(old_row, new_row), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    build_database(raw, db)
    rows = query_frame("select * from consistency_findings where rule_id = 'stated_online_full_process_rate'", db_path=db)
    assert rows["status"].tolist() == ["error"]
    assert rows["gap"].iloc[0] == pytest.approx(440 / 510 * 100 - 94.12, abs=1e-4)


@pytest.mark.parametrize(
    ("target_set", "measure_id", "value", "target", "evidence", "status"),
    [
        # 四会市 is a county under 肇庆市: whether the 珠三角九市 tier binds it is not stated
        ("gd-2017-prd", "online_full_process_rate", 440 / 510 * 100, 80, "met", "scope ambiguous"),
        ("gd-2017-prd", "max_one_visit_rate", 480 / 510 * 100, 87, "met", "scope ambiguous"),
        ("gd-2017-prd", "zero_visit_rate", 70 / 510 * 100, 32, "not met", "scope ambiguous"),
        ("gd-2017-province", "zero_visit_rate", 70 / 510 * 100, 20, "not met", "not met"),
        ("cn-2019-business-startup", "business_startup_days_after", 7, 8.5, "met", "met ahead of deadline"),
        # "7个工作日以内" is at most 7: it cannot show that 5 is met
        ("gd-2018-business-startup", "business_startup_days_after", 7, 5, "not shown to be met", "not shown to be met"),
    ],
)
def test_target_gaps(built_db, target_set, measure_id, value, target, evidence, status):
    rows = query_frame(
        "select * from target_gaps where target_set = ? and measure_id = ?", [target_set, measure_id], db_path=built_db
    )
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["value"] == pytest.approx(value)
    assert row["target_value"] == target
    assert (row["evidence"], row["status"]) == (evidence, status)
    assert row["document_number"] or row["document_title"]


def test_target_without_figures_is_not_reported(built_db):
    rows = query_frame(
        "select status, value from target_gaps where target_set = 'gd-2017-prd' and measure_id = 'e_license_rate'",
        db_path=built_db,
    )
    assert rows["status"].tolist() == ["not reported"]


def test_zero_visit_shortfall_against_prd_target(built_db):
    rows = query_frame(
        "select shortfall from target_gaps where target_set = 'gd-2017-prd' and measure_id = 'zero_visit_rate'",
        db_path=built_db,
    )
    assert rows["shortfall"].iloc[0] == pytest.approx(32 - 70 / 510 * 100)  # 18.27 points short


def test_every_figure_carries_provenance(built_db):
    rows = query_frame(
        """select f.*, t.text from figures f join report_texts t using (report_id)""", db_path=built_db
    )
    assert len(rows) == 45
    assert rows["quote"].str.len().gt(0).all()
    for row in rows.itertuples():
        assert row.text[row.quote_start : row.quote_end] == row.quote


def test_the_build_stores_each_derived_relation_as_a_table_but_those_kept_on_read(raw_dir: Path, tmp_path: Path) -> None:
    """Views are recomputed by every query (seconds per report at national scale); the build keeps their rows,
    except those read.derived keeps on read, which it defines as views."""
    db = build_database(raw_dir, tmp_path / "stored.duckdb").db_path
    defined = {name for path in paths.SQL_DIR.glob("[2-9]*.sql")
               for name in re.findall(r"create or replace view (\w+)", path.read_text(encoding="utf-8"))}
    assert {"metric_values", "indicator_values", "target_gaps", "consistency_findings", "figure_changes"} <= defined
    with duckdb.connect(str(db), read_only=True) as con:
        tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
        views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    assert defined - ON_READ <= tables and not ((defined - ON_READ) & views)
    assert views >= ON_READ and "figure_changes" in views and not (ON_READ & tables)
