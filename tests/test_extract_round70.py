"""Round 70 (#17): what blind62 showed that recurs in any report.

Named: a legal aid centre's 援助案件 (not lawsuits because 行政案件 is one of their kinds); the 四办 lists' items in
quotes (“马上办”事项, “一次办”事项); licensing items 瘦身为; new-media posts of a 微信公众平台 or the “两微” accounts,
and posts 发布、转载 as 微博; the mediation success rate's short form 调成率.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_legal_aid_centres_cases(checkout_rules) -> None:
    text = "2015年，县法律援助中心共办理各类援助案件123件(其中：民事案件100件、行政案件1件)，同比增长27.2%。"
    read = named(text, 2015, checkout_rules)
    assert read["123"] == "legal_aid_cases" and read["27.2"] == "legal_aid_cases_growth_stated"


def test_quoted_service_lists_and_slimmed_licensing_items(checkout_rules) -> None:
    read = named("改革推出“马上办”事项123项，“一次办”事项456项。", 2020, checkout_rules)
    assert read["123"] == "instant_items" and read["456"] == "max_one_visit_items"
    assert named("全省行政审批事项“瘦身”为319项。", 2012, checkout_rules)["319"] == "licensing_items"


def test_new_media_posts_and_the_mediation_success_rate(checkout_rules) -> None:
    assert named("乡政府微信公众平台发布36条。", 2022, checkout_rules)["36"] == "disclosure_new_media_posts"
    text = "街道官方“两微”平台全年发布信息672条。"
    assert named(text, 2021, checkout_rules)["672"] == "disclosure_new_media_posts"
    assert named("在官方微博发布、转载微博43条。", 2019, checkout_rules)["43"] == "disclosure_new_media_posts"
    text = "全县共受理矛盾纠纷2681起，成功调处化解2628起，调成率98%。"
    assert named(text, 2020, checkout_rules)["98"] == "mediation_success_rate_stated"
