"""A split section that draws nothing (service items into 许可/公共服务, reviewed normative documents by outcome)
says the report omits the total only when it does. Trial 25 onboarded 顺义区 2021 (blind21), which states
1700余个事项进驻区级政务服务中心 and no split: its profile said 报告未提供综合受理窗口事项的总数及其构成, a total the
report gives and the figures table above shows as ≥ 1700个."""

from __future__ import annotations

import re
from pathlib import Path

from onboarded_page import add_page, build

from indicators.publish.execute import run_suite
from indicators.publish.params import suite

PAGE = ("顺义区2021年法治政府建设情况报告\n2021年，1700余个事项进驻区级政务服务中心。\n"
        "全年清理审核现行有效的行政规范性文件120件。\n")
ROWS = ("service_items_total,2021,1700,个,lower_bound,1700余个事项进驻区级政务服务中心,\n"
        "normative_docs_reviewed,2021,120,件,,清理审核现行有效的行政规范性文件120件,\n")


def _profile(project: Path, tmp_path: Path, page: str, rows: str, report_id: str = "110113-2021",
             issuer: str = "顺义区人民政府") -> str:
    add_page(project, tmp_path, page, report_id, issuer)
    db = tmp_path / "db.duckdb"
    assert build(project, report_id, rows, db).exit_code == 0
    code, year = report_id.split("-")
    summary = run_suite(suite(names=["01_report_profile"]), {"jurisdiction": code, "year": int(year)},
                        tmp_path / "out", "t", progress=False, db_path=db, jobs=1)
    assert summary.failed == [], [r.describe() for r in summary.failed]
    html = (summary.folder / "01_report_profile.html").read_text(encoding="utf-8")
    return re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b.*?</\1>", "", html, flags=re.S))


def test_a_stated_total_without_its_split_is_named_not_called_missing(project: Path, tmp_path: Path) -> None:
    text = _profile(project, tmp_path, PAGE, ROWS)
    assert "报告未提供综合受理窗口事项的总数" not in text and "报告未提供规范性文件清理的总数" not in text
    assert "报告写出了进驻综合受理窗口的实施事项 ≥ 1700个，但没有写全行政许可与公共服务事项" in text
    assert "报告写出了清理审核的现行有效规范性文件 120件，但没有写全其处理结果" in text


def test_a_report_without_the_total_still_says_it_is_not_stated(project: Path, tmp_path: Path) -> None:
    text = _profile(project, tmp_path, PAGE, ROWS.splitlines(keepends=True)[1])
    assert "报告未提供综合受理窗口事项的总数及其构成（not stated in the report: service items and their split）" in text
    assert "报告写出了清理审核的现行有效规范性文件 120件" in text


# 城东区 2023 (blind22): a health bureau's disclosure report gives 19项行政许可 and no count at the window; its
# profile said 报告未提供综合受理窗口事项的总数及其构成 under a figures table showing 行政许可事项 19项.
PARTS_PAGE = ("西宁市城东区卫生健康局2023年度政府信息公开工作年度报告\n完成19项行政许可政事项目录编制。\n"
              "全年清理规范性文件，拟保留115件，修改9件。\n")
PARTS_ROWS = ("licensing_items,2023,19,项,,19项行政许可政事项目录编制,\n"
              "normative_docs_to_retain,2023,115,件,,拟保留115件,\n"
              "normative_docs_to_amend,2023,9,件,,修改9件,\n")


def test_parts_without_their_total_are_named_not_called_missing(project: Path, tmp_path: Path) -> None:
    text = _profile(project, tmp_path, PARTS_PAGE, PARTS_ROWS, "630102-2023", "西宁市城东区卫生健康局")
    assert "报告未提供综合受理窗口事项的总数" not in text and "报告未提供规范性文件清理的总数" not in text
    assert "报告写出了行政许可事项 19项，但没有写出进驻综合受理窗口的实施事项的总数" in text
    assert "报告写出了拟修订的规范性文件 9件、拟保留的规范性文件 115件，但没有写出清理审核的现行有效规范性文件的总数" in text
