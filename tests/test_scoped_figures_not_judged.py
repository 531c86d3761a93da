"""A body's figures (curated with a `scope`: 市行政服务中心's 1000 items, 200 of them fully online) are not the
jurisdiction's: no indicator is computed from them, no target judges them, and no stated rate of a body is checked
against the jurisdiction's value. The profile still lists them, each with its scope.

Before, indicator_values took a figure of any scope: 德庆县 2017 read 网上全流程办理率 20%, 未达标 against the
province's 70% (gd-2017-province) and ranked among counties' own rates, from one service centre's counts; and a
business start-up time of one district's hall was judged against the national 8.5 days."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarded_page import add_page, build

from indicators.read import analysis, queries

PAGE = ("德庆县2017年法治政府建设情况报告\n2017年，县行政服务中心进驻事项1000项，其中全流程网上办理200项，"
        "网上全流程办理率达95%。县政务服务中心开办企业时间压缩至12个工作日。\n")
HEADER = "metric_id,period,value,unit,qualifier,quote,note,scope\n"
ITEMS = "县行政服务中心进驻事项1000项，其中全流程网上办理200项"
ROWS = (f"licensing_items,2017,1000,项,,{ITEMS},,{{scope}}\n"
        f"online_full_process_items,2017,200,项,,{ITEMS},,{{scope}}\n"
        f"online_full_process_rate_stated,2017,95,%,,{ITEMS}，网上全流程办理率达95%,,{{stated_scope}}\n"
        "business_startup_days_after,2017,12,个工作日,,县政务服务中心开办企业时间压缩至12个工作日,,{scope2}\n")


def _built(project: Path, tmp_path: Path, scope: str, stated_scope: str = "") -> Path:
    add_page(project, tmp_path, PAGE, "441226-2017", "德庆县人民政府")
    rows = ROWS.format(scope=scope, stated_scope=stated_scope, scope2=scope.replace("县行政服务中心", "县政务服务中心"))
    db = tmp_path / "db.duckdb"
    result = build(project, "441226-2017", rows, db, header=HEADER)
    assert result.exit_code == 0, result.output
    return db


def _status(db: Path, target_set: str, measure: str) -> str:
    gaps = analysis.target_gap("441226", 2017, target_set, db).set_index("measure_id")
    return gaps.loc[measure, "status"]


@pytest.mark.parametrize(("scope", "rate", "judged"), [("", 20.0, "not met"), ("县行政服务中心", None, "not reported")])
def test_a_bodys_counts_make_no_rate_of_the_jurisdiction(project: Path, tmp_path: Path, scope: str, rate: float | None,
                                                         judged: str) -> None:
    db = _built(project, tmp_path, scope)
    values = queries.indicator_values("441226", 2017, db).set_index("indicator_id")
    got = values["value"].get("online_full_process_rate")
    assert (None if got is None or got != got else got) == rate
    assert _status(db, "gd-2017-province", "online_full_process_rate") == judged
    # the business start-up days: the whole county's 12 are read against the national 8.5 days (due mid-2019); a hall's
    assert _status(db, "cn-2019-business-startup", "business_startup_days_after") == (
        "not yet due" if not scope else "not reported")
    figures = analysis.report_figures("441226", 2017, db)
    assert len(figures) == 4  # the profile lists every figure either way


def test_the_jurisdictions_own_stated_rate_is_checked(project: Path, tmp_path: Path) -> None:
    """The control of the next test: the county's 1000 and 200 give 20%, and its own stated 95% is an error."""
    db = _built(project, tmp_path, "", stated_scope="")
    whole = analysis.consistency_checks("441226", 2017, db)
    assert whole["rule_id"].str.contains("online_full_process_rate").any(), whole["rule_id"].tolist()
    assert (whole[whole["rule_id"].str.contains("online_full_process_rate")]["status"] == "error").any()


def test_a_bodys_stated_rate_is_not_compared(project: Path, tmp_path: Path) -> None:
    """95% is the centre's own rate: no finding sets it against the county's 20%."""
    db = _built(project, tmp_path, "", stated_scope="县行政服务中心")
    checks = analysis.consistency_checks("441226", 2017, db)
    rate_checks = checks[checks["rule_id"].str.contains("online_full_process_rate")]
    assert not (rate_checks["status"] == "error").any(), rate_checks.to_dict("records")
