"""Round 79 (#17): what blind71 showed that recurs in any report.

Named: the kinds of a reconsideration caseload listed after 从案件类别来看 (a kind counted, 行政处罚39件, names no
domain of its own, so the passage's 复议 carries); the website's part of the information published under 其中; a
channel list naming a government's 政府网 as the information published, its site's clause as the site's posts; an
official WeChat account's posts. Left unnamed: 行政强制 in such a breakdown (not the enforcement cases a body
decided); the figures of a half year's work report (2021年上半年…工作报告: the report's name does not make the text
a year's).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_kinds_of_a_reconsideration_caseload(checkout_rules) -> None:
    text = ("2020年，区政府共收到行政复议案件150件。\n从案件类别来看，行政强制41件，行政处罚31件，信息公开18件，"
            "投诉举报12件。")
    read = named(text, 2020, checkout_rules)
    assert read["31"] == "reconsideration_on_penalties" and read["18"] == "reconsideration_on_disclosure"
    assert read["12"] == "reconsideration_on_complaints" and read["41"] == ""


def test_a_half_years_work_report(checkout_rules) -> None:
    text = ("2021年上半年某区行政复议诉讼工作报告\n一、案件基本情况\n2021年上半年，区政府共收到行政复议案件92件。审结66件。"
            "其中不予受理2件，决定维持24件，驳回申请12件。")
    read = named(text, 2021, checkout_rules)
    assert read["24"] == "" and read["12"] == ""


def test_the_websites_part_under_qizhong(checkout_rules) -> None:
    text = "2020年，全年主动公开政府信息5120条，其中通过县政府门户网站公开政府信息3860条。"
    read = named(text, 2020, checkout_rules)
    assert read["5120"] == "disclosure_proactive_items" and read["3860"] == "disclosure_website_posts"


def test_a_channel_list_naming_a_government_site(checkout_rules) -> None:
    text = ("2021年，我镇通过某县人民政府网、政务微博等全年发布政务信息240条，其中：在某县人民政府网公开政务信息总数130条，"
            "累计发布政务微博信息110条。")
    read = named(text, 2021, checkout_rules)
    assert read["240"] == "disclosure_proactive_items" and read["130"] == "disclosure_website_posts"
    assert read["110"] == "disclosure_new_media_posts"


def test_an_official_wechat_accounts_posts(checkout_rules) -> None:
    text = "2022年度我街道官方微信“某某街道发布”，截至2022年12月31日共推送620条信息。"
    assert named(text, 2022, checkout_rules)["620"] == "disclosure_new_media_posts"
