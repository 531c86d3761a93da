"""The quotes shown beside a value are the figures it was computed from, with two reports of one place.

A 2018 report of 四会市 restates its 2017 licensing items differently (520, not 510). metric_values
lets the later report win; the 2017 report's indicators must still quote the 2017 report.
"""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.read import analysis

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n2017年，全市行政许可事项调整为520项。"
        "2018年，行政许可事项500项，其中网上全流程办理事项450项。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
licensing_items,2017,520,项,,2017年，全市行政许可事项调整为520项,restated
licensing_items,2018,500,项,,行政许可事项500项,
online_full_process_items,2018,450,项,,其中网上全流程办理事项450项,
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("two-reports"), TEXT, FIGURES)


def test_each_report_quotes_the_figures_its_values_came_from(db: Path) -> None:
    earlier = analysis.report_indicators("441284", 2017, db).set_index("indicator_id").loc["online_full_process_rate"]
    assert earlier["denominator"] == 510
    assert "行政许可510项" in earlier["quotes"] and "520" not in earlier["quotes"]
    assert "行政许可事项 510项（2017）" in earlier["figures"]
    later = analysis.report_indicators("441284", 2018, db).set_index("indicator_id").loc["online_full_process_rate"]
    assert later["denominator"] == 500 and "行政许可事项500项" in later["quotes"]
