"""Round 87 (#17): what blind79 showed that recurs in any report.

Read: a count of calls right after 电话 or 热线, closed by its measure word (投诉电话3928件), while a contact number
after them stays no figure.
Named: requests called 依申请公开办件; interpretations counted as 解读稿; 时效压缩率; the disclosure lawsuits listed
after the reconsiderations (…行政复议案件2件和行政诉讼案件7件); the delegates' suggestions and members' proposals
named without 人大 and 政协.
Not named: people served and events held counted up to now (目前…提供法律咨询150万人次), and the service items that
reach one goal (230项政务服务事项…实现“同事同标”).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_calls_counted_after_a_hotline_and_contact_numbers(checkout_rules) -> None:
    text = ("全年受理投诉电话3928件，咨询电话3000余起，办理12345政务热线2612件。"
            "如有疑问，请拨打联系电话：0563-7012501。")
    read = named(text, 2021, checkout_rules)
    assert {"3928", "3000", "2612"} <= set(read)
    assert not any(value.startswith("0563") or value == "7012501" for value in read)


def test_requests_and_interpretations_of_a_disclosure_report(checkout_rules) -> None:
    text = ("（一）主动公开情况。举办新闻发布会0次，发布政策解读稿5篇。\n"
            "（二）依申请公开情况。2023年，共接到依申请公开办件3件，"
            "因依申请公开产生行政复议案件2件和行政诉讼案件7件。")
    read = named(text, 2023, checkout_rules)
    assert read["5"] == "disclosure_interpretations" and read["3"] == "disclosure_requests"
    assert read["2"] == "disclosure_reconsideration_cases" and read["7"] == "disclosure_litigation_cases"


def test_the_time_cut_as_a_rate_of_the_time_taken(checkout_rules) -> None:
    text = "梳理出高频事项清单50项，申报资料精简65%，时效压缩率达85%。"
    assert named(text, 2022, checkout_rules)["85"] == "time_limit_cut_rate_stated"


def test_suggestions_and_proposals_without_the_body_named(checkout_rules) -> None:
    text = "今年两会期间，共受理代表建议801件、委员提案686件。"
    read = named(text, 2018, checkout_rules)
    assert read["801"] == "congress_suggestions_handled" and read["686"] == "cppcc_proposals_handled"


def test_members_proposals_alone_stay_unnamed(checkout_rules) -> None:
    text = "省政协遴选出重点提案预选件。其中，民主党派集体提案10件，委员提案9件。"
    assert named(text, 2023, checkout_rules).get("9", "") == ""


def test_people_served_up_to_now(checkout_rules) -> None:
    text = ("目前，全区共有3046名律师担任了1.6万个村(社区)法律顾问，为群众提供法律咨询约150万人次，"
            "开展法治宣传8.6万场。")
    read = named(text, 2021, checkout_rules)
    assert read.get("150", "") == "" and read.get("8.6", "") == ""
    assert read["1.6"] == "villages_with_legal_advisers"


def test_service_items_that_reach_one_goal(checkout_rules) -> None:
    text = "三地资质资格互认事项达到209项，230项政务服务事项在自贸试验区实现“同事同标”。"
    assert named(text, 2024, checkout_rules).get("230", "") == ""
