"""Wordings of round 12 (#17): the information of every kind a portal published, training sessions on 习近平法治思想,
the officials a law training reached (覆盖…干部), the issues an inspection reported or had rectified. Texts written
for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_information_of_every_kind_a_portal_published_is_the_proactive_disclosure(rules) -> None:
    assert named("2023年，县政府门户网站共发布各类信息812条。", 2023, rules) == {"812": "disclosure_proactive_items"}
    # posts of no stated kind: the portal's posts, a metric since round 29
    assert named("2023年，县政府门户网站共发布信息95条。", 2023, rules) == {"95": "disclosure_website_posts"}


def test_training_sessions_on_the_thought_on_the_rule_of_law_are_law_lectures(rules) -> None:
    text = "2023年，全县开展习近平法治思想学习培训14场次，举办《习近平法治思想》专题研讨班3期。"
    rows = named(text, 2023, rules)
    assert rows["14"] == "law_lectures"


def test_the_officials_a_law_training_reached_are_counted_in_persons_or_attendance(rules) -> None:
    persons = "2023年，举办法治专题培训班5期，覆盖科级干部260余人。"
    attendance = "2023年，举办法治专题培训班5期，覆盖处级以上干部420余人次。"
    assert named(persons, 2023, rules)["260"] == "law_trainees"
    assert named(attendance, 2023, rules)["420"] == "law_training_attendance"


def test_issues_an_inspection_reported_or_had_rectified_are_its_issues(rules) -> None:
    text = "2023年，开展法治政府建设督察2次，通报整改问题17项。"
    assert named(text, 2023, rules)["17"] == "inspection_issues"
    assert named("2023年，开展安全生产检查2次，整改问题17项。", 2023, rules)["17"] == ""  # no inspection of law


def test_instructions_counted_after_or_around_the_work_they_are_on(rules) -> None:
    assert named("2023年，县委县政府主要领导法治建设工作批示12次。", 2023, rules)["12"] == "rule_of_law_instructions"
    assert named("2023年，县长对法治政府建设作出7次批示。", 2023, rules)["7"] == "rule_of_law_instructions"
    assert named("2023年，县长对招商引资工作作出7次批示。", 2023, rules)["7"] == ""  # not on the rule of law


def test_hearings_observed_without_the_verb_that_organises_them(rules) -> None:
    assert named("2023年，开展法治学习9场，旁听庭审3场。", 2023, rules)["3"] == "hearing_observations"


def test_items_placed_at_the_service_centre(rules) -> None:
    text = "2023年，全县1200项政务服务事项中，1100项纳入县政务服务中心集中办理。"
    assert named(text, 2023, rules)["1100"] == "service_items_total"


def test_the_leadership_taking_up_rule_of_law_matters_counts_its_meetings(rules) -> None:
    text = "2023年，县政府专题研究法治建设重大事项5次，研究解决法治建设重点问题8项。"
    assert named(text, 2023, rules) == {"5": "rule_of_law_meetings", "8": "rule_of_law_issues_resolved"}


def test_publicity_talks_are_the_publics_events_not_the_officials_lectures(rules) -> None:
    assert named("2023年，开展法治宣传讲座40场。", 2023, rules) == {"40": "publicity_events"}
    assert named("2023年，举办法治专题讲座6场。", 2023, rules) == {"6": "law_lectures"}


def test_the_applications_a_service_centre_handled(rules) -> None:
    assert named("2023年，县政务服务大厅年办件量约12.5万件。", 2023, rules) == {"12.5": "service_cases_accepted"}
    assert named("2023年，政务服务驿站办件量达900件。", 2023, rules) == {"900": ""}  # a lower service point's


def test_applications_settled_before_the_case_was_accepted(rules) -> None:
    text = "2023年，全市共收到行政复议申请900件，案前调解120件。"
    assert named(text, 2023, rules) == {"900": "reconsideration_cases", "120": "reconsideration_settled_before_acceptance"}
