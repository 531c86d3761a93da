"""A before/after pair is one report's own reform: its two figures come from the same report. qa44 onboarded
浙江省's 2016 and 2017 reports: 2017's states 省级行政许可事项从2016年的516项减少到459项 (a before figure of
2016), and 2016's own 省级实际执行事项减少到265项. The 2016 year-on-year page showed, as a reform within 2016,
行政审批事项（精简前） → 行政许可事项 516项 → 265项 (-48.64%): a later report's figure set before this one's,
a cut neither report states."""

from __future__ import annotations

import imperfect

from indicators.read.analysis import year_on_year

# a 2018 report of 四会市 stating 2017's licensing items as a before figure: the bundled 2017 report states 510
TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n行政许可事项从2017年的530项减少到500项。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
licensing_items_before,2017,530,项,,行政许可事项从2017年的530项减少到500项,
licensing_items,2018,500,项,,行政许可事项从2017年的530项减少到500项,
"""


def _pairs(db, year: int) -> list[tuple[str, float, float]]:
    changes = year_on_year("441284", year - 1, year, db_path=db)
    pairs = changes[changes["comparison"] == "before_after"]
    return sorted(zip(pairs["measure_id"], pairs["base_value"], pairs["value"], strict=True))


def test_a_later_reports_before_figure_is_no_reform_of_this_reports_year(tmp_path) -> None:
    db = imperfect.built_with_2018_report(tmp_path, TEXT, FIGURES)
    pairs_2017 = _pairs(db, 2017)
    assert ("licensing_items", 530, 510) not in pairs_2017, pairs_2017
    # the bundled report's own cuts stay: 开办企业 20 → 7, 工商登记 7 → 5
    assert pairs_2017 == [("business_registration_days_after", 7, 5), ("business_startup_days_after", 20, 7)]
    assert _pairs(db, 2018) == []  # 530 is of 2017, 500 of 2018: no pair within one year


def test_a_later_report_restating_the_after_figure_keeps_the_earlier_reports_reform(tmp_path) -> None:
    # the 2018 report restates 2017's start-up days (a later report's figure wins in metric_values): the 2017
    # report states both 20 and 7, so its cut is still a before/after pair of 2017
    text = TEXT + "2017年开办企业时间已压缩至7个工作日。\n"
    figures = FIGURES + "business_startup_days_after,2017,7,个工作日,,2017年开办企业时间已压缩至7个工作日,\n"
    db = imperfect.built_with_2018_report(tmp_path, text, figures)
    pairs_2017 = _pairs(db, 2017)
    assert ("business_startup_days_after", 20, 7) in pairs_2017, pairs_2017
    assert ("licensing_items", 530, 510) not in pairs_2017
