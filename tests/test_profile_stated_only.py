"""The profile's indicator section names the rates a report states without the figures to recompute them.

qa36 onboarded 香坊区 2021 (blind16): “网上可办率”99.6%, “全程网办率”67%, nothing to recompute either from. Its
indicator section said only 报告未提供计算任何指标所需的数字 (the report gives the figures of no indicator) and drew
nothing, as if it said nothing of them; the report's own 网上全流程办理率 was on the peer page alone."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build, built_page

from indicators.publish import sections
from indicators.read import analysis

PAGE = ("2021年度香坊区人民政府法治政府建设情况工作报告\n2021年，“网上可办率”99.6%，“全程网办率”67%，"
        "北京市区两级98%以上事项实现网上办理。\n")
ROWS = ("online_availability_rate_stated,2021,99.6,%,,“网上可办率”99.6%,\n"
        "online_full_process_rate_stated,2021,67,%,,“全程网办率”67%,\n")


def test_rates_stated_without_their_figures_are_named(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "230110-2021", "香坊区人民政府", ROWS)
    stated = analysis.stated_only("230110", 2021, db)
    assert list(stated["stated_text"]) == ["99.6%", "67%"], stated
    note = sections.unstated_indicators(analysis.report_indicators("230110", 2021, db), stated).data
    assert "报告只自述了网上可办率 99.6%、网上全流程办理率 67%，没有可重新计算的数字" in note, note


def test_a_stated_bound_keeps_its_sign(project: Path, tmp_path: Path) -> None:
    add_page(project, tmp_path, PAGE, "230110-2021", "香坊区人民政府")
    db = tmp_path / "db.duckdb"
    bound = "online_availability_rate_stated,2021,98,%,lower_bound,市区两级98%以上事项实现网上办理,\n"
    assert build(project, "230110-2021", bound, db).exit_code == 0
    assert list(analysis.stated_only("230110", 2021, db)["stated_text"]) == ["≥ 98%"]


def test_a_computed_value_is_not_listed_as_stated_only(built_db: Path) -> None:
    """四会市 2017 computes 网上全流程办理率 86.27% from its counts and states 86.27% too: the table shows both."""
    assert analysis.stated_only("441284", 2017, built_db).empty
    assert sections.unstated_indicators(analysis.report_indicators("441284", 2017, built_db),
                                        analysis.stated_only("441284", 2017, built_db)).data.count("只自述") == 0
