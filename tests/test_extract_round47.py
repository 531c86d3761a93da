"""Round 47 (#17): causes of figures not found and of unnamed figures that blind39 showed and that recur in any
report. Number form: a count written in brackets right before its measure word (发布信息(120)条, 受理（8）件), as
some disclosure reports write every count, is a figure, read as the plain count and named as it would be; brackets
that are no such count stay no figure: list markers ((1)、（一）), a year in brackets ((2021)年), document numbers
(〔2022〕5号). Periods: a date bounding which documents a clean-up covers (对…之前制定的…文件进行清理) and an earlier
clean-up's results name no period of its counts. Named by catalog data: 机构职能类(信息) as the overview, 动态信息
alone as updates, 公开申请 and 依申请信息 as requests, refusals and 不掌握…无法提供 in 宗, the hotline by its 12345
platform, 法治政府建设暨…工作专题会议, 财政预决算等信息, N个抽查事项 in a sentence on 双随机. Withheld: documents
abolished or declared void together. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def test_a_count_in_brackets_before_its_measure_word(rules) -> None:
    found = named("2021年，县门户网站发布政务信息(468)条，其中政务动态信息（402）条。", 2021, rules)
    assert set(found) == {"468", "402"}
    assert found["402"] == "disclosure_government_updates"


def test_a_full_width_count_in_brackets_keeps_its_qualifier(rules) -> None:
    found = named("2021年，共受理政府信息公开申请（１２）件。全年浏览量达(5000)余人次。", 2021, rules)
    assert found["12"] == "disclosure_requests"
    assert "5000" in found


def test_brackets_that_hold_no_count_stay_no_figure(rules) -> None:
    text = ("按照《关于规范行政执法的通知》（县政发〔2022〕5号）要求，(1)项目审批加快；（一）项工作完成；"
            "(2021)年度报告已公开；开展专项行动3次。")
    assert set(named(text, 2022, rules)) == {"3"}


def test_the_organisations_functions_are_the_overview(rules) -> None:
    text = "2022年，镇政府主动公开政府信息86条，其中机构职能类信息12条，规划计划类信息4条。"
    assert named(text, 2022, rules)["12"] == "disclosure_overview_items"
    text = "2022年，年内公开政府信息318条。其中，机构职能类15 条，公示公告类61条。"
    assert named(text, 2022, rules)["15"] == "disclosure_overview_items"


def test_updates_called_dynamic_information_alone(rules) -> None:
    text = "2024年，县政府门户网站共发布信息约820条，其中动态信息415条，法定主动公开信息90条。"
    assert named(text, 2024, rules)["415"] == "disclosure_government_updates"


def test_requests_called_disclosure_requests_in_a_passage_on_them(rules) -> None:
    text = "依申请公开方面。规范依申请公开办理流程。全年共收到公开申请18件，均在法定期限内予以答复。"
    assert named(text, 2022, rules)["18"] == "disclosure_requests"
    assert named("2021年，县政府办主动公开政府信息102条，受理依申请信息21件。", 2021, rules)["21"] == "disclosure_requests"


def test_refusals_counted_in_zong(rules) -> None:
    text = "2022年，全年共收到政府信息公开申请20件。予以公开15宗；不予公开3宗；因本机关不掌握等原因无法提供2宗。"
    found = named(text, 2022, rules)
    assert (found["3"], found["2"]) == ("disclosure_refused", "disclosure_not_held")


def test_the_hotline_named_by_its_number(rules) -> None:
    text = "2023年，强化12345平台管理，全年受理群众诉求8421件，办结8400件，办结率99.75%。"
    found = named(text, 2023, rules)
    assert (found["8421"], found["8400"]) == ("hotline_requests_received", "hotline_requests_concluded")
    assert found["99.75"] == "hotline_conclusion_rate_stated"


def test_a_joint_rule_of_law_work_meeting(rules) -> None:
    text = "2024年，区政府组织召开法治政府建设暨行政执法工作专题会议4次。"
    assert named(text, 2024, rules)["4"] == "rule_of_law_meetings"


def test_fiscal_information_and_the_like(rules) -> None:
    text = "2022年，县政府门户网站主动公开政府信息1210条，其中财政预决算等信息58条。"
    assert named(text, 2022, rules)["58"] == "disclosure_fiscal_items"


def test_random_inspection_items_counted_before_their_noun(rules) -> None:
    text = "2021年，全面推行“双随机、一公开”监管，确定18个抽查领域、45个抽查事项，抽查事项覆盖率100%。"
    found = named(text, 2021, rules)
    assert found["45"] == "random_inspection_items"
    assert found["100"] != "random_inspection_items"


def test_documents_abolished_or_declared_void_are_summed(rules) -> None:
    assert named("2022年，经清理，15件规范性文件予以废止或宣布失效。", 2022, rules)["15"] == ""
    assert named("2022年，经清理，共有6件规范性文件予以废止。", 2022, rules)["6"] == "normative_docs_abolished"


def test_documents_made_before_a_date_are_counted_in_the_report_year(rules) -> None:
    """The date bounds which documents were cleaned up, not when they were counted; an earlier clean-up's
    results that this one builds on name no period either."""
    text = ("按照要求，结合2018年规范性文件清理结果，对2019年12月31日之前制定出台的行政规范性文件进行清理，"
            "其中继续有效的行政规范性文件9件。")
    frame = extract_figures(text, 2020, rules)
    assert list(frame["period"]) == ["2020"]
    text = "2019年，县政府共制定行政规范性文件9件。"
    assert list(extract_figures(text, 2020, rules)["period"]) == ["2019"]
