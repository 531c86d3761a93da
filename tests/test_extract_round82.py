"""Round 82 (#17): what blind74 showed that recurs in any report.

Named: requests with their applicants between (共收到4名自然人申请政府信息公开5件) and answered 依申请均已按要求进行了答复;
requests carried over 上一年度结转受理; a passage on what is published unasked ((一)主动公开情况) carrying 主动公开 into
its kinds; 各类动态类信息; 政务访谈; letters called 来件; a website's posts 公布 with a longer kind before 信息; the
fiscal kind 财政预算、决算 with its verb after it; the zero-visit share 不见面事项达到; the share 的事项实现马上办; a kind
whose only period word stands in a cited title (《…春节期间…方案》), read as the year's now. A total since a party
congress (党的十八大以来) is no year's value (a guard: alone, such a sentence passes before the round too; in blind74's
Sichuan page the words before it made the figure named).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_with_applicants_between_and_answered(checkout_rules) -> None:
    text = ("2.依申请公开办理情况：某街道2020年度共收到3名自然人申请政府信息公开7件。其中，当面申请2人4件。"
            "7件依申请均已按要求进行了答复。")
    read = named(text, 2020, checkout_rules)
    assert read["7"] in {"disclosure_requests", "disclosure_requests_answered"}
    rows = named(text.replace("7件依申请", "6件依申请"), 2020, checkout_rules)
    assert rows["7"] == "disclosure_requests" and rows["6"] == "disclosure_requests_answered"


def test_requests_carried_over_and_accepted(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2022年，本局本年新收政府信息公开申请4件，上一年度结转受理2件。"
    assert named(text, 2022, checkout_rules)["2"] == "disclosure_requests_carried_over"


def test_a_passage_on_proactive_disclosure_carries_its_topic(checkout_rules) -> None:
    text = ("（一）主动公开情况\n2021年在街道子网页上主动公开政府信息95条，主要包括以下方面：\n"
            "1. 围绕街道中心工作，更新《某某街道开展志愿服务》等工作动态47条。")
    assert named(text, 2021, checkout_rules)["47"] == "disclosure_government_updates"


def test_kinds_interviews_and_letters_of_a_county_site(checkout_rules) -> None:
    text = ("2022年，县政府网站公开各类动态类信息1830条，发布政策解读31条，发布政务访谈6期。"
            "2022年，县长信箱、政务咨询专栏共收到群众来件287件。")
    read = named(text, 2022, checkout_rules)
    assert read["1830"] == "disclosure_government_updates" and read["6"] == "disclosure_online_interviews"
    assert read["287"] == "public_messages_received"


def test_a_websites_posts_published_with_a_longer_kind(checkout_rules) -> None:
    text = "2019年，通过本局门户网站公布与统计工作相关的政府信息214条。"
    assert named(text, 2019, checkout_rules)["214"] == "disclosure_website_posts"


def test_the_fiscal_kind_with_its_verb_after(checkout_rules) -> None:
    text = "2022年主动公开政府信息情况：6.行政处罚决定发布40条；7.财政预算、决算信息发布138条。"
    assert named(text, 2022, checkout_rules)["138"] == "disclosure_fiscal_items"


def test_shares_of_items_without_a_visit_and_at_once(checkout_rules) -> None:
    text = "2023年，某县93.2%的事项实现马上办，不见面事项达到97.4%。"
    read = named(text, 2023, checkout_rules)
    assert read["93.2"] == "instant_items_rate_stated" and read["97.4"] == "zero_visit_rate_stated"


def test_a_cited_titles_holiday_is_not_the_figures_period(checkout_rules) -> None:
    text = ("（一）主动公开情况\n3. 公开《某街道办事处关于印发〈某街道2021年春节期间安全管理工作方案〉的通知》等政策文件"
            "5条。")
    assert named(text, 2021, checkout_rules)["5"] == "disclosure_policy_documents"


def test_a_total_since_a_party_congress_is_no_years_value(checkout_rules) -> None:
    text = ("从城市社区到工厂车间，从乡村的田间地头到一个个基层人民法院……党的十八大以来，某省持续健全"
            "以党建引领、公调对接、诉源治理、资源整合为核心的矛盾纠纷多元化解模式，成功化解各类纠纷312.4万件。")
    assert named(text, 2018, checkout_rules).get("312.4", "") == ""
