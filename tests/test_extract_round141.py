"""Round 141 (#17): what blind131 showed that recurs in any report.

Withheld: a market regulator's complaint line (12315, 消协) is not the government service hotline the hotline metrics
count; an activity's attendance rate (学法活动参与率) is not a law exam's participation rate; a hotline's satisfaction
named in the sentence after the hotline is not the government services' (round 108's convention). Named: disclosure requests
received through a channel named before the verb (通过网页渠道收到申请13件) and counted before their channel with 为
(其中2起为网上申请, 1起为到局里现场申请). Measured over every excerpt; blind132, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_complaint_lines_requests_are_not_the_hotlines(checkout_rules) -> None:
    text = "2024年，我省依托12315平台，共登记消费者投诉举报9万多件，诉求办结率超99%。"
    assert named(text, 2024, checkout_rules) == {"9": "", "99": ""}


def test_the_service_hotlines_requests_keep_their_metrics(checkout_rules) -> None:
    """Guard: the 12345 hotline's own requests and conclusion rate."""
    text = "2024年，12345政务服务热线共受理群众诉求9万多件，诉求办结率超99%。"
    assert named(text, 2024, checkout_rules) == {"9": "hotline_requests_received", "99": "hotline_conclusion_rate_stated"}


def test_an_activitys_attendance_is_not_the_exams(checkout_rules) -> None:
    """The exam named in the sentence before, as the wording's subject may be."""
    text = "定期组织参加法治考试、庭审旁听。2023年，干部职工学法活动参与率99%，法治理论知识考试合格率100%。"
    assert named(text, 2023, checkout_rules)["99"] == ""


def test_an_exams_attendance_keeps_its_metric(checkout_rules) -> None:
    """Guard: round 46's 参加率 of the exam named before it."""
    assert named("2023年，完成年度学法考试，参加率100%。", 2023, checkout_rules)["100"] == \
        "law_exam_participation_rate_stated"


def test_requests_by_channel_named_before_the_verb_or_with_wei(checkout_rules) -> None:
    text = ("2024年，做好政府信息公开依申请工作，本年度通过网页渠道收到申请13件，通过来信渠道收到申请4件。"
            "2022年，共收到依申请公开申请3件，其中2起为网上申请，1起为到局里现场申请。")
    values = named(text, 2024, checkout_rules)
    assert (values["13"], values["4"], values["2"], values["1"]) == (
        "disclosure_requests_online", "disclosure_requests_offline", "disclosure_requests_online",
        "disclosure_requests_offline")


HOTLINE = "2023年，区“12345”政府服务热线受理群众来电逾2.9万个，办结率100%。"


def test_a_hotlines_satisfaction_in_the_sentence_after_it_is_not_the_services(checkout_rules) -> None:
    text = HOTLINE + "其中，反映消防隐患类投诉近160条，服务满意率达99.99%。"
    assert named(text, 2023, checkout_rules)["99.99"] == ""


def test_a_service_evaluations_satisfaction_after_a_hotline_keeps_its_metric(checkout_rules) -> None:
    """Guard: the 好差评 satisfaction is the government services' own, whatever the sentence before names."""
    text = HOTLINE + "截至目前，“好差评”非常满意802条，满意163条，合计965条，满意率99.5%。"
    assert named(text, 2023, checkout_rules)["99.5"] == "service_satisfaction_rate_stated"
