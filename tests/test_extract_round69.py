"""Round 69 (#17): what blind61 showed that recurs in any report.

Withheld: a week's bulletin whose title brackets its days with the year before them (2016年3月4日—3月10日); a body's
first months (启用已半年, 成立5个月来); the year before the report's up to now (去年以来), unless the text speaks from
the year after. Named: the items opened to online handling (开通网办事项) and those handled without a visit counted
after their noun (全程“不见面”审批事项).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_weeks_bulletin_and_a_bodys_first_months(checkout_rules) -> None:
    text = "12345政府服务热线一周情况通报\n(2016年3月4日—3月10日)\n一、基本情况\n本周共受理热线工单321件。"
    assert named(text, 2016, checkout_rules)["321"] == ""
    text = "至5月25日，市行政服务中心启用已半年。截至28日，该中心当场办结审批事项8000件。"
    assert named(text, 2012, checkout_rules)["8000"] == ""
    text = "市行政服务中心成立5个月来，共减少市级审批事项25项。"
    assert named(text, 2012, checkout_rules)["25"] == ""


def test_since_the_year_before_is_several_years(checkout_rules) -> None:
    text = ("2022年重点工作。认真组织党组理论中心组理论学习，今年以来请示报告重大事项50件次，"
            "去年以来60余次召开局党组会、专题会及中心组集中学习研讨。")
    assert named(text, 2022, checkout_rules)["60"] == ""
    text = "认真组织党组理论中心组理论学习，全年12次召开局党组会、专题会及中心组集中学习。"
    assert named(text, 2022, checkout_rules)["12"] == "central_group_study_sessions"


def test_items_opened_online_and_handled_without_a_visit(checkout_rules) -> None:
    text = "平台录入政务服务事项980项，开通网办事项955项，全程“不见面”审批事项514项。"
    read = named(text, 2021, checkout_rules)
    assert read["955"] == "online_service_items" and read["514"] == "zero_visit_items"
