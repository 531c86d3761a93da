"""A target of a document issued after the report's year is read against the value, and says so; the summary
never says the report omits what its year did not ask for. Trial 24: 广东省 2013's summary said the report gives no
figure for 15 targets of documents of 2015-2018, and a Guangdong county's 2014 rate read as 提前达标 against
粤办函〔2015〕208号 (issued 2015-04-29) with no word of when that document came."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.publish import summary
from indicators.read import analysis

TEXT = "封开县2014年法治政府建设情况。2014年，全县行政许可事项100项，其中网上全流程办理事项60项。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
licensing_items,2014,100,项,,全县行政许可事项100项,
online_full_process_items,2014,60,项,,其中网上全流程办理事项60项,
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The reference data plus 封开县 2014, whose online rate (60%) every later Guangdong target names."""
    return imperfect.built_with_fengkai_report(tmp_path_factory.mktemp("issued-later"), 2014, TEXT, FIGURES)


def test_a_later_documents_target_is_read_and_says_when_it_was_issued(db: Path) -> None:
    gaps = analysis.target_gap("441225", 2014, "gd-2017-province", db_path=db)
    rate = gaps[gaps["measure_id"] == "online_full_process_rate"].iloc[0]
    assert rate["value"] == pytest.approx(60.0) and rate["issued_later"]
    lines = summary.target_sentences(gaps)
    assert "网上全流程办理率为60%，尚未达到" in lines[0] and lines[0].endswith("（该文件在报告年度之后印发）。")


def test_the_summary_does_not_say_the_report_omits_what_its_year_did_not_ask(db: Path) -> None:
    gaps = analysis.target_gap("441225", 2014, "", db_path=db)
    assert gaps["issued_later"].all()
    lines = summary.target_sentences(gaps)
    assert not any("无法对照" in line for line in lines)
    missing = int(gaps["value"].isna().sum())
    assert lines[-1].startswith(f"另有{missing}项目标出自报告年度之后印发的文件（") and "粤办函〔2015〕" in lines[-1]


def test_the_bundled_reports_own_years_documents_are_not_marked(db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "gd-2017-province", db_path=db)
    assert not gaps["issued_later"].any()
    assert not any("之后印发" in line for line in summary.target_sentences(gaps))
