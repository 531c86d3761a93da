"""A target's gap from a bound is a bound: 黑龙江省 2020 (blind2, onboarded in qa33) states 企业开办压减至3个工作日以内,
and its target page read 达标 | -5.50个工作日 against the national ≤ 8.5, a gap as exact as if the report had said 3."""

from __future__ import annotations

import imperfect
import pytest

from indicators.publish import sections
from indicators.read import analysis

TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，企业开办压减至3个工作日以内。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
business_startup_days_after,2018,3,个工作日,upper_bound,企业开办压减至3个工作日以内,
"""


@pytest.fixture(scope="module")
def gaps(tmp_path_factory):
    db = imperfect.built_with_2018_report(tmp_path_factory.mktemp("bound-gap"), TEXT, FIGURES)
    return analysis.target_gap("441284", 2018, "", db)


def test_the_gap_of_a_bound_keeps_its_sign(gaps) -> None:
    html = sections.gaps_table(gaps).to_html()
    assert "≤ -5.50个工作日" in html or "≤ -5.5个工作日" in html, html
    assert "≤ -2个工作日" in html  # against 广东's ≤ 5
