"""Target scope by membership, bounds and deadlines, on the bundled report and the imperfect fixtures."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pandas as pd
import pytest

from indicators.read import analysis


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built(tmp_path_factory.mktemp("imperfect"))


def _statuses(db: Path, jurisdiction: str) -> dict[tuple[str, str], str]:
    gaps = analysis.target_gap(jurisdiction, 2017, "", db)
    return {(r.target_set, r.measure_id): r.status for r in gaps.itertuples()}


def test_default_shows_every_set_due_in_the_report_year_or_later(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "", db)
    assert set(gaps["target_set"]) == {"gd-2017-prd", "gd-2017-province", "gd-2018-business-startup",
                                       "cn-2019-business-startup", "gd-2020-digital-government"}
    assert "2017-12-31" in set(gaps["deadline_text"]) and "文件未写明期限" in set(gaps["deadline_text"])


def test_a_county_under_a_named_city_is_ambiguous_for_the_prd_tier_not_judged(db: Path) -> None:
    statuses = _statuses(db, "441284")
    assert statuses[("gd-2017-prd", "zero_visit_rate")] == "scope ambiguous"
    assert statuses[("gd-2017-province", "zero_visit_rate")] == "not met"


def test_a_county_outside_the_nine_cities_gets_no_prd_row(db: Path) -> None:
    gaps = analysis.target_gap("441422", 2017, "", db)
    assert "gd-2017-prd" not in set(gaps["target_set"])
    assert set(gaps.loc[gaps["target_set"] == "gd-2017-province", "status"]) >= {"met"}


def test_an_upper_bound_against_a_lower_target_is_not_shown_to_be_met(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "", db).set_index("target_set")
    startup = gaps.loc["gd-2018-business-startup"]
    assert (startup["value_text"], startup["target_text"], startup["status"], startup["status_zh"]) == (
        "≤ 7个工作日", "≤ 5个工作日", "not shown to be met", "未能证明达标")


def test_met_before_the_deadline_says_so(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "", db).set_index("target_set")
    assert gaps.loc["cn-2019-business-startup", "status"] == "met ahead of deadline"
    assert gaps.loc["cn-2019-business-startup", "target_text"] == "≤ 8.5个工作日"


def test_indicators_computed_from_bounds_are_not_judged(db: Path) -> None:
    statuses = _statuses(db, "441226")
    assert statuses[("gd-2017-province", "online_full_process_rate")] == "not shown to be met"
    assert statuses[("cn-2019-business-startup", "business_startup_days_after")] == "met ahead of deadline"


def test_a_target_not_yet_due_is_never_not_met(db: Path) -> None:
    """Every target of a later deadline that the value misses reads 'not yet due'."""
    gaps = analysis.target_gap("441284", 2017, "", db)
    later = gaps[gaps["deadline"].dt.year > 2017]
    assert not (later["status"] == "not met").any()


def test_a_value_computed_from_bounds_is_shown_but_never_ranked(db: Path) -> None:
    """Four counties of 2017: 德庆县's online rate comes from 约400 and 300多, the other three are exact."""
    standing = analysis.peer_standing(2017, "441226", (), db).set_index("indicator_id").loc["online_full_process_rate"]
    assert pd.isna(standing["rank"]) and standing["comparison_zh"] == "由约数或上下限算得，不排名"
    assert standing["peers"] == 4 and "德庆县 ≈ 75%" in standing["values_side_by_side"]
    exact = analysis.peer_standing(2017, "441284", (), db).set_index("indicator_id").loc["online_full_process_rate"]
    assert exact["comparison_zh"] == "第2/3名"  # 怀集县 95, 四会市 86.27, 大埔县 83.33
    leaders = analysis.peer_ranks(2017, (), "441284", 0, db)
    assert "441226" not in set(leaders.loc[leaders["indicator_id"] == "online_full_process_rate", "jurisdiction_code"])
