"""Rules of round 18 (#17, recall): families of forms that leave a figure with a curated metric unnamed in several
jurisdictions. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def test_a_rate_named_in_quotation_marks_is_named_by_the_rate(rules) -> None:
    # the quotation mark (and 方面, 达到了) between the rate's name and its level hid the name
    text = "2022年，全市政务服务事项“网上可办率”98.5%，“全程网办率”达到了72.3%。"
    assert named(text, 2022, rules) == {"98.5": "online_availability_rate_stated", "72.3": "online_full_process_rate_stated"}
    assert named("2023年，我县在“网上可办率”方面达到了97.1%。", 2023, rules) == {"97.1": "online_availability_rate_stated"}
    # a change of the quoted rate is still no level of it
    assert named("2022年，“网上可办率”提升12.5%。", 2022, rules) == {"12.5": ""}


def test_a_bare_conclusion_count_after_a_service_centres_intake_is_its_concluded_applications(rules) -> None:
    # 办结 with no noun after it, in a sentence on 政务服务 or its older name 行政服务
    text = "2021年，县行政服务中心共受理各类行政服务办件52310件，办结52288件。"
    assert named(text, 2021, rules)["52288"] == "service_cases_concluded"
    text = "2021年，区政务服务大厅受理事项8120件，办结8100件。"
    assert named(text, 2021, rules)["8100"] == "service_cases_concluded"


def test_lectures_counted_before_their_noun_are_law_lectures(rules) -> None:
    # the count before 法治讲座 as study_lectures reads it after (法治专题讲座10次)
    assert named("2021年，县政府举办3场法治专题讲座。", 2021, rules) == {"3": "law_lectures"}
    assert named("2021年，组织机关干部开展民法典、行政处罚法等5场专题法治讲座。", 2021, rules) == {"5": "law_lectures"}
    # a count of anything else before 讲座 is not one (5场普法讲座: law publicity for the public)
    assert named("2021年，在社区开展5场普法讲座。", 2021, rules)["5"] != "law_lectures"


def test_demonstration_candidates_sent_up_are_counted_before_their_noun(rules) -> None:
    text = "2024年，县司法局向市依法治市办报送了4个示范创建项目，报送1个单项示范创建候选项目。"
    assert named(text, 2024, rules)["4"] == "demonstration_recommended"
    # one of N is no count of the candidates the government sent
    text = "2024年，省依法治省办推荐我县作为全省5个综合示范创建地区之一上报。"
    assert named(text, 2024, rules)["5"] == ""


def test_demonstrations_awarded_are_counted_before_their_noun_and_a_list_carries_the_kind(rules) -> None:
    # the count before its noun, the award after it, areas and projects in turn
    text = "2022年，全市2个县(区)、5个项目获评全省法治政府建设示范地区、示范项目。"
    assert named(text, 2022, rules) == {"2": "demonstration_areas_named", "5": "demonstration_projects_named"}
    assert named("2020年，甲县、乙县2个县入选全国法治政府建设示范地区。", 2020, rules) == {"2": "demonstration_areas_named"}
    # the list's first item names the kind (示范地区), the next item's 项目 is of the same kind
    assert named("2021年，命名首批省级示范地区12个、项目7个。", 2021, rules) == {
        "12": "demonstration_areas_named", "7": "demonstration_projects_named"}


def test_a_cut_of_application_materials_in_other_forms_is_its_rate(rules) -> None:
    # 申报 as 申请, and 数量 or 平均 between the materials and their cut
    text = "2021年，全县政务服务事项申报材料平均减少25%，办理环节减少12%。"
    assert named(text, 2021, rules)["25"] == "materials_cut_rate_stated"
    assert named("2021年，推行告知承诺制，材料数量减少31%。", 2021, rules)["31"] == "materials_cut_rate_stated"
    assert named("2024年，精简申报材料42.5%。", 2024, rules)["42.5"] == "materials_cut_rate_stated"


def test_the_popular_names_of_service_modes_name_their_rates(rules) -> None:
    # 马上办 (即办), “一次办” (最多跑一次), “网上办” (网上可办) as a rate or a share of the items
    text = "2018年，全区1200项审批服务事项中，“马上办”占41.5%，“网上办”占63.2%，“一次办”占88.4%。"
    found = named(text, 2018, rules)
    assert [found[value] for value in ("41.5", "63.2", "88.4")] == [
        "instant_items_rate_stated", "online_availability_rate_stated", "max_one_visit_rate_stated"]
    assert named("2022年，马上办实现率达到90%以上。", 2022, rules)["90"] == "instant_items_rate_stated"


def test_an_anniversary_counted_in_years_is_a_figure(rules) -> None:
    # 周年 is a measure word (a count of years), listed without a metric; 年 alone after a number stays a date
    assert named("2014年12月4日，是现行宪法公布施行32周年纪念日。", 2014, rules) == {"32": ""}


def test_the_consultations_a_law_publicity_event_answered_are_legal_consultations(rules) -> None:
    # beside the event's materials, counted in 人次, with no 法律 or adviser named
    text = "此次普法宣传活动共发放宣传资料600余份，接受群众咨询45余人次。"
    assert named(text, 2019, rules)["45"] == "legal_consultations"
    assert named("此次活动共发放宣传资料3000余份，现场解答35人次。", 2019, rules)["35"] == "legal_consultations"


def test_a_year_that_names_another_round_or_a_plan_is_no_period_of_the_figures_after_it(rules) -> None:
    # the round a work builds on (在…2016年…清理基础上) and a plan of the next year (编制2022年…立法计划), as 继去年…之后
    text = "在县政府2016年证明事项清理基础上，经全面清理，决定取消证明7项，保留证明12项。"
    assert list(extract_figures(text, 2018, rules)["period"]) == ["2018", "2018"]
    text = "组织编制2022年省政府立法计划；出席任命的26名国家工作人员宪法宣誓仪式。"
    assert list(extract_figures(text, 2021, rules)["period"]) == ["2021"]
    # a year that is the figures' own still dates them
    assert list(extract_figures("2016年，全县取消证明7项。", 2018, rules)["period"]) == ["2016"]
