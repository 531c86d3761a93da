"""Round 60 (#17): what blind52 showed that recurs in any report.

Withheld: committees and mediators honoured, of one grade, stationed in a centre, or what each of several bodies has
(均配备); a hotline's requests of one topic or kind; the public's satisfaction with the political-legal organs; a count
of departments after the items they hold; cases passed on from another body. Named: legal aid cases 立 (opened);
online interviews 线上; proactive disclosure counted as 条数; requests answered 答复完成 and the reconsiderations of
those who disputed an answer (因不服答复引起行政复议).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_mediators_and_committees_honoured_graded_stationed_or_each(checkout_rules) -> None:
    text = "全县荣获省级表彰的人民调解委员会5个、优秀人民调解员12人。"
    read = named(text, 2023, checkout_rules)
    assert read["5"] == "" and read["12"] == ""
    assert named("全县共有人民调解员620名。", 2023, checkout_rules)["620"] == "people_mediators"
    assert named("全县评定一级人民调解员9名。", 2023, checkout_rules)["9"] == ""
    assert named("选派45名人民调解员入驻乡镇综治中心。", 2023, checkout_rules)["45"] == ""
    assert named("全县各村均配备专职调解员2名。", 2023, checkout_rules)["2"] == ""


def test_a_hotlines_requests_of_one_topic_and_satisfaction_with_the_political_legal_organs(checkout_rules) -> None:
    assert named("12345热线受理教育相关诉求3.2万件。", 2021, checkout_rules)["3.2"] == ""
    assert named("12345热线共受理各类诉求52万件。", 2021, checkout_rules)["52"] == "hotline_requests_received"
    assert named("群众对政法机关工作满意度达92.5%。", 2021, checkout_rules)["92.5"] == ""


def test_departments_after_items_and_cases_passed_on(checkout_rules) -> None:
    text = "县政务服务中心建成，具有审批事项的42个县直部门已进驻中心，进驻事项560项。"
    read = named(text, 2016, checkout_rules)
    assert read["42"] != "service_items_total" and read["560"] == "service_items_total"
    text = "选派行政复议、人民调解等力量入驻综治中心，接收流转案件200件。"
    assert named(text, 2025, checkout_rules)["200"] == ""


def test_legal_aid_opened_interviews_online_and_disclosure_counted_as_items(checkout_rules) -> None:
    assert named("县法律援助中心全年共立法律援助案件230件。", 2012, checkout_rules)["230"] == "legal_aid_cases"
    assert named("全年开展线上访谈6期。", 2022, checkout_rules)["6"] == "disclosure_online_interviews"
    assert named("全年主动公开政府信息条数850条。", 2024, checkout_rules)["850"] == "disclosure_proactive_items"


def test_requests_answered_and_the_answers_disputed(checkout_rules) -> None:
    text = "全年共收到政府信息公开申请30件。规范办理答复完成30件，因不服答复引起行政复议2件。"
    read = named(text, 2025, checkout_rules)
    assert read["2"] == "disclosure_reconsideration_cases"
    text = "全年共收到政府信息公开申请31件。规范办理答复完成30件。"
    assert named(text, 2025, checkout_rules)["30"] == "disclosure_requests_answered"
