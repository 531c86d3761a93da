"""Round 107 (#17): what blind99 showed that recurs in any report.

Named: the audience of law publicity counted as 受教育群众 (受教育群众达12万余人次). Unnamed: stories placed in news
media (市级媒体发布55篇) in a sentence on the new-media accounts, which then name the accounts' own posts.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_publicity_audience_educated(checkout_rules) -> None:
    text = "2023年共开展各类法治宣传活动60余场次，发放宣传资料3万余份，受教育群众达4万余人次。"
    assert named(text, 2023, checkout_rules)["4"] == "publicity_audience_attendance"


def test_news_media_stories_are_not_the_new_media_accounts(checkout_rules) -> None:
    text = ("通过镇政府网站和“某镇发布”微信公众号主动公开政务信息，增强了公众的监督力度；本年度市级媒体发布32篇，"
            "在“某镇发布”公众号发布信息186篇。")
    read = named(text, 2024, checkout_rules)
    assert read["32"] == "" and read["186"] == "disclosure_new_media_posts"
