"""The profile's normative-documents section draws the outcomes a report states as decided (废止、修改、继续有效、
宣布失效) where it states no proposed ones (拟废止 …).

qa36 onboarded 三亚市 2021 (blind27): 237件市政府行政规范性文件进行了集中清理, 决定继续有效24件, 限期修改115件, 废止35件,
宣布失效11件. The consistency table above listed the four outcomes, and the section below said 报告写出了…237件，但没有
写全其处理结果 and drew nothing: it read the proposed outcomes alone."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import built_page

from indicators.publish import charts, sections
from indicators.read import analysis

PAGE = ("三亚市人民政府关于2021年度法治政府建设情况的报告\n对237件市政府行政规范性文件进行了集中清理，决定继续有效24件，"
        "限期修改115件，废止35件，宣布失效11件。\n")
ROWS = ("normative_docs_reviewed,2021,237,件,,237件市政府行政规范性文件进行了集中清理,\n"
        "normative_docs_retained,2021,24,件,,决定继续有效24件,\n"
        "normative_docs_amended,2021,115,件,,限期修改115件,\n"
        "normative_docs_abolished,2021,35,件,,废止35件,\n"
        "normative_docs_invalidated,2021,11,件,,宣布失效11件,\n")


def test_decided_outcomes_are_drawn_where_no_proposed_ones_are_stated(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "460200-2021", "三亚市人民政府", ROWS)
    parts = analysis.document_outcomes("460200", 2021, db)
    assert sorted(parts["value"]) == [11, 24, 35, 115] and set(parts["total"]) == {237}, parts
    assert sections.complete_split(parts)
    chart = charts.split_chart(parts, "三亚市（460200）2021年 清理审核的规范性文件处理结果")
    assert "48.5%" in " ".join(chart.data["label"])  # 115 of 237


def test_proposed_outcomes_come_first(built_db: Path) -> None:
    """四会市 2017 states its 221 reviewed documents' proposed outcomes (拟废止 …): those are the section's."""
    parts = analysis.document_outcomes("441284", 2017, built_db)
    expected = analysis.rule_parts("441284", 2017, "normative_doc_outcomes", built_db)
    assert len(parts) and list(parts["metric_id"]) == list(expected["metric_id"])
