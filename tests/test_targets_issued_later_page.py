"""The target page of a report older than a target's document says so, instead of 报告未提供 (the report does not
state it). Trial 25 onboarded 慈溪市 2012-2014 (blind9, blind21): their target pages listed the 2019 start-up
target of 国办发〔2018〕32号 with 实际值 报告未提供 and 达标情况 报告未提供, and under the table 报告未提供任何有目标的
指标数值, for a document issued four to six years after the report; the summary already said so (trial 24)."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build

from indicators.publish import sections
from indicators.read import analysis

PAGE = "慈溪市2013年依法行政工作报告\n2013年，落实八个方面40项重点工作。\n"
ROW = "rule_of_law_tasks,2013,40,项,,落实八个方面40项重点工作,\n"


def test_a_target_of_a_later_document_is_not_called_unreported(project: Path, tmp_path: Path) -> None:
    add_page(project, tmp_path, PAGE, "330282-2013", "慈溪市人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "330282-2013", ROW, db).exit_code == 0
    gaps = analysis.target_gap("330282", 2013, "", db)
    later = gaps[gaps["issued_later"].astype(bool)]
    assert len(later) and set(later["status_zh"]) == {"文件在报告年度之后印发，未作对照"}
    assert set(later["value_text"]) == {"—"}
    note = sections.no_value_note(gaps).data
    assert "报告未提供" not in note and "报告年度之后印发" in note, note


def test_a_target_of_an_earlier_document_is_still_unreported(project: Path, tmp_path: Path) -> None:
    add_page(project, tmp_path, PAGE.replace("2013", "2019"), "330282-2019", "慈溪市人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "330282-2019", ROW.replace("2013", "2019"), db).exit_code == 0
    gaps = analysis.target_gap("330282", 2019, "", db)
    assert len(gaps) and not gaps["issued_later"].astype(bool).any()
    assert set(gaps["status_zh"]) == {"报告未提供"} and "报告未提供" in sections.no_value_note(gaps).data
