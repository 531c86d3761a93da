"""A stated growth may pass 100%: 防城区 2024's 同比增长128.78% was refused as [percent-over-100] (trial 20),
since every value in % was capped at 100. Metrics of kind `growth` (a rise on the period before) take no
maximum; a share or a decline stated in % still does."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.build import build_database
from indicators.errors import IndicatorsError
from indicators.read.db import query_frame

TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，收到行政复议申请同比增长128.78%，纠错率达128%。\n"
GROWTH = """metric_id,period,value,unit,qualifier,quote,note
reconsideration_cases_growth_stated,2018,128.78,%,,同比增长128.78%,
"""


def test_a_growth_above_100_percent_is_built(tmp_path: Path) -> None:
    db = imperfect.built_with_2018_report(tmp_path, TEXT, GROWTH)
    rows = query_frame("select value from figures where metric_id = 'reconsideration_cases_growth_stated'", db_path=db)
    assert rows["value"].tolist() == [128.78]


def test_a_share_above_100_percent_is_still_refused(tmp_path: Path) -> None:
    raw = imperfect.raw_folder(tmp_path, fixtures=())
    imperfect.add_2018_report(raw, TEXT, GROWTH.replace("reconsideration_cases_growth_stated,2018,128.78,%,,同比增长128.78%",
                                                        "reconsideration_correction_rate_stated,2018,128,%,,纠错率达128%"))
    with pytest.raises(IndicatorsError) as caught:
        build_database(raw_dir=raw, db_path=tmp_path / "indicators.duckdb")
    assert "[percent-over-100]" in str(caught.value)
