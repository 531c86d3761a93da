"""Whose figure it is (round 8 of #17): one metric and period on one row, the government's own figure over every
body's, and a headline repeated in the body."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def dated(text: str, year: int, rules) -> list[tuple[str, str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "period", "value"]].itertuples(index=False, name=None))


def test_a_repeated_headline_leaves_the_bodys_change_named(rules) -> None:
    text = "2023年依法办结行政复议案件29.3万件\n依法办结行政复议案件29.3万件，同比增长14.45%。"
    rows = dated(text, 2023, rules)
    assert rows[0] == ("reconsideration_concluded", "2023", "29.3") and rows[1] == ("", "2023", "29.3")
    assert rows[-1] == ("reconsideration_concluded_growth_stated", "2023", "14.45")
    # a breakdown of another value left unassigned takes its change with it (全市各级… then 其中市政府…)
    rows = dated("全市各级行政复议机关共收到申请1218件，同比增长5%，其中市政府收到行政复议申请512件。", 2023, rules)
    assert rows == [("", "2023", "1218"), ("", "2023", "5"), ("reconsideration_cases", "2023", "512")]


def test_the_governments_own_figure_keeps_the_metric_over_every_bodys(rules) -> None:
    text = "全市新收行政复议申请8745件，同比增长75.7%。市本级新收行政复议申请3326件。"
    assert dated(text, 2024, rules) == [("", "2024", "8745"), ("", "2024", "75.7"), ("reconsideration_cases", "2024", "3326")]
    # in a county's report 全县 is its own scope: with no own-level figure beside it, it keeps the metric
    assert dated("全县新收行政复议申请120件。", 2024, rules) == [("reconsideration_cases", "2024", "120")]


def test_a_change_is_of_the_number_right_before_it_and_of_its_year(rules) -> None:
    text = "市本级新收行政复议申请3326件（2023年为867件），同比增长283.6%，复议诉讼比值达9.1，同比增长5%。"
    # the rise after the aside is the rise of 3326, not of the aside's 867; the rise after the ratio is the ratio's
    assert dated(text, 2024, rules) == [("reconsideration_cases", "2024", "3326"), ("reconsideration_cases", "2023", "867"),
                                        ("reconsideration_cases_growth_stated", "2024", "283.6"), ("", "2024", "5")]


def test_a_change_after_an_aside_is_of_the_figure_before_the_aside(rules) -> None:
    text = "2020年，重庆法院受理一审行政诉讼案件9895件（含旧存1212件），同比下降14.28%。"
    rows = dated(text, 2020, rules)
    assert rows[0] == ("litigation_cases", "2020", "9895") and rows[-1] == ("litigation_cases_decline_stated", "2020", "14.28")


def test_satisfaction_with_the_rule_of_law_building_is_no_services(rules) -> None:
    assert dated("法治建设群众满意率97.89%。", 2024, rules)[0][0] == ""
    assert dated("群众对我市政府法治建设的满意度为84.56%。", 2018, rules)[0][0] == ""
    assert dated("政务服务中心群众满意率达100%。", 2018, rules)[0][0] == "service_satisfaction_rate_stated"


def test_a_whole_over_every_body_yields_to_the_own_levels_part_under_qizhong(rules) -> None:
    # the subject named last before each figure decides, not an own word earlier in the sentence (省政府 as the
    # one who counted): the province's whole and its outcomes go unnamed, its own part under 其中 takes them
    text = ("经省政府汇总，全省共清理出现行有效的规范性文件900件，修改80件，保留500件，"
            "其中省政府及各部门清理出规范性文件300件，修改20件，保留150件。")
    rows = dated(text, 2014, rules)
    assert [metric for metric, _, _ in rows] == ["", "", "", "normative_docs_reviewed", "normative_docs_amended",
                                                 "normative_docs_retained"]
    # the bodies of several levels (省、市、县三级) are every body's; the part under 其中 is the government's own
    rows = dated("省、市、县三级政府共聘请法律顾问387人。其中省政府聘请法律顾问9人。", 2014, rules)
    assert rows == [("", "2014", "387"), ("legal_advisers", "2014", "9")]
    # a channel the government runs is not its own level: the whole keeps the metric, and the channel's part is the
    # website's posts (round 79, as six of the eight curated files stating such a part name it)
    rows = dated("全市主动公开政府信息5000条，其中市政府门户网站主动公开政府信息2000条。", 2023, rules)
    assert rows[0][0] == "disclosure_proactive_items" and rows[1][0] == "disclosure_website_posts"


def test_a_count_over_several_levels_bodies_takes_no_metric(rules) -> None:
    # round 21: the bodies of several levels named last before the figure in its sentence (in its own clause or one
    # before it) make it no one government's figure, whichever path named it (a session's body, a wording)
    assert dated("市县两级政府常务会议共学法45次。", 2023, rules) == [("", "2023", "45")]
    assert dated("各级政府认真落实备案制度，全年备案审查规范性文件1602件。", 2023, rules) == [("", "2023", "1602")]
    assert dated("各地区各部门已取消证明事项1300项。", 2023, rules) == [("", "2023", "1300")]
    # one government's own figure keeps it, as does a count of the people of several levels
    assert dated("县政府常务会议共学法45次。", 2023, rules) == [("executive_law_study_sessions", "2023", "45")]
    assert dated("全年备案审查规范性文件1602件。", 2023, rules) == [("normative_docs_filed", "2023", "1602")]
    assert dated("全县各级领导干部参加法治培训3000人次。", 2023, rules)[0][0] == "law_training_attendance"
    # the bodies as the object of a verb in a clause before (推动各级政府…) are not the figure's subject
    assert dated("推动各级政府全面整改，取消行政许可事项9项。", 2023, rules)[0][0] != ""
