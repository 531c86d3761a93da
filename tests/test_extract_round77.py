"""Round 77 (#17): what blind69 showed that recurs in any report.

Named: the lawsuits concluded written verb first by instance (审结一审…N件；审结二审…M件); disclosure requests
called 依申请公开事项; 完成答复; a website's posts after 网站发布 with no 信息 word; the kinds' 更新量; the key areas'
信息 with 公开 between; 信息不存在 (the 在 of 存在 is no connective); the carried-over requests in a paragraph under
a heading line of its own ((二)依申请公开情况); a rate's value after the level it came from (由66.9%提升至92.68%);
items counted bare before 实现网上办理 and 实现了“最多跑一次”; a power list's counts in a clause of their own
(由2415项减至2372项). Left unnamed: a list item 无法提供 taken as carried forward by the item after it; the outcomes of
appeals over disclosure (结果维持3起); a court's lawsuits over penalties.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_lawsuits_concluded_written_verb_first_by_instance(checkout_rules) -> None:
    text = "2021年，全省法院审结一审行政诉讼案件5210件，同比下降3.1%；审结二审行政诉讼案件2304件。"
    read = named(text, 2021, checkout_rules)
    assert read["5210"] == "litigation_concluded" and read["2304"] == "litigation_second_instance_concluded"


def test_disclosure_requests_called_matters_and_answered_on_completion(checkout_rules) -> None:
    text = "2023年，本局共受理依申请公开事项42件，完成答复40件。"
    read = named(text, 2023, checkout_rules)
    assert read["42"] == "disclosure_requests" and read["40"] == "disclosure_requests_answered"


def test_a_websites_posts_and_the_kinds_updates(checkout_rules) -> None:
    text = "2024年，依托区政府门户网站，网站信息发布9120条，其中概况类信息更新量130条，政务动态信息更新量806条。"
    read = named(text, 2024, checkout_rules)
    assert read["9120"] == "disclosure_website_posts"
    assert read["130"] == "disclosure_overview_items" and read["806"] == "disclosure_government_updates"


def test_key_areas_with_publish_before_the_information(checkout_rules) -> None:
    text = "2016年，本区主动公开政府信息5120条，其中教育、医疗等重点领域公开信息864条。"
    assert named(text, 2016, checkout_rules)["864"] == "disclosure_key_area_items"


def test_information_that_does_not_exist(checkout_rules) -> None:
    text = "2022年，本镇收到政府信息公开申请6件，信息不存在4件，予以公开2件。"
    assert named(text, 2022, checkout_rules)["4"] == "disclosure_not_held"


def test_carried_over_requests_under_a_heading_line(checkout_rules) -> None:
    text = "一、总体情况\n(二)依申请公开情况\n2024年，区政府办理310条依申请事项(含上年结转12件)。"
    assert named(text, 2024, checkout_rules)["12"] == "disclosure_requests_carried_over"


def test_a_rate_after_the_level_it_came_from(checkout_rules) -> None:
    text = "截至2021年底，全市政务服务事项网上可办率由71.5%提升至95.2%。"
    read = named(text, 2021, checkout_rules)
    assert read["95.2"] == "online_availability_rate_stated" and read["71.5"] == ""


def test_items_counted_bare_before_how_they_are_handled(checkout_rules) -> None:
    text = "2020年，已发布市级政务服务事项1320项，已有1208项实现网上办理。"
    assert named(text, 2020, checkout_rules)["1208"] == "online_service_items"
    text = "2017年，全市共有3120个事项实现了“最多跑一次”。"
    assert named(text, 2017, checkout_rules)["3120"] == "max_one_visit_items"


def test_a_power_lists_counts_in_a_clause_of_their_own(checkout_rules) -> None:
    text = "2019年，全面梳理市级行政职权，实行权责清单动态调整，由3120项减至2984项。"
    read = named(text, 2019, checkout_rules)
    assert read["3120"] == "power_items_before" and read["2984"] == "power_list_items"


def test_a_list_item_before_the_carried_forward_one(checkout_rules) -> None:
    text = "2024年，本机关共收到政府信息公开申请20件，予以公开9件、无法提供5件、结转下年度办理6件。"
    read = named(text, 2024, checkout_rules)
    assert read["5"] == "" and read["6"] == "disclosure_carried_forward"


def test_the_outcomes_of_appeals_over_disclosure(checkout_rules) -> None:
    text = "2025年，审理政府信息公开行政复议案件9起，其中：结果维持4起，结果纠正2起。"
    read = named(text, 2025, checkout_rules)
    assert read["9"] == "disclosure_reconsideration_cases" and read["4"] == "" and read["2"] == ""


def test_a_courts_lawsuits_over_penalties(checkout_rules) -> None:
    text = "2023年，新收的5120件一审行政诉讼案件中，按行为类型划分，行政强制案件412件、行政处罚案件388件。"
    read = named(text, 2023, checkout_rules)
    assert read["412"] == "" and read["388"] == ""
