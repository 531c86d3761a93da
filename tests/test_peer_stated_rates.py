"""Rates a report only states are compared with its peers' (peer_ranked's `stated_rates`).

Onboarding 汉源县 2019 (blind3) beside 南昌县 2019 (round2): 汉源县 states 政务服务事项网上可办率达到100% and 按时办结率达到100%,
but its peer page said 没有指标值，无从比较, since peers compared computed indicators only, and real reports state rates far
more often than the parts an indicator is computed from. Here the bundled 四会市 2017 gets five county peers of 2017 whose
reports state rates only: exact ones are ranked as the catalog's direction says, a bound is shown but not ranked, a rate
of one unit (scope) is named with its unit but neither ranked nor counted, and a stated 网上全流程办理率 stands in for
the indicator its parts do not give, never beside or instead of a computed one."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from raw_edits import copy_raw

from indicators.build import build_database, derive_tables
from indicators.publish import peer_page
from indicators.read import analysis

FOCUS = "441284"
PEERS = (("900001", "甲县"), ("900002", "乙县"), ("900003", "丙县"), ("900004", "丁县"), ("900005", "戊县"))
STATED = (  # code, metric, value, qualifier, scope
    ("900001", "online_availability_rate_stated", 95.0, None, None),
    ("900002", "online_availability_rate_stated", 98.0, None, None),
    ("900003", "online_availability_rate_stated", 100.0, None, None),
    ("900004", "online_availability_rate_stated", 90.0, "lower_bound", None),
    ("900005", "online_availability_rate_stated", 99.0, None, "县政务服务中心"),
    ("900001", "online_full_process_rate_stated", 70.0, None, None),
)


@pytest.fixture(scope="module")
def stated_db(raw_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report built, then five 2017 county peers holding only the stated rates above."""
    work = tmp_path_factory.mktemp("stated")
    db = build_database(copy_raw(raw_dir, work / "raw"), work / "indicators.duckdb").db_path
    con = duckdb.connect(str(db))
    for code, name in PEERS:
        con.execute("insert into jurisdictions select * replace (? as jurisdiction_code, ? as name_zh) "
                    "from jurisdictions where jurisdiction_code = ?", [code, name, FOCUS])
        con.execute("insert into reports select * replace (? as report_id, ? as jurisdiction_code, ? as jurisdiction_name) "
                    "from reports where report_id = ?", [f"{code}-2017", code, name, f"{FOCUS}-2017"])
    for code, metric, value, qualifier, scope in STATED:
        con.execute("insert into figures select * replace (? as report_id, ? as metric_id, ? as value, "
                    "cast(? as varchar) as value_text, ? as qualifier, ? as scope) "
                    "from figures where report_id = ? and metric_id = 'zero_visit_rate_stated'",
                    [f"{code}-2017", metric, value, value, qualifier, scope, f"{FOCUS}-2017"])
    derive_tables(con)
    con.close()
    return db


def test_a_stated_rate_is_ranked_among_the_peers_that_state_it_exactly(stated_db: Path) -> None:
    rate = analysis.peer_standing(2017, "900001", (), stated_db).set_index("indicator_id")
    row = rate.loc["online_availability_rate_stated"]
    assert row["comparison_zh"] == "第3/3名", row["comparison_zh"]  # 丙县 100, 乙县 98, 甲县 95; 丁县's ≥ 90 unranked
    assert row["peers"] == 4  # 戊县's rate is its service centre's, not the county's: not counted, nor ranked
    # but named with its scope, not silently left out (qa51: 朝阳区 2024, test_peer_beijing_districts)
    assert "戊县 99%（县政务服务中心，范围不同）" in row["values_side_by_side"] and "丁县 ≥ 90%" in row["values_side_by_side"]
    leaders = analysis.peer_ranks(2017, (), "900001", 0, stated_db)
    first = leaders[(leaders["indicator_id"] == "online_availability_rate_stated") & (leaders["rank"] == 1)]
    assert list(first["jurisdiction_name"]) == ["丙县"]
    bound = analysis.peer_standing(2017, "900004", (), stated_db).set_index("indicator_id")
    assert bound.loc["online_availability_rate_stated", "comparison_zh"] == "由约数或上下限算得，不排名"


def test_a_stated_rate_stands_in_only_where_the_indicator_is_not_computed(stated_db: Path) -> None:
    """四会市 computes 网上全流程办理率 86.27% from its parts and also states it: one value, the computed one; 甲县
    only states 70%, which is its value on the indicator, marked as the report's own."""
    standing = analysis.peer_standing(2017, "900001", (), stated_db).set_index("indicator_id")
    assert "online_full_process_rate_stated" not in standing.index
    row = standing.loc["online_full_process_rate"]
    assert row["value"] == 70.0 and row["peers"] == 2, row
    assert row["values_side_by_side"] == "四会市 86.27%；甲县 70%（报告所述）", row["values_side_by_side"]
    own = analysis.peer_standing(2017, FOCUS, (), stated_db).set_index("indicator_id").loc["online_full_process_rate"]
    assert abs(own["value"] - 86.2745) < 1e-3  # the computed value, not the stated 86.27


def test_a_report_stating_rates_only_has_something_to_compare(stated_db: Path) -> None:
    standing = analysis.peer_standing(2017, "900002", (), stated_db)
    assert list(standing.loc[standing["value"].notna(), "indicator_id"]) == ["online_availability_rate_stated"]
    shown = peer_page.note(standing, peer_page.compared("900002", 2017, db_path=stated_db))
    assert shown is None or "无从比较" not in shown.data
