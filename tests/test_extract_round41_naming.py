"""Round 41 (#17): causes of wrong names the batch blind32 showed that recur in any report: meetings of several
bodies summed read as the commission's, an earlier list item with a count of its own joined to the next item's body,
the items of one way of the 证照分离 reform read as the service list, tasks counted after the verb that completed them
read as the tasks set, the departments' and the lower governments' sessions summed; and forms the vocabulary missed
(demonstration projects counted before their naming, 跨省通办 items, the commission's meetings counted before their
verb, the powers a level keeps, documents of several kinds under a legality review, hearings observed named by the
cases, a licensing list's title, “减材料”). Each withholding test also states the plain sentence, which keeps its
metric. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_meetings_of_several_bodies_summed_are_not_the_commissions(rules) -> None:
    text = "2023年，先后召开区委常委会、区政府常务会议、依法治区委员会等会议9次，研究部署法治建设工作。"
    assert named(text, 2023, rules)["9"] == ""
    text = "2023年，召开区委全面依法治区委员会会议3次。"
    assert named(text, 2023, rules) == {"3": "rule_of_law_committee_meetings"}


def test_an_item_with_its_own_count_does_not_join_the_next_items_body(rules) -> None:
    text = "2023年，共安排县委常委会会议学习议题36个、县委理论学习中心组学习会14次。"
    assert named(text, 2023, rules)["14"] == "central_group_study_sessions"
    text = "2023年，县委常委会、县委理论学习中心组学习会14次。"
    assert named(text, 2023, rules)["14"] == "leadership_law_study_sessions"


def test_items_of_one_way_of_the_permit_reform_are_not_the_service_list(rules) -> None:
    text = "2023年，深化“证照分离”改革，直接取消审批事项4项，实行告知承诺事项9项，优化审批服务事项27项。"
    assert named(text, 2023, rules)["27"] == ""
    assert named("2023年，梳理公布政务服务事项27项。", 2023, rules) == {"27": "government_service_items"}


def test_tasks_counted_after_the_verb_that_completed_them_are_done(rules) -> None:
    text = "2023年，法治政府建设全面完成5方面28项重点任务。"
    assert named(text, 2023, rules)["28"] == "rule_of_law_tasks_completed"
    text = "2023年，法治政府建设年度工作要点明确5方面28项重点任务。"
    assert named(text, 2023, rules)["28"] == "rule_of_law_tasks"


def test_the_departments_and_the_townships_sessions_summed_are_neither(rules) -> None:
    text = "2023年，县政府各部门、各乡镇领导班子集中学法210余次。"
    assert named(text, 2023, rules)["210"] == ""
    assert named("2023年，县政府各部门集中学法210余次。", 2023, rules) == {"210": "department_law_study_sessions"}


def test_projects_counted_before_the_naming_that_made_them_demonstrations(rules) -> None:
    text = "2023年，对28个申报项目中的5个予以命名“全县法治政府建设示范项目”。"
    assert named(text, 2023, rules)["5"] == "demonstration_projects_named"
    text = "2023年，环境治理等3个单项项目命名为“全市法治政府建设示范项目”。"
    assert named(text, 2023, rules)["3"] == "demonstration_projects_named"


def test_items_named_by_their_handling_in_any_province_before_their_count(rules) -> None:
    text = "2023年，持续推进政务服务改革，实现“跨省通办”事项86项。"
    assert named(text, 2023, rules) == {"86": "cross_province_items"}


def test_the_commissions_meetings_counted_before_the_verb_that_held_them(rules) -> None:
    assert named("2023年，县委4次召开全面依法治县委员会会议。", 2023, rules) == {"4": "rule_of_law_committee_meetings"}


def test_the_powers_a_level_keeps_after_the_years_adjustments(rules) -> None:
    text = "2023年，调整行政权力事项共计120项。调整后，县级共保留行政权力事项2860项。"
    assert named(text, 2023, rules)["2860"] == "power_list_items"


def test_documents_of_several_kinds_reviewed_in_a_sentence_on_the_legality_review(rules) -> None:
    text = "2023年，县政府合法性审核机构全年审核县政府文件、协议等58件。"
    assert named(text, 2023, rules) == {"58": "legality_reviews"}


def test_hearings_observed_named_by_the_cases_heard(rules) -> None:
    text = "2023年，组织各部门主要负责人参与旁听行政诉讼案件4次。"
    assert named(text, 2023, rules) == {"4": "hearing_observations"}


def test_the_items_of_a_licensing_list_named_by_its_title(rules) -> None:
    text = "2023年，编制公布《某县行政许可事项清单》(共198项，其中承接上级设定事项190项)。"
    assert named(text, 2023, rules)["198"] == "licensing_items"


def test_the_materials_cut_named_by_the_reforms_slogan(rules) -> None:
    assert named("2023年，“减材料”比例达64%。", 2023, rules) == {"64": "materials_cut_rate_stated"}
