"""The analysis queries behind the notebooks, on the bundled report and on a database with peers."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from indicators.build import build_database, derive_tables
from indicators.errors import IndicatorsError
from indicators.read import analysis, lookup


@pytest.fixture(scope="module")
def db(raw_dir: Path, tmp_path_factory) -> Path:
    return build_database(raw_dir, tmp_path_factory.mktemp("db") / "indicators.duckdb").db_path


@pytest.fixture(scope="module")
def peers_db(db: Path, tmp_path_factory) -> Path:
    """The bundled database plus two made-up county peers of 2017 that differ in online items.

    A: 500 of 510 licensing items online (98.04%), B: 300 (58.82%); 四会市 has 440 (86.27%).
    """
    path = tmp_path_factory.mktemp("peers") / "indicators.duckdb"
    shutil.copy(db, path)
    con = duckdb.connect(str(path))
    for code, name, online in (("900001", "甲县", 500), ("900002", "乙县", 300)):
        con.execute("insert into jurisdictions select * replace (? as jurisdiction_code, ? as name_zh) "
                    "from jurisdictions where jurisdiction_code = '441284'", [code, name])
        con.execute("insert into reports select * replace (? as report_id, ? as jurisdiction_code) "
                    "from reports where report_id = '441284-2017'", [f"{code}-2017", code])
        con.execute("insert into figures select * replace (? as report_id, "
                    "case when metric_id = 'online_full_process_items' then ? else value end as value) "
                    "from figures where report_id = '441284-2017'", [f"{code}-2017", online])
    derive_tables(con)
    con.close()
    return path


def test_year_on_year_pairs_2016_with_2017_and_before_after(db: Path) -> None:
    changes = analysis.year_on_year("441284", 2016, 2017, db)
    rows = {r.measure_id: (r.comparison, r.base_period, r.period, r.base_value, r.value, r.change, r.direction)
            for r in changes.itertuples()}
    assert rows == {
        "enforcement_officers_cleared": ("year_on_year", 2016, 2017, 93.0, 6.0, -87.0, "neutral"),
        "business_startup_days_after": ("before_after", 2017, 2017, 20.0, 7.0, -13.0, "good"),
        "business_registration_days_after": ("before_after", 2017, 2017, 7.0, 5.0, -2.0, "good"),
    }
    relative = changes.set_index("measure_id")["relative_change"]
    assert relative["business_startup_days_after"] == pytest.approx(-0.65)
    assert relative["enforcement_officers_cleared"] == pytest.approx(-87 / 93)


def test_year_on_year_with_the_same_period_keeps_only_before_after(db: Path) -> None:
    changes = analysis.year_on_year("441284", 2017, 2017, db)
    assert set(changes["comparison"]) == {"before_after"}


def test_target_gap_of_one_set_names_the_document(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "gd-2017-province", db).set_index("measure_id")
    zero = gaps.loc["zero_visit_rate"]
    assert (zero["target_value"], zero["status"], zero["document_number"]) == (20.0, "not met", "粤办函〔2017〕265号")
    assert zero["gap"] == pytest.approx(70 / 510 * 100 - 20)
    assert gaps.loc["online_full_process_rate", "status"] == "met"
    assert gaps.loc["online_application_rate", "status"] == "not reported"


def test_target_gap_by_default_takes_every_set_due_in_the_report_year_or_later(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "", db)
    assert {"gd-2017-prd", "gd-2017-province", "cn-2019-business-startup"} <= set(gaps["target_set"])
    assert not {"gd-2015-province", "gd-2016-province"} & set(gaps["target_set"])


@pytest.mark.parametrize(
    ("kwargs", "code", "listed"),
    [
        ({"jurisdiction": "441200", "year": 2017}, "unknown-jurisdiction", "441284 四会市"),
        ({"jurisdiction": "441284", "year": 2018}, "unknown-year", "years loaded: 2017"),
        ({"jurisdiction": "441284", "base_period": 2010, "period": 2017}, "unknown-period", "2015, 2016, 2017"),
        ({"jurisdiction": "441284", "base_period": 2017, "period": 2016}, "period-order", "2016"),
        ({"jurisdiction": "441284", "year": 2017, "target_set": "gd-2099"}, "unknown-target-set", "gd-2017-prd"),
        ({"jurisdictions": ["441284", "999999"]}, "unknown-jurisdiction", "loaded: 441284"),
    ],
)
def test_unknown_parameters_stop_with_what_exists(db: Path, kwargs: dict, code: str, listed: str) -> None:
    with pytest.raises(IndicatorsError) as caught:
        lookup.validate_parameters(**kwargs, db_path=db)
    assert [p.code for p in caught.value.problems] == [code]
    assert listed in str(caught.value)


def test_rule_parts_split_the_service_items(db: Path) -> None:
    parts = analysis.rule_parts("441284", 2017, "service_items_split", db)
    assert list(zip(parts["name_zh"], parts["value"], parts["total"], strict=True)) == [
        ("行政许可事项", 510.0, 931.0), ("公共服务事项", 421.0, 931.0)]


def test_shares_of_licensing_items(db: Path) -> None:
    shares = analysis.shares_of("441284", 2017, "licensing_items", db)
    assert dict(zip(shares["indicator_id"], shares["numerator"], strict=True)) == {
        "max_one_visit_rate": 480.0, "online_full_process_rate": 440.0, "zero_visit_rate": 70.0}


def test_report_indicators_carry_their_quotes(db: Path) -> None:
    table = analysis.report_indicators("441284", 2017, db).set_index("indicator_id")
    assert table.loc["online_full_process_rate", "quotes"] == (
        "「其中行政许可510项,公共服务421项」 「行政审批事项中,网上全流程办理事项440项」"
    )


def test_a_lone_jurisdiction_is_never_ranked(db: Path) -> None:
    standing = analysis.peer_standing(2017, "441284", (), db)
    assert standing["rank"].isna().all() and set(standing["peers"]) == {1}
    assert set(standing["comparison_zh"]) == {"不足三个可比辖区，不排名", "无优劣方向，只看分布"}
    assert analysis.peer_ranks(2017, (), "441284", 5, db).empty


def test_descriptive_shares_get_a_distribution_never_a_rank(peers_db: Path) -> None:
    standing = analysis.peer_standing(2017, "441284", (), peers_db).set_index("indicator_id")
    assert standing.loc["online_full_process_rate", "comparison_zh"] == "第2/3名"
    retained = standing.loc["normative_doc_retain_ratio"]
    assert pd.isna(retained["rank"]) and retained["comparison_zh"] == "无优劣方向，只看分布"
    assert retained["peers"] == 3


def test_two_peers_are_shown_side_by_side_unranked(peers_db: Path) -> None:
    standing = analysis.peer_standing(2017, "441284", ["900002"], peers_db).set_index("indicator_id")
    online = standing.loc["online_full_process_rate"]
    assert pd.isna(online["rank"]) and online["peers"] == 2  # the focus is always among the peers
    assert online["values_side_by_side"] == "四会市 86.27%；乙县 58.82%"


def test_peers_default_to_the_focus_level(peers_db: Path) -> None:
    """A prefecture's report is not among a county's peers unless chosen."""
    con = duckdb.connect(str(peers_db))
    con.execute("update jurisdictions set level = 'prefecture' where jurisdiction_code = '900001'")
    derive_tables(con)
    con.close()
    try:
        standing = analysis.peer_standing(2017, "441284", (), peers_db).set_index("indicator_id")
        assert standing.loc["online_full_process_rate", "peers"] == 2
    finally:
        con = duckdb.connect(str(peers_db))
        con.execute("update jurisdictions set level = 'county' where jurisdiction_code = '900001'")
        derive_tables(con)
        con.close()


def test_peer_ranks_order_by_the_catalog_direction(peers_db: Path) -> None:
    ranks = analysis.peer_ranks(2017, (), "441284", 0, peers_db)
    online = ranks[ranks["indicator_id"] == "online_full_process_rate"]
    assert list(zip(online["jurisdiction_code"], online["rank"], strict=True)) == [("900001", 1), ("441284", 2), ("900002", 3)]
    standing = analysis.peer_standing(2017, "441284", (), peers_db).set_index("indicator_id").loc["online_full_process_rate"]
    assert (standing["rank"], standing["peers"], standing["leader"], standing["ahead_of_share"]) == (2, 3, "甲县", 0.5)
    assert standing["median"] == pytest.approx(440 / 510 * 100)


def test_peers_tied_first_are_all_leaders_in_code_order(peers_db: Path) -> None:
    """The made-up peers copy 四会市's figures but for online items, so on every other ranked indicator all three
    share rank 1: each is named, the same way on every read (arg_min picked one of them at random)."""
    standing = analysis.peer_standing(2017, "441284", (), peers_db).set_index("indicator_id")
    tied = standing[standing["rankable"] & (standing["rank"] == 1)]
    assert len(tied) > 0
    assert set(tied["leader"]) == {"四会市、甲县、乙县"}
    assert standing.loc["online_full_process_rate", "leader"] == "甲县"


def test_peers_tied_are_side_by_side_in_code_order(peers_db: Path, tmp_path: Path) -> None:
    """Equal values are listed in code order, whatever order a build stored indicator_values in (two national
    builds of one code stored ties differently, and the pages differed)."""
    reversed_db = tmp_path / "reversed.duckdb"
    shutil.copy(peers_db, reversed_db)
    con = duckdb.connect(str(reversed_db))
    con.execute("create or replace table indicator_values as from indicator_values order by jurisdiction_code desc")
    con.close()
    for path in (peers_db, reversed_db):
        standing = analysis.peer_standing(2017, "441284", (), path)
        tied = standing[standing["rankable"] & (standing["rank"] == 1)]["values_side_by_side"]
        assert len(tied) > 0
        assert all(text.startswith("四会市 ") and text.index("甲县 ") < text.index("乙县 ") for text in tied)


def test_peer_ranks_on_a_chosen_list_and_top(peers_db: Path) -> None:
    chosen = analysis.peer_ranks(2017, ["900001", "900002"], "441284", 0, peers_db)
    assert set(chosen["jurisdiction_code"]) == {"441284", "900001", "900002"}
    top = analysis.peer_ranks(2017, (), "900002", 1, peers_db)
    online = top[top["indicator_id"] == "online_full_process_rate"]
    assert list(online["jurisdiction_code"]) == ["900001", "900002"]  # the leader, and the focus kept
