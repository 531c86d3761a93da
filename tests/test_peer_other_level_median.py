"""A named peer of another level is left out of the focus level's median in every respect: its bound does not make
the median ≈, and its half year does not make the periods mixed.

qa36 named 吴起县 and 北京市 beside 兴庆区 (2022): 网上可办率 98% and 92.8% for the two counties, ≥ 98% for the
province. The page said 中位数 ≈ 95.4: the median of the two counties' exact rates, marked approximate because of
北京市's bound, which the same page says is neither ranked nor in the median."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from raw_edits import copy_raw

from indicators.build import build_database, derive_tables
from indicators.read import analysis

FOCUS = "441284"
METRIC = "online_availability_rate_stated"
PEERS = (  # code, name, level, value, qualifier, covers
    ("900011", "甲县", "county", 98.0, None, None),
    ("900012", "乙县", "county", 92.8, None, None),
    ("990000", "丙省", "province", 98.0, "lower_bound", None),
    ("990001", "丁省", "province", 97.0, None, "上半年"),
)


@pytest.fixture(scope="module")
def peers_db(raw_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report built, then two 2017 counties and two provinces stating only 网上可办率."""
    work = tmp_path_factory.mktemp("other_level")
    db = build_database(copy_raw(raw_dir, work / "raw"), work / "indicators.duckdb").db_path
    con = duckdb.connect(str(db))
    for code, name, level, value, qualifier, covers in PEERS:
        con.execute("insert into jurisdictions select * replace (? as jurisdiction_code, ? as name_zh, ? as level) "
                    "from jurisdictions where jurisdiction_code = ?", [code, name, level, FOCUS])
        con.execute("insert into reports select * replace (? as report_id, ? as jurisdiction_code, ? as jurisdiction_name, "
                    "cast(? as varchar) as part_of_year) from reports where report_id = ?",
                    [f"{code}-2017", code, name, covers, f"{FOCUS}-2017"])
        con.execute("insert into figures select * replace (? as report_id, ? as metric_id, ? as value, "
                    "cast(? as varchar) as value_text, ? as qualifier) "
                    "from figures where report_id = ? and metric_id = 'zero_visit_rate_stated'",
                    [f"{code}-2017", METRIC, value, value, qualifier, f"{FOCUS}-2017"])
    derive_tables(con)
    con.close()
    return db


def test_a_bound_of_another_level_does_not_make_the_median_approximate(peers_db: Path) -> None:
    row = analysis.peer_standing(2017, "900012", ("900011", "990000"), peers_db).set_index("indicator_id").loc[METRIC]
    assert row["other_level_peers"] == 1 and abs(row["median"] - 95.4) < 1e-9, row
    assert row["median_text"] == "95.4", row["median_text"]  # the counties' 98 and 92.8, both exact
    assert "丙省 ≥ 98%（省级，不同级）" in row["values_side_by_side"], row["values_side_by_side"]


def test_a_half_year_of_another_level_does_not_mix_the_periods(peers_db: Path) -> None:
    row = analysis.peer_standing(2017, "900012", ("900011", "990001"), peers_db).set_index("indicator_id").loc[METRIC]
    assert row["median_text"] == "95.4", row["median_text"]


def test_a_half_year_of_the_same_level_still_mixes_the_periods(peers_db: Path) -> None:
    """A province's own page: 丁省's half year is of its level, so there is no one median of 丙省's year and it."""
    row = analysis.peer_standing(2017, "990000", ("990001",), peers_db).set_index("indicator_id").loc[METRIC]
    assert row["median_text"] == "—（期间不同，无中位数）", row["median_text"]


def test_one_value_of_the_level_beside_another_level_says_of_the_level(peers_db: Path) -> None:
    """乙县 with 丙省 alone: two jurisdictions with a value, one of them of its level; 只有一个数值 beside 2 read as a slip."""
    row = analysis.peer_standing(2017, "900012", ("990000",), peers_db).set_index("indicator_id").loc[METRIC]
    assert row["peers"] == 2 and row["median_text"] == "—（只有一个同级数值，无中位数）", row
