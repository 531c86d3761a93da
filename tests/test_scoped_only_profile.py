"""A report whose only figures of an indicator are a body's (a `scope`: 县政务服务中心) is not said to give none: since
scoped figures feed no indicator, qa44's 德庆县 2017 (县政务服务中心进驻行政许可事项200项，其中网上全流程办理事项150项，
网上全流程办理率75%) read 报告未提供计算任何指标所需的数字 and 报告只自述了网上全流程办理率 75%，没有可重新计算的数字
on its profile, both false of a report that wrote the centre's two counts. The profile now names the body and its
figures, says no indicator of the whole jurisdiction is computable, and the stated rate has no whole-jurisdiction
figures to recompute it."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build

from indicators.publish import sections
from indicators.read import analysis

PAGE = ("德庆县2017年法治政府建设情况报告\n2017年，县政务服务中心进驻行政许可事项200项，其中网上全流程办理事项150项，"
        "网上全流程办理率75%。\n")
HEADER = "metric_id,period,value,unit,qualifier,quote,note,scope\n"
ITEMS = "县政务服务中心进驻行政许可事项200项，其中网上全流程办理事项150项"
ROWS = (f"licensing_items,2017,200,项,,{ITEMS},,{{scope}}\n"
        f"online_full_process_items,2017,150,项,,{ITEMS},,{{scope}}\n"
        "online_full_process_rate_stated,2017,75,%,,网上全流程办理率75%,,\n")


def _profile_words(project: Path, tmp_path: Path, scope: str) -> str:
    add_page(project, tmp_path, PAGE, "441226-2017", "德庆县人民政府")
    db = tmp_path / "db.duckdb"
    result = build(project, "441226-2017", ROWS.format(scope=scope), db, header=HEADER)
    assert result.exit_code == 0, result.output
    indicators = analysis.report_indicators("441226", 2017, db)
    scoped = analysis.scoped_only("441226", 2017, db)
    notes = sections.unstated_indicators(indicators, analysis.stated_only("441226", 2017, db), scoped)
    computed = indicators[indicators["value"].notna()]
    first = "" if len(computed) else sections.no_indicator_note(indicators, scoped).data
    return first + (notes.data if notes is not None else "")


def test_a_bodys_figures_are_named_not_denied(project: Path, tmp_path: Path) -> None:
    words = _profile_words(project, tmp_path, "县政务服务中心")
    assert "报告未提供计算任何指标所需的数字" not in words and "没有可重新计算的数字" not in words
    assert "报告只写出了非全辖区范围的数字（下文列出），不足以算出全辖区的任何指标" in words
    assert "报告只自述了网上全流程办理率 75%，没有全辖区的数字可重新计算" in words
    assert "网上全流程办理率（县政务服务中心：网上全流程办理事项 150项、行政许可事项 200项）" in words, words


def test_the_whole_jurisdictions_figures_are_computed_as_before(project: Path, tmp_path: Path) -> None:
    words = _profile_words(project, tmp_path, "")
    assert "非全辖区" not in words and "县政务服务中心：" not in words
    assert analysis.scoped_only("441226", 2017, tmp_path / "db.duckdb").empty
