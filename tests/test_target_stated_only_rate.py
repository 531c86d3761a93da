"""A rate a report states of a targeted indicator that has no stated metric in indicators.csv is the report's own
words on the target page and in the summary, never 报告未提供 (the report does not state it).

qa36 onboarded 中山市 2019 (blind24, its 政务服务数据管理局's summary): 政务服务事项网上可办率达95%, curated as
online_availability_rate_stated. Against gd-2020-digital-government's ≥ 70% the target page said 实际值 报告未提供 and
达标情况 报告未提供, and the summary 报告未提供…网上可办率，对应的2项目标无法对照: the indicator 网上可办率 has a target but
no stated metric in the catalog, so the report's own 95% was never looked for."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build, built_page

from indicators.publish import summary
from indicators.read import analysis

PAGE = "中山市2019年法治政府建设情况报告\n2019年，政务服务事项网上可办率达95%，群众满意率超过99%。\n"
ROW = "online_availability_rate_stated,2019,95,%,,政务服务事项网上可办率达95%,\n"
TARGET_SET = "gd-2020-digital-government"


def test_a_stated_rate_without_a_catalog_link_is_shown_not_called_unreported(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "442000-2019", "中山市人民政府", ROW)
    gaps = analysis.target_gap("442000", 2019, TARGET_SET, db).set_index("measure_id")
    row = gaps.loc["online_availability_rate"]
    assert row["value_text"] == "报告自述95%（无法重新计算）", row["value_text"]
    assert row["status_zh"] == "仅有报告自述值，未判断", row["status_zh"]
    lines = "".join(summary.target_sentences(gaps.reset_index()))
    assert "报告自述网上可办率为95%" in lines, lines
    assert "报告未提供" not in lines, lines


def test_a_report_stating_nothing_of_the_indicator_is_still_unreported(project: Path, tmp_path: Path) -> None:
    """The fallback looks for the indicator's own stated rate only: another stated rate (满意率) is not taken for it."""
    add_page(project, tmp_path, PAGE, "442000-2019", "中山市人民政府")
    db = tmp_path / "db.duckdb"
    other = "service_satisfaction_rate_stated,2019,99,%,lower_bound,群众满意率超过99%,\n"
    assert build(project, "442000-2019", other, db).exit_code == 0
    row = analysis.target_gap("442000", 2019, TARGET_SET, db).set_index("measure_id").loc["online_availability_rate"]
    assert row["value_text"] == "报告未提供" and row["status_zh"] == "报告未提供", row
