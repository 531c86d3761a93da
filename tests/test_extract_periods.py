"""Of which year a figure is (round 8 of #17): the year a text speaks from, years compared with,
plan periods, 当年 and a year owning a list."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def dated(text: str, year: int, rules) -> list[tuple[str, str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "period", "value"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(("text", "year", "expected"), [
    # a release of the year after (no figure of 今年): its 去年 is the report's year, 前年 the one before
    ("去年，省政府共收到行政复议申请2371件。", 2016, [("reconsideration_cases", "2016", "2371")]),
    ("前年共收到行政复议申请80件。", 2016, [("reconsideration_cases", "2015", "80")]),
    # ...but a year compared with is the year before the figure compared, whatever the text's vantage
    ("出庭应诉率22%，较上年的13.5%有较大提高。", 2017,
     [("litigation_appearance_rate_stated", "2017", "22"), ("litigation_appearance_rate_stated", "2016", "13.5")]),
    # a text written in the report's year: 今年 is the report year, 去年 the year before
    ("今年共收到行政复议申请45件，去年收到30件。", 2017,
     [("reconsideration_cases", "2017", "45"), ("reconsideration_cases", "2016", "30")]),
    # 同2023年比, 和上年相比: the year compared with, not the period of the figures after it
    ("全县审结一审行政案件18件，败诉率22.22%，同2023年比下降14.45个百分点；共办结行政复议案件32件。", 2024,
     [("litigation_concluded", "2024", "18"), ("litigation_loss_rate_stated", "2024", "22.22"),
      ("litigation_loss_rate_decline_points", "2024", "14.45"), ("reconsideration_concluded", "2024", "32")]),
    # ...while 2022年和2023年 lists years: the one before the number is its period
    ("2022年和2023年共收到行政复议申请90件。", 2024, [("reconsideration_cases", "2023", "90")]),
    # 当年 is the year named before it in the sentence
    ("新修订的行政复议法2024年初施行，当年全国新收行政复议案件74.96万件。", 2025,
     [("reconsideration_cases", "2024", "74.96")]),
    # 2010年起 runs to date like 2010年以来 (not 2010年起草)
    ("2010年起，年均收案量超过10万件。", 2013, [("", "2013", "10")]),
    # a year owns each number of the list after it: 从2020年的21.8%、8.4%
    ("案件占比从2020年的21.8%、8.4%上升至2024年的41.5%、24.1%。", 2024,
     [("", "2020", "21.8"), ("", "2020", "8.4"), ("", "2024", "41.5"), ("", "2024", "24.1")]),
])
def test_periods(text, year, expected, rules) -> None:
    assert dated(text, year, rules) == expected


def test_a_closed_plan_period_dates_its_paragraph_by_its_last_year(rules) -> None:
    text = ("据了解，“七五”普法期间全省组建普法讲师团5266人。全省完成了各项任务。同时，累计培训村干部16.7万人次。\n"
            "会议授予80个单位先进集体称号。")
    assert [row[1] for row in dated(text, 2022, rules)] == ["2020", "2020", "2022"]
    # a sentence naming the plan with no figure after it says nothing of the sentences that follow
    assert dated("我省圆满完成了“七五”普法期间各项任务。开展普法活动300场。", 2022, rules)[0][1] == "2022"
    # a plan still running in the report year runs to date: the report year
    assert [row[1] for row in dated("“十四五”期间共办理行政复议案件204万件。", 2023, rules)] == ["2023"]


@pytest.mark.parametrize(("text", "year", "named"), [
    # a span from a year before the report's up to now is a total over several years: no year's value
    ("行政复议工作稳步推进，2024年以来，以调解和解等方式结案16.8万件。", 2025, ""),
    ("行政复议工作稳步推进，2025年以来，以调解和解等方式结案16.8万件。", 2025, "reconsideration_mediated"),
    # a plan period's figures are the plan's totals, whether it ended before the report year or in it
    ("“十四五”期间，行政复议机构以调解和解等方式结案16.8万件。", 2025, ""),
    # the plan so far: “六五”普法开展以来, in this sentence or an earlier one of the paragraph
    ("据了解，“六五”普法开展以来，各级举办法制讲座2255场次。", 2014, ""),
    ("据了解，“六五”普法开展以来，各级举办法制培训班5665期；举办法制讲座2255场次。", 2014, ""),
    # ...but one figure a year of a 分别为 list under the span is each year's value
    ("2018年以来，全省行政机关败诉率分别为16.4%、11.36%、9.72%、10.83%。", 2022, "litigation_loss_rate_stated"),
])
def test_a_total_over_several_years_names_no_metric(text, year, named, rules) -> None:
    rows = dated(text, year, rules)
    assert rows[0][0] == named, rows
    assert all("a total over several years" in note for note in extract_figures(text, year, rules)["note"]) == (not named)


def test_an_aside_right_after_a_figure_gives_it_for_another_year(rules) -> None:
    text = "2020年，全市法院共受理行政诉讼、国家赔偿等各类案件7976件（2019年6593件），审结7982件（2019年为6803件）。"
    assert dated(text, 2020, rules) == [
        ("court_admin_cases_received", "2020", "7976"), ("court_admin_cases_received", "2019", "6593"),
        ("court_admin_cases_concluded", "2020", "7982"), ("court_admin_cases_concluded", "2019", "6803")]
    # an aside that is not another year of the figure before it names nothing
    assert dated("全市法院共受理行政诉讼等各类案件7976件（含非诉审查1200件）。", 2020, rules)[1][0] == ""


def test_a_point_of_a_year_owns_its_number_and_较之_compares(rules) -> None:
    # 在2012年底前是10个: the year owns the number after 底前是, not the later clauses of the 截至 census
    text = "截至2017年4月，全国共设立政务大厅3058个，而这一数字在2012年底前是10个；地级市政务大厅323个。"
    assert [row[1:] for row in dated(text, 2017, rules)] == [("2017", "3058"), ("2012", "10"), ("2017", "323")]
    # 较之2015年 is a year compared with, as 较2015年 is: the change after it is of the year before 较之
    text = "2016年被评估城市的平均得分率为66.31%，较之2015年上升4.57%。"
    assert [row[1:] for row in dated(text, 2017, rules)] == [("2016", "66.31"), ("2016", "4.57")]


def test_a_stock_passing_a_level_under_a_span_is_named_but_a_total_is_not(rules) -> None:
    # 突破 is 超过 (a lower bound), and a stock that passed a level by the span's end is the count in place
    frame = extract_figures("五年，全市人民调解组织突破3000个，累计调解纠纷突破9万件。", 2025, rules)
    assert list(zip(frame["metric_id"], frame["value"], frame["qualifier"], strict=True)) == [
        ("people_mediation_committees", "3000", "lower_bound"), ("", "9", "lower_bound")]


def test_a_year_and_以后_runs_to_date_as_以来_does(rules) -> None:
    text = "2000年以前，客户多是国企；2016年以后，企业咨询和诉讼案件每年都有40起以上。"
    assert [row[1:] for row in dated(text, 2020, rules)] == [("2020", "40")]
