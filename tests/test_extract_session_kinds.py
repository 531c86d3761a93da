"""Which body and which kind of study a session count is (round 12 of #17): the study groups of the Party and of the
government listed together, an item of a list holding a count of its own, and the “第一议题” study that is no law
study. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest
from named_figures import named_values as named


@pytest.mark.parametrize("action, metric", [
    ("集中学法", "leadership_law_study_sessions"),  # their law study: the leadership's joint figure
    ("集中学习", "central_group_study_sessions"),  # their study of any subject: the study groups'
])
def test_the_partys_and_the_governments_study_groups_together(action, metric, rules) -> None:
    text = f"县委理论学习中心组、县政府党组理论学习中心组全年{action}14次。"
    assert named(text, 2024, rules)["14"] == metric


def test_an_item_with_a_count_of_its_own_ends_the_list_and_takes_its_parents_action(rules) -> None:
    text = "县委理论学习中心组、县政府党组理论学习中心组全年集中学法20次，其中县委理论学习中心组9次、县政府常务会议会前学法11次。"
    assert named(text, 2024, rules) == {"20": "leadership_law_study_sessions", "9": "central_group_law_study_sessions",
                                        "11": "executive_law_study_sessions"}


def test_the_first_agenda_study_is_no_law_study(rules) -> None:
    text = "全年开展了党委会、理论学习中心组“第一议题”学习31次。"
    assert named(text, 2024, rules)["31"] == ""


@pytest.mark.parametrize("meetings, metric", [
    ("专题党委会", "party_rule_of_law_meetings"),  # the Party committee's own meetings
    ("专题会议", "rule_of_law_meetings"),  # no body named: the meetings' metric
])
def test_the_party_committees_meetings_are_its_own(meetings, metric, rules) -> None:
    text = f"成立法治政府建设工作专班。全年召开{meetings}5次，开展法治督察2次。"
    assert named(text, 2024, rules)["5"] == metric


def test_means_of_study_by_bodies_of_two_classes_are_the_leaderships(rules) -> None:
    text = "通过县委理论学习中心组专题学习及县政府常务会议会前学法等形式，全年学法16场次。"
    assert named(text, 2024, rules)["16"] == "leadership_law_study_sessions"


def test_theory_study_named_after_the_group_is_its_study_and_a_counted_item_is_no_sum(rules) -> None:
    assert named("全年街党工委中心组理论学习15次。", 2024, rules)["15"] == "central_group_study_sessions"
    text = "全年共组织党组理论学习12次、法治专题学习4次。"
    assert named(text, 2024, rules) == {"12": "central_group_study_sessions", "4": "central_group_law_study_sessions"}


def test_a_lecture_held_is_no_session_of_the_body_named_before(rules) -> None:
    text = "县政府党组理论学习中心组开展法治专题学习研讨1次，举办专题研讨班2期、学习贯彻宪法专题讲座3期。"
    assert named(text, 2024, rules)["3"] == "law_lectures"


@pytest.mark.parametrize("text, value, metric", [
    ("全年对5家单位开展法治政府建设督察。", "5", "rule_of_law_inspected_departments"),
    ("对8个县直单位进行法治政府建设实地督察。", "8", "rule_of_law_inspected_departments"),
    ("成立督察组对4个区(市)开展实地督察。", "4", "rule_of_law_inspected_localities"),
])
def test_units_and_bracketed_localities_inspected_are_counted_bodies(text, value, metric, rules) -> None:
    assert named(text, 2024, rules)[value] == metric
