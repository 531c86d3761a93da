"""A targeted indicator whose figures a report states over a denominator of zero is not 报告未提供 on the target page
or in the summary: the page says the denominator is zero and judges nothing.

qa36 gave 封开县 2017 行政许可事项0项，其中网上全流程办理事项0项: against gd-2017-province the target page said 实际值
报告未提供 and the summary 报告未提供…网上全流程办理率, though the report states both figures and the build recorded why the
share is empty (denominator is zero)."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import built_page

from indicators.publish import sections, summary
from indicators.read import analysis

PAGE = "封开县2017年法治政府建设情况报告\n2017年，全县行政许可事项0项，其中网上全流程办理事项0项。\n"
ROWS = ("licensing_items,2017,0,项,,全县行政许可事项0项,\n"
        "online_full_process_items,2017,0,项,,其中网上全流程办理事项0项,\n")


def test_a_zero_denominator_is_said_not_called_unreported(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "441225-2017", "封开县人民政府", ROWS)
    gaps = analysis.target_gap("441225", 2017, "gd-2017-province", db)
    row = gaps.set_index("measure_id").loc["online_full_process_rate"]
    assert row["value_text"] == "无法计算（分母为零）", row["value_text"]
    assert row["status_zh"] == "分母为零，无法计算，未作对照" and row["status_en"] == "denominator is zero, not judged", row
    lines = summary.target_sentences(gaps)
    assert "报告所列网上全流程办理率的分母为零，无法计算，对应的1项目标未作对照。" in lines, lines
    unreported = [line for line in lines if line.startswith("报告未提供")]
    # 最多跑一次比例 lacks its numerator (no 最多跑一次事项): that one is unreported, 网上全流程办理率 is not
    assert len(unreported) == 1 and "最多跑一次比例" in unreported[0] and "网上全流程办理率" not in unreported[0], lines
    note = sections.no_value_note(gaps).data
    assert "分母为零" in note and "报告未提供任何" not in note, note
