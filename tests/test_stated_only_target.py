"""A rate the report states without the counts to recompute it, against its target. Trial 23 (宝鸡市 2024
states 网上可办率97.4% and 最多跑一次占比98.98%, no counts) led to a made-up Guangdong county stating
网上全流程办理率达90%: indicator_values keeps no row without a figure to compute from, so the target page read
"报告未提供" for that rate and the summary "报告未提供网上全流程办理率…，对应的N项目标无法对照", of a report
that states it. The page now shows the report's own words, unjudged, and the summary says so."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pandas as pd
import pytest

from indicators.publish import sections, summary
from indicators.read import analysis

TEXT = "封开县2017年法治政府建设情况。2017年，全县行政许可事项网上全流程办理率达90%。\n"
FIGURES = "metric_id,period,value,unit,qualifier,quote,note\nonline_full_process_rate_stated,2017,90,%,,网上全流程办理率达90%,\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The reference data plus 封开县 2017, whose one figure is the rate it states."""
    return imperfect.built_with_fengkai_report(tmp_path_factory.mktemp("stated-only"), 2017, TEXT, FIGURES)


def test_the_target_page_shows_the_stated_rate_unjudged(db: Path) -> None:
    gaps = analysis.target_gap("441225", 2017, "gd-2017-province", db_path=db)
    rate = gaps[gaps["measure_id"] == "online_full_process_rate"].iloc[0]
    assert rate["value_text"] == "报告自述90%（无法重新计算）" and rate["status_zh"] == "仅有报告自述值，未判断"
    others = gaps[gaps["measure_id"] != "online_full_process_rate"]
    assert (others["value_text"] == "报告未提供").all()
    assert "stated rates only" in sections.no_value_note(gaps).data


def test_the_summary_does_not_say_the_report_omits_it(db: Path) -> None:
    lines = summary.target_sentences(analysis.target_gap("441225", 2017, "gd-2017-province", db_path=db))
    assert any(line.startswith("报告自述网上全流程办理率为90%，但未提供可重新计算的数字") for line in lines)
    assert not any("报告未提供" in line and "网上全流程办理率" in line for line in lines)


def test_a_computed_rate_is_unchanged(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "gd-2017-province", db_path=db)
    rate = gaps[gaps["measure_id"] == "online_full_process_rate"].iloc[0]
    assert rate["value_text"] == "86.27%" and pd.isna(rate["stated_text"])
