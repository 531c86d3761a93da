"""Round 85 (#17): what blind77 showed that recurs in any report.

Named: a service centre's bodies called 进驻单位 and its items named by their total (服务事项总量); approval items
调减为; requests carried over 结转上年度 and 上年结转…办理数量; 答复申请 in a sentence on disclosure; the fiscal kind
财政预算执行情况报告; procurement 项目招标公告; a town's posts on its district's site named after 通过; the information
published through new-media accounts only (通过微博、微信公开政府信息), their posts.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_service_centres_bodies_and_items(checkout_rules) -> None:
    text = "某县政务服务中心正式运行，进驻单位27个。目前，中心服务事项总量达946项。"
    read = named(text, 2014, checkout_rules)
    assert read["27"] == "service_hall_departments" and read["946"] == "service_items_total"


def test_approval_items_cut_to(checkout_rules) -> None:
    text = "2018年，将全区行政审批事项由288项调减为271项。"
    assert named(text, 2018, checkout_rules)["271"] == "licensing_items"


def test_requests_carried_over_and_answered(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2024年，本街道新收政府信息公开申请6件，结转上年度3件。"
    assert named(text, 2024, checkout_rules)["3"] == "disclosure_requests_carried_over"
    text = "（二）依申请公开情况\n2023年本街道新收政府信息公开申请9件，上年结转政府信息公开办理数量2件。"
    assert named(text, 2023, checkout_rules)["2"] == "disclosure_requests_carried_over"
    text = "2021年，本局收到政府信息公开申请4件，答复申请3件。"
    assert named(text, 2021, checkout_rules)["3"] == "disclosure_requests_answered"


def test_fiscal_and_procurement_kinds(checkout_rules) -> None:
    text = "2022年主动公开政府信息情况：主动公开财政预算执行情况报告2条，通过省政府采购网发布项目招标公告11条。"
    read = named(text, 2022, checkout_rules)
    assert read["2"] == "disclosure_fiscal_items" and read["11"] == "disclosure_procurement_items"


def test_a_towns_posts_on_its_districts_site(checkout_rules) -> None:
    text = "2021年，某街通过某某区政府网站公开工作信息31条。"
    assert named(text, 2021, checkout_rules)["31"] == "disclosure_website_posts"


def test_information_published_through_new_media_only(checkout_rules) -> None:
    text = "（一）主动公开情况。一是在县政府门户网站主动公开政府信息1820条；二是通过微博、微信公开政府信息394条。"
    assert named(text, 2022, checkout_rules)["394"] == "disclosure_new_media_posts"
