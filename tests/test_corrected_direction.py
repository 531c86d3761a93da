"""More reconsideration cases corrected is not judged "good": the correction rate itself has no better
direction (a higher rate may mean oversight at work or more unlawful acts), and its count must not say
otherwise. Trial 20: 重庆市's 413 → 639 corrected cases showed as 向好 good on the year-on-year page."""

from __future__ import annotations

from pathlib import Path

import imperfect

from indicators.read.db import query_frame

TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年直接纠错8件，2017年为5件。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
reconsideration_corrected,2018,8,件,,2018年直接纠错8件,
reconsideration_corrected,2017,5,件,,2017年为5件,
"""


def test_a_rise_of_corrected_cases_is_neutral(tmp_path: Path) -> None:
    db = imperfect.built_with_2018_report(tmp_path, TEXT, FIGURES)
    rows = query_frame("select base_value, value, direction from figure_changes "
                       "where metric_id = 'reconsideration_corrected'", db_path=db)
    assert [tuple(r) for r in rows.itertuples(index=False)] == [(5, 8, "neutral")]
