"""Round 39 (#17): causes of wrong or missing names the batch blind30 showed that recur in any report: a count split
among several subjects (分别), a goal set (将…控制在), another body as the subject (the Party committee), another
appraisal (民主测评), guides rather than services, bodies written 单位 alone, and approval items written 项目 or moved down
a level (下放管理层级). Each test also states the plain sentence, which keeps its metric.
Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_counts_split_among_several_subjects_by_fenbie_belong_to_each_subject(rules) -> None:
    text = "2023年，通过县政府微信公众号、县政务微博分别发布信息600条、300条。"
    assert named(text, 2023, rules) == {"600": "", "300": ""}
    text = "2023年，通过县政府微信公众号发布信息600条。"
    assert named(text, 2023, rules) == {"600": "disclosure_new_media_posts"}


def test_a_limit_the_government_sets_itself_is_a_goal_not_the_years_value(rules) -> None:
    text = "2023年，将工程建设项目全流程审批时间控制在80个工作日以内。"
    assert named(text, 2023, rules) == {"80": ""}
    text = "2023年，工程建设项目全流程审批时间压缩至80个工作日。"
    assert named(text, 2023, rules) == {"80": "construction_approval_days"}


def test_legal_advisers_the_party_committee_retains_are_not_the_governments(rules) -> None:
    assert named("2023年，县委聘请常年法律顾问3名。", 2023, rules) == {"3": ""}
    assert named("2023年，县政府聘请常年法律顾问3名。", 2023, rules) == {"3": "legal_advisers"}


def test_a_democratic_appraisal_is_no_satisfaction_with_services(rules) -> None:
    assert named("2023年，为群众办实事项目民主测评满意率98%。", 2023, rules) == {"98": ""}
    assert named("2023年，政务服务大厅群众满意率98%。", 2023, rules) == {"98": "service_satisfaction_rate_stated"}


def test_guides_to_one_thing_services_are_not_the_services(rules) -> None:
    assert named("2023年，发布1200个一件事关联导办指引。", 2023, rules) == {"1200": ""}
    assert named("2023年，上线120个“一件事”集成服务。", 2023, rules) == {"120": "one_thing_services"}


def test_approval_items_written_xiangmu_are_removed_items_too(rules) -> None:
    assert named("2023年，取消行政审批项目45项。", 2023, rules) == {"45": "licensing_items_removed"}


def test_items_moved_down_a_level_of_management_are_delegated(rules) -> None:
    assert named("2023年，下放管理层级行政审批项目15项。", 2023, rules) == {"15": "items_delegated"}


def test_a_rate_stated_with_zai_before_it_is_named(rules) -> None:
    assert named("2023年，全市政务服务大厅群众办事满意度在99.5%以上。", 2023, rules) == {
        "99.5": "service_satisfaction_rate_stated"}


def test_drafts_counted_between_tiqing_and_their_noun_are_submitted_drafts(rules) -> None:
    text = "2023年，提请市人大常委会对4部地方性法规草案进行审议。"
    assert named(text, 2023, rules) == {"4": "regulation_drafts_submitted"}


def test_certificates_counted_before_their_noun_are_removed_proofs(rules) -> None:
    assert named("2023年，取消300项个人办事事项所需证明材料。", 2023, rules) == {"300": "proof_items_removed"}


def test_the_four_handlings_lists_name_instant_and_one_visit_items(rules) -> None:
    assert named("2018年，市级政务服务事项中马上办事项300项。", 2018, rules) == {"300": "instant_items"}
    assert named("2018年，一次办事项700项。", 2018, rules) == {"700": "max_one_visit_items"}
    assert named("2018年，梳理“一件事一次办”事项70项。", 2018, rules) != {"70": "max_one_visit_items"}


def test_measures_counted_before_adjectives_and_their_noun_are_the_plans_measures(rules) -> None:
    text = "2017年，根据法治政府建设实施方案，推出了30项操作性强、务实有效的法治政府建设具体措施。"
    assert named(text, 2017, rules) == {"30": "rule_of_law_measures"}


def test_bodies_counted_as_units_alone_are_no_departments_assessed(rules) -> None:
    assert named("2023年，实现全县80个单位法治建设考核全覆盖。", 2023, rules) == {"80": ""}
    assert named("2023年，对全县42个行政执法部门开展依法行政考核。", 2023, rules) == {
        "42": "rule_of_law_assessed_departments"}

