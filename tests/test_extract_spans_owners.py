"""Whose caseload a count is and over which span (round 9 of #17): a span named where the text, its paragraph or the
figure's sentence opens makes a total over several years, which names no metric; the body or object named before a
count decides between two families of metrics (the courts' caseload or the government's lawsuits, a service centre's
applications or licensing decisions). Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def named(text: str, year: int, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "value"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("text, year", [
    # the text opens with a year before the report's up to now: its later paragraphs state the span's totals
    ("2016年以来，我县认真实施七五普法规划。\n二、加强培训。共举办法制讲座12期，受理行政复议申请40件。", 2020),
    # the text opens with a count of years
    ("三年来，县政务服务中心不断提升服务水平。\n县政务服务中心共受理各类事项56万件。", 2012),
    # a plan under review, named in the title
    ("我县迎接“七五”普法工作验收\n据悉，全县共举办法制讲座120期。", 2020),
    # a paragraph opening with a span carries it to the paragraph's later sentences
    ("全县法治建设稳步推进。\n五年来，法治宣传不断深化。全县共举办法制讲座120期。", 2021),
    # the count of years written in digits (round 17)
    ("全县法治建设稳步推进。\n10年来，全县共举办法制讲座120期，受理行政复议申请40件。", 2022),
    # a span of years before the figure in its sentence
    ("2019年至2021年，全市共收到行政复议申请1466件，受理1346件。", 2021),
    ("自2008年3月运行至2011年2月，市政务服务中心共受理各类事项206万件。", 2011),
])
def test_a_span_named_where_the_text_paragraph_or_sentence_opens_names_no_metric(text, year, rules) -> None:
    frame = extract_figures(text, year, rules)
    assert len(frame) >= 1 and set(frame["metric_id"]) == {""}
    assert all("a total over several years" in note for note in frame["note"])


def test_a_figure_that_names_its_own_year_or_the_reports_year_keeps_its_metric(rules) -> None:
    # the text's span does not reach a sentence that names a year of its own
    text = "2016年以来，我县认真实施七五普法规划。\n2020年，全县受理行政复议申请40件。"
    assert named(text, 2020, rules)[0][0] != ""
    # a report year's opening (2020年以来 in a report of 2020) is no span
    assert named("2020年以来，我县受理行政复议申请40件。", 2020, rules)[0][0] != ""
    # a yearly report that names a plan in its opening is no review of the plan
    text = "2023年，我市深入推进“十四五”规划实施以来的各项改革。\n全市受理行政复议申请40件。"
    assert named(text, 2023, rules)[0][0] != ""
    # a plan's years in a title's quotation (《纲要(2015-2020年)》) are no span
    assert named("落实《法治政府建设实施纲要（2015-2020年）》，全县受理行政复议申请40件。", 2020, rules)[0][0] != ""


def test_a_state_reached_at_the_spans_end_keeps_its_metric(rules) -> None:
    text = "三年来，中心不断提升服务水平。\n市政务服务中心进驻审批事项776项，共受理各类事项56万件。"
    rows = named(text, 2011, rules)
    assert rows[1] == ("", "56") and rows[0][1] == "776" and rows[0][0] != ""


def test_the_courts_caseload_is_named_as_the_courts_not_as_the_governments_lawsuits(rules) -> None:
    text = "2021年，全省法院共受理各类行政案件1773件，同比增长0.68%，结案1436件。"
    assert named(text, 2021, rules) == [("court_admin_cases_received", "1773"),
                                        ("court_admin_cases_received_growth_stated", "0.68"),
                                        ("court_admin_cases_concluded", "1436")]
    # first-instance cases of the courts are the lawsuits against administrative bodies: litigation_cases
    text = "2021年，全市法院新收一审行政案件1433件，审结一审行政案件1316件。"
    assert named(text, 2021, rules) == [("litigation_cases", "1433"), ("litigation_concluded", "1316")]


def test_one_courts_own_caseload_names_no_metric(rules) -> None:
    assert named("其中，中院收案1577件，审结1561件。", 2020, rules) == [("", "1577"), ("", "1561")]
    # a court whose officer speaks is not the subject of the count
    text = "市高院副院长介绍，2020年，全市新收一审行政诉讼案件995件。"
    assert named(text, 2020, rules) == [("litigation_cases", "995")]


def test_a_service_centres_casework_of_every_kind_is_its_applications_not_licensing(rules) -> None:
    text = "今年，市行政审批服务中心共受理各类行政审批事项14万件，办结13万件。"
    assert named(text, 2020, rules) == [("service_cases_accepted", "14"), ("service_cases_concluded", "13")]
    # licensing items or business counted as such stay licensing
    text = "今年，市政务服务中心共受理行政审批项目5610件，办结5497件。"
    assert named(text, 2020, rules) == [("licensing_applications", "5610"), ("licensing_concluded", "5497")]


def test_the_subject_clauses_before_a_figure_decide_whose_it_is_not_only_its_quote(rules) -> None:
    # 涉及申请人3758人 quotes no body; its sentence's subject (全省各级…) makes it every body's, so the provincial
    # government's own 163 keeps the metric
    text = "全省各级行政复议机构新收行政复议申请5422件，涉及申请人3758人。省政府新收行政复议申请188件，涉及申请人163人。"
    rows = named(text, 2020, rules)
    assert ("", "3758") in rows and ("reconsideration_applicants", "163") in rows


def test_the_new_media_accounts_posts_are_theirs_unless_they_are_one_channel_of_a_list(rules) -> None:
    text = "全年各级行政机关主动公开政府信息53393条，其中政府网站14650条，政务新媒体主动公开政府信息19002条。"
    rows = named(text, 2023, rules)
    assert rows[0] == ("disclosure_proactive_items", "53393") and rows[-1] == ("disclosure_new_media_posts", "19002")
    text = "通过政府网站、政务新媒体等渠道，各级行政机关累计主动公开政府信息195.4万余条。"
    assert named(text, 2022, rules) == [("disclosure_proactive_items", "195.4")]


def test_the_reports_own_levels_congress_keeps_the_metric_over_the_national_one(rules) -> None:
    text = "办理全国人大代表建议6件、全国政协提案17件，办理省人大代表建议406件、省政协委员提案615件。"
    assert named(text, 2021, rules) == [("", "6"), ("", "17"), ("congress_suggestions_handled", "406"),
                                        ("cppcc_proposals_handled", "615")]


def test_a_paragraphs_span_ends_where_a_sentence_turns_to_the_reports_year(rules) -> None:
    text = "两年来，县政府共出台重大行政决策九项。全年县司法局审核县政府规范性文件二十一件。向县人大常委会报备规范性文件十五件。"
    rows = named(text, 2021, rules)
    assert rows[-1] == ("normative_docs_filed_with_congress", "15")
    # …but a plan's title naming the year (规划（2021—2025年）) is no turn to the year
    text = "五年来，我旗落实《法治建设规划（2021—2025年）》。全旗举办法制讲座120期。"
    assert named(text, 2025, rules)[-1] == ("", "120")
