"""The licensing-shares section says the report omits the shares only when it does. Trial 28 onboarded 鹿寨县
2025 (blind20, the 行政审批局's half-year summary): it states 全县“零跑腿”事项达到1081项 and 占比99.91%, not the number
of licensing items; its profile said 报告未提供行政许可事项的办理方式比例 (the report does not state the shares of
licensing items) under a figures table showing both."""

from __future__ import annotations

from pathlib import Path

from test_stated_totals import _profile

PAGE = "鹿寨县2025年法治政府建设情况报告\n全县“零跑腿”事项达到1081项，占比99.91%。\n"
ROWS = ("zero_visit_items,2025,1081,项,,全县“零跑腿”事项达到1081项,\n"
        "zero_visit_rate_stated,2025,99.91,%,,占比99.91%,\n")


def test_stated_counts_and_shares_without_their_total_are_named(project: Path, tmp_path: Path) -> None:
    text = _profile(project, tmp_path, PAGE, ROWS, "450223-2025", "鹿寨县人民政府")
    assert "报告未提供行政许可事项的办理方式比例" not in text
    assert "报告写出了零跑动事项 1081项、零跑动比例（报告所述） 99.91%，但没有写出行政许可事项的总数" in text


def test_a_report_without_them_still_says_it_is_not_stated(project: Path, tmp_path: Path) -> None:
    page = PAGE.replace("全县“零跑腿”事项达到1081项，占比99.91%。", "全年办结行政复议案件12件。")
    rows = "reconsideration_concluded,2025,12,件,,办结行政复议案件12件,\n"
    text = _profile(project, tmp_path, page, rows, "450223-2025", "鹿寨县人民政府")
    assert "报告未提供行政许可事项的办理方式比例（not stated in the report: shares of licensing items）" in text


