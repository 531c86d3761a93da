"""Round 84 (#17): what blind76 showed that recurs in any report.

Named: a total of requests whose bracket names the part carried over (办理政府信息公开申请96宗(结转下年度继续办理1宗)):
the total is the requests, the bracket's figure the part carried over; requests 办结 named by their noun after the
verb are the requests concluded, not answered; the channels' sum after a clause listing them with 采取 and a year
in the sum's clause; the fiscal kind 财政专项经费管理信息; 工作动态类的信息.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_total_with_the_part_carried_over_in_brackets(checkout_rules) -> None:
    text = "（三）依申请公开情况。全年办理政府信息公开申请74宗(结转下年度继续办理2宗)。"
    read = named(text, 2023, checkout_rules)
    assert read["74"] == "disclosure_requests" and read["2"] == "disclosure_carried_forward"


def test_requests_concluded_named_after_the_verb(checkout_rules) -> None:
    text = "（二）依申请公开情况。2021年，本中心共受理政府信息公开申请3件，其中办结政府信息公开申请2件。"
    assert named(text, 2021, checkout_rules)["2"] == "disclosure_requests_concluded"


def test_the_channels_sum_after_a_clause_with_cai_qu(checkout_rules) -> None:
    text = ("严格按照《条例》相关要求，必须公开的政府信息采取门户网、公示栏、微信公众号等多途径公开公示，"
            "2021年全年累计主动公开政府信息204条，其中工作动态180条。")
    assert named(text, 2021, checkout_rules)["204"] == "disclosure_proactive_items"


def test_fiscal_and_updates_kinds(checkout_rules) -> None:
    text = ("2011年，本局主动公开各类政府信息61条，其中财务预决算、“三公”经费和财政专项经费管理信息5条，"
            "工作动态类的信息17条。")
    read = named(text, 2011, checkout_rules)
    assert read["5"] == "disclosure_fiscal_items" and read["17"] == "disclosure_government_updates"
