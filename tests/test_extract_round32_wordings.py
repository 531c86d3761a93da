"""Round 32 (#17): clause forms that real reports onboarded by a QA round and the batch blind26 wrote and no wording
read, each of general meaning (the instructions counted before the work they are on, the rule of law deployed and
pushed, levels listed with 、 before their 政府, the full names of reconsideration
decisions, the congress's suggestions without 代表), and the angles work is taken from, which are no figure. Texts
written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_instructions_counted_before_the_work_they_are_on(rules) -> None:
    text = "2024年，区长认真履行推进法治建设第一责任人职责，先后6次对相关工作作出批示。"
    assert named(text, 2024, rules) == {"6": "rule_of_law_instructions"}
    assert named("2024年，区长先后6次对招商工作作出批示。", 2024, rules) == {"6": ""}  # not the rule of law


def test_the_rule_of_law_deployed_and_pushed(rules) -> None:
    assert named("2024年，区长研究部署推动法治政府建设工作5次。", 2024, rules) == {"5": "rule_of_law_meetings"}


def test_levels_listed_before_their_government_sum_several_bodies(rules) -> None:
    assert named("2024年，市、县(区)政府常务会议专题学法31次。", 2024, rules) == {"31": ""}
    assert named("2024年，市政府常务会议专题学法31次。", 2024, rules) == {"31": "executive_law_study_sessions"}


def test_reconsideration_decisions_with_their_full_names(rules) -> None:
    text = "2024年，审结行政复议案件900件，其中维持行政复议决定500件，驳回申请人行政复议请求200件。"
    found = named(text, 2024, rules)
    assert (found["500"], found["200"]) == ("reconsideration_upheld", "reconsideration_dismissed")


def test_the_congress_suggestions_named_without_deputies(rules) -> None:
    text = "2024年，办理人大建议120件、政协提案90件。"
    assert named(text, 2024, rules) == {"120": "congress_suggestions_handled", "90": "cppcc_proposals_handled"}


def test_the_angles_work_is_taken_from_are_no_figure(rules) -> None:
    text = "2024年，从制度建设等7个方面入手，细化8个方面30项任务。"
    assert "7" not in named(text, 2024, rules)
    assert "8" in named(text, 2024, rules)


def test_departments_and_powers_counted_after_the_verb_that_adjusted_them(rules) -> None:
    text = "2024年，健全权力清单动态管理机制，调整区教育局等9个区级部门、20个街镇120项行政职权事项。"
    found = named(text, 2024, rules)
    assert (found["9"], found["120"]) == ("power_list_departments_adjusted", "power_list_items_optimized")


def test_pre_appointment_exam_takers_counted_after_the_sittings(rules) -> None:
    text = "2024年，组织新提任领导干部任前法律知识考试3次共85人。"
    assert named(text, 2024, rules)["85"] == "pre_appointment_law_exam_takers"


def test_cross_area_cases_named_by_the_service_itself(rules) -> None:
    assert named("2024年，办理跨省通办310件。", 2024, rules) == {"310": "cross_area_cases"}


def test_items_counted_before_the_handling_they_achieved(rules) -> None:
    text = "2024年，该局72项行政许可事项全部实现全流程网办，60项事项实现即办。"
    assert named(text, 2024, rules) == {"72": "online_full_process_items", "60": "instant_items"}
    assert named("2024年，该局行政许可事项72项。", 2024, rules) == {"72": "licensing_items"}


def test_departments_moved_into_a_centre_with_their_level_after_the_count(rules) -> None:
    assert named("2024年，中心共进驻35个省直部门。", 2024, rules) == {"35": "service_hall_departments"}
    assert named("2024年，全省共有35个省直部门。", 2024, rules) == {"35": ""}  # no centre moved into


def test_evaluations_lectures_and_commitment_items_in_other_orders(rules) -> None:
    assert named("2024年，“好差评”评价总数量5120条。", 2024, rules) == {"5120": "service_evaluations_received"}
    assert named("2024年，全年举办4次机关干部法治大讲堂活动。", 2024, rules) == {"4": "law_lectures"}
    assert named("2024年，梳理37项告知承诺事项。", 2024, rules) == {"37": "commitment_items"}
    # the next item of a 、 list is another kind: the hall is counted after its own noun only
    assert named("2024年，举办专家讲堂2期、法治大讲堂9次。", 2024, rules) == {"2": "", "9": "law_lectures"}


def test_reconsideration_counts_with_what_they_include_in_brackets(rules) -> None:
    text = "2024年，审结行政复议案(含结转)800件；直接纠正(含撤销、变更)行政机关决定30件。"
    assert named(text, 2024, rules) == {"800": "reconsideration_concluded", "30": "reconsideration_corrected"}
