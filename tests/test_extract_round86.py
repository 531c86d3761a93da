"""Round 86 (#17): what blind78 showed that recurs in any report.

Named: 文件解读; a WeChat 订阅号's posts; a site's posts with 累计 or 共 between (网站累计发布信息); requests made on the
disclosure platform named bare in a list of channels; a body's profile (机关简介) and 机构基本信息 as overview items.
Not named: a forensic appraisal body's cases after a passage on reconsideration (受理鉴定案件), and the totals since a
law took effect named without its title marks (行政诉讼法正式实施以来).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_kinds_and_channels_of_a_disclosure_report(checkout_rules) -> None:
    text = ("2022年，本委在本委网站累计发布信息284条，“某某卫健发布”微信订阅号发布信息431条。"
            "主动公开机关简介4条、文件解读3条。")
    read = named(text, 2022, checkout_rules)
    assert read["284"] == "disclosure_website_posts" and read["431"] == "disclosure_new_media_posts"
    assert read["4"] == "disclosure_overview_items" and read["3"] == "disclosure_interpretations"


def test_requests_made_on_the_platform(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2023年本区共收到政府信息公开申请91件，其中依申请公开平台42件、邮寄19件、当面申请30件。"
    assert named(text, 2023, checkout_rules)["42"] == "disclosure_requests_online"


def test_forensic_cases_after_a_reconsideration_passage(checkout_rules) -> None:
    text = ("（一）行政复议。全年受理行政复议案件312件，审结298件。\n"
            "（二）司法鉴定。全市司法鉴定机构全年受理鉴定案件1.05万件。")
    assert named(text, 2021, checkout_rules).get("1.05", "") == ""


def test_totals_since_a_law_took_effect(checkout_rules) -> None:
    text = "自 1990 年 10 月 1 日行政诉讼法正式实施以来，我院共审结行政诉讼案件 517 件，其中原告胜诉 61 件。"
    read = named(text, 2010, checkout_rules)
    assert read.get("517", "") == "" and read.get("61", "") == ""
