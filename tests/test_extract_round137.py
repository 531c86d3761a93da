"""Round 137 (#17): what blind127 showed that recurs in any report.

Withheld: a platform of its own that is no new-media account (通过“三务公开”平台公开信息154条) counts that platform's
posts, as round 136's notice boards do, not the accounts' the sentence before named; the laws a compilation holds
(编印《…汇编》，系统梳理…130余部法律法规) are not the laws studied that the sentence before speaks of. Measured over
every excerpt; blind128, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

ACCOUNTS = "2023年，通过乡级微信公众号公开发布工作信息动态105条。"
STUDY = "2023年，局党组理论学习中心组组织专题学习11次。"


def test_a_platforms_posts_are_not_the_accounts_of_the_sentence_before(checkout_rules) -> None:
    text = ACCOUNTS + "通过县“三务公开”平台公开信息154条。"
    assert named(text, 2023, checkout_rules)["154"] == ""


def test_the_accounts_own_platform_keeps_their_posts(checkout_rules) -> None:
    """Guard: a WeChat platform is the accounts themselves."""
    text = ACCOUNTS + "通过微信公众平台发布信息1375条。"
    assert named(text, 2023, checkout_rules)["1375"] == "disclosure_new_media_posts"


def test_the_laws_a_compilation_holds_are_not_the_laws_studied(checkout_rules) -> None:
    text = STUDY + "组织编印《城市管理法律法规汇编》，系统梳理涵盖13个重点领域的130余部法律法规。"
    assert named(text, 2023, checkout_rules)["130"] == ""


def test_the_laws_studied_keep_their_metric(checkout_rules) -> None:
    """Guard: the laws the sessions studied."""
    text = STUDY + "全年学习了《行政处罚法》等法律法规10余部。"
    assert named(text, 2023, checkout_rules)["10"] == "laws_studied"
