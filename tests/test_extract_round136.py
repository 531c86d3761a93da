"""Round 136 (#17): what blind126 showed that recurs in any report.

Withheld: a sentence that names a notice board or a column as its own channel (通过公示栏张贴公开信息71条) counts that
channel's posts, not the new-media accounts' the sentence before named; the issues of an environmental or police
inspection (中央环保督察, 警务督察) are not those of rule-of-law inspections. Measured over every excerpt; blind127, never
tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

ACCOUNTS = "2023年，通过乡级微信公众号公开发布工作信息动态105条。"


def test_a_notice_boards_posts_are_not_the_accounts_of_the_sentence_before(checkout_rules) -> None:
    text = ACCOUNTS + "通过公示栏张贴公开信息71条。"
    assert named(text, 2023, checkout_rules)["71"] == ""


def test_a_columns_posts_are_not_the_accounts_of_the_sentence_before(checkout_rules) -> None:
    text = ACCOUNTS + "依托“政务公开专栏”发布各类信息41条。"
    assert named(text, 2023, checkout_rules)["41"] == ""


def test_the_accounts_named_after_the_board_keep_their_posts(checkout_rules) -> None:
    """Guard: the board is one channel of a list that ends with the accounts, which count the posts."""
    text = "2023年，通过公开栏和微信公众号发布信息86条。"
    assert named(text, 2023, checkout_rules)["86"] == "disclosure_new_media_posts"


def test_an_environmental_inspections_issues_are_no_rule_of_law_inspections(checkout_rules) -> None:
    text = "2023年，全市有效整改中央环保督察问题。2021年反馈的41项问题已完成整改32项。"
    assert named(text, 2023, checkout_rules)["41"] == ""


def test_a_rule_of_law_inspections_issues_keep_their_metric(checkout_rules) -> None:
    """Guard: the inspections the metric counts."""
    text = "2023年，开展法治政府建设专项督察，反馈问题21个。"
    assert named(text, 2023, checkout_rules)["21"] == "inspection_issues"
