"""A target whose scope is unclear for the jurisdiction and whose deadline is after the report's year. targets38
found 四会市 2015's summary saying 未达到…2017年目标（珠三角九市）…差35个百分点；但…故不作判断: a shortfall against a
target due two years later, which no reader should take as missed. It now reads 尚未达到…，期限未到, and still
does not judge (the scope is unclear)."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.publish import summary
from indicators.read import analysis

TEXT = "封开县2016年法治政府建设情况。全县行政许可事项200项，其中网上全流程办理事项90项。\n"
FIGURES = ("metric_id,period,value,unit,qualifier,quote,note\n"
           "licensing_items,2016,200,项,,行政许可事项200项,\n"
           "online_full_process_items,2016,90,项,,网上全流程办理事项90项,\n")


@pytest.fixture(scope="module")
def lines(tmp_path_factory) -> list[str]:
    """封开县 (a county of 肇庆市, one of the nine cities) 2016 at 45%, against the 2017 tiers."""
    db: Path = imperfect.built_with_fengkai_report(tmp_path_factory.mktemp("ambiguous"), 2016, TEXT, FIGURES)
    gaps = analysis.target_gap("441225", 2016, "", db)
    prd = gaps[(gaps["target_set"] == "gd-2017-prd") & (gaps["measure_id"] == "online_full_process_rate")]
    assert list(prd["status"]) == ["scope ambiguous"] and bool(prd["before_deadline"].iloc[0])
    return summary.target_sentences(gaps)


def test_a_scope_ambiguous_target_not_yet_due_reads_not_yet_due(lines: list[str]) -> None:
    line = next(line for line in lines if "珠三角九市" in line and "网上全流程办理率" in line)
    assert "尚未达到" in line and "期限未到" in line and "故不作判断" in line, line
    assert "，未达到" not in line and "差" not in line, line


def test_the_province_tier_due_later_still_reads_not_yet_due(lines: list[str]) -> None:
    line = next(line for line in lines if "2017年目标（全省）" in line and "网上全流程办理率" in line)
    assert "尚未达到" in line and "期限未到" in line, line
