"""A rate a report states as a bound keeps its sign wherever the stated value is shown: qa38 onboarded 北京市 2022
(市区两级98%以上事项实现网上办理) and a page stating 网上全流程办理率达80%以上 beside its counts. The report profile's
报告所述值 column read 80 beside the recomputed 86.27, and the export's indicator values had 98 and 80 with nothing to
say that either was 以上 (the figures sheet has the qualifier; an analyst comparing 北京市's 98 with 黑河市's exact
98.4 in the indicator sheet read both as exact)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from onboarded_page import built_page, run

from indicators.read import analysis

COUNTS = ("licensing_items,2017,510,项,,行政许可事项510项,\n"
          "online_full_process_items,2017,440,项,,其中网上全流程办理事项440项,\n")
PAGE = "鼎湖区2017年法治政府建设情况报告\n行政许可事项510项，其中网上全流程办理事项440项，{stated}。\n"


@pytest.mark.parametrize(("stated", "row", "text", "words"), [
    ("网上全流程办理率达80%以上", "80,%,lower_bound", "≥ 80", "下限（以上、多、余）"),
    ("网上全流程办理率在90%以下", "90,%,upper_bound", "≤ 90", "上限（以内、以下）"),
    ("网上全流程办理率达86.27%", "86.27,%,", "86.27", None),
])
def test_the_profile_and_the_export_keep_a_stated_bound(
        project: Path, tmp_path: Path, stated: str, row: str, text: str, words: str | None) -> None:
    rows = COUNTS + f"online_full_process_rate_stated,2017,{row},{stated},\n"
    db = built_page(project, tmp_path, PAGE.format(stated=stated), "441203-2017", "鼎湖区人民政府", rows)
    shown = analysis.report_indicators("441203", 2017, db).set_index("indicator_id")
    assert shown.loc["online_full_process_rate", "stated_text"] == text
    assert pd.isna(shown.loc["licensing_share_of_service_items", "stated_text"])  # nothing stated: the page's —

    out = tmp_path / "export"
    result = run(project, "export", "--format", "xlsx", "--jurisdiction", "441203", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(next(out.glob("*.xlsx")))["指标值 indicator_values"]
    header = [c.value for c in sheet[1]]
    (line,) = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)
               if r[header.index("指标 indicator")].value == "online_full_process_rate"]
    record = dict(zip(header, line, strict=True))
    assert float(record["报告所述值 stated value"]) == float(text.lstrip("≥≤ "))
    assert record["所述值限定 stated qualifier"] == words
    assert header.index("所述值限定 stated qualifier") == header.index("报告所述值 stated value") + 2


def test_a_stated_only_bound_is_exported_with_its_qualifier(project: Path, tmp_path: Path) -> None:
    """北京市 2022: 市区两级98%以上事项实现网上办理, a rate with no counts behind it (reason 仅有报告自述值)."""
    page = "北京市2022年法治政府建设年度情况报告\n市区两级98%以上事项实现网上办理。\n"
    rows = "online_availability_rate_stated,2022,98,%,lower_bound,市区两级98%以上事项实现网上办理,\n"
    db = built_page(project, tmp_path, page, "110000-2022", "北京市人民政府", rows)
    out = tmp_path / "export"
    result = run(project, "export", "--format", "csv", "--jurisdiction", "110000", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(next(out.glob("*_csv")) / "indicator_values.csv", dtype=str, keep_default_na=False)
    (record,) = frame[frame["indicator_id"] == "online_availability_rate"].to_dict("records")
    assert (record["stated_value"], record["stated_qualifier"], record["stated_qualifier_zh"]) == (
        "98", "lower_bound", "下限（以上、多、余）")
