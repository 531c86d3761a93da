"""An indicator whose figures are stated over a denominator of zero is named as such under the profile's indicator
table, never among those a figure is missing for.

qa36 gave a county's page 清理规范性文件0件，拟废止0件 (township disclosure tables state zeros this way): the profile said
报告未提供计算以下指标所需的数字（a figure is missing）：规范性文件拟废止比例…, while the report states both figures and the
build had recorded why the share is empty: denominator is zero."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import built_page

from indicators.publish import sections
from indicators.read import analysis

PAGE = "封开县2021年法治政府建设情况报告\n2021年，清理规范性文件0件，拟废止0件。\n"
ROWS = ("normative_docs_reviewed,2021,0,件,,清理规范性文件0件,\n"
        "normative_docs_to_abolish,2021,0,件,,拟废止0件,\n")


def test_a_zero_denominator_is_named_not_called_missing(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "441225-2021", "封开县人民政府", ROWS)
    indicators = analysis.report_indicators("441225", 2021, db)
    note = sections.unstated_indicators(indicators).data
    assert "以下指标的分母为零，比例无从计算（denominator is zero）：规范性文件拟废止比例（0 / 0）" in note, note
    missing = note.split("a figure is missing）：")[1].split("。")[0]
    assert "规范性文件拟废止比例" not in missing.split("、"), missing
    assert "规范性文件拟修订比例" in missing.split("、"), missing  # 拟修订 is not stated: that one is missing
