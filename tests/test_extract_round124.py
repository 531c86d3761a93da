"""Round 124 (#17): what blind116 showed that recurs in any report.

Named: messages a hotline and the online boards received together, counted as 留言, are the public's messages
(in 件 as in 条); consultations and online surveys counted together (民意征集和网上调查14期). Withheld: a meeting
where leaders report on their rule-of-law duties (专题述法会议) is no meeting on building the rule of law; a bureau's
Party group's study before its meetings (局党组会会前学法) is not the government's executive meeting.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_messages_received_through_a_hotline_and_boards(checkout_rules) -> None:
    text = "2022年，“12345市长热线”“网上问政”“民意直通车”共收到留言8650件，办结率100%。"
    assert named(text, 2022, checkout_rules)["8650"] == "public_messages_received"


def test_a_hotlines_requests_are_still_the_hotlines(checkout_rules) -> None:
    text = "2022年，12345市长热线共受理群众诉求8650件。"
    assert named(text, 2022, checkout_rules)["8650"] == "hotline_requests_received"


def test_consultations_and_online_surveys_counted_together(checkout_rules) -> None:
    text = "全年政府网站发布信息9000条，完成民意征集和网上调查12期。"
    assert named(text, 2023, checkout_rules)["12"] == "public_consultations"


def test_a_meeting_where_leaders_report_on_their_duties(checkout_rules) -> None:
    text = "压实法治建设第一责任人职责，召开专题述法会议2次。"
    assert named(text, 2023, checkout_rules)["2"] == ""


def test_a_bureaus_party_group_study_before_its_meetings(checkout_rules) -> None:
    text = "2024年局党组中心组集体学法4次，局党组会会前学法15次。"
    assert named(text, 2024, checkout_rules)["15"] == ""
