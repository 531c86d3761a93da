"""Round 97 (#17): what blind89 showed that recurs in any report.

Named: 解读政策文件 as interpretations, not policy documents; requests received with 办理 after them (接收依申请信息
公开办理52件); the fiscal kind right after 其中 (其中财政信息 2 条).
Unnamed: 无法提供N件, which curators name not held in some reports and leave as the total of several outcomes in others
(tried: 12 wrong names for 7 right ones).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_interpretations_of_policy_documents(checkout_rules) -> None:
    text = "主动公开各类政府信息75条，其中解读政策文件6件。"
    assert named(text, 2024, checkout_rules)["6"] == "disclosure_interpretations"


def test_requests_received_for_handling(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2024年接收依申请信息公开办理23件。"
    assert named(text, 2024, checkout_rules)["23"] == "disclosure_requests"


def test_fiscal_kind_after_qizhong(checkout_rules) -> None:
    text = "在县政府门户网累计主动公开政府信息 30 条，其中财政信息 4 条、人事信息 1 条。"
    assert named(text, 2025, checkout_rules)["4"] == "disclosure_fiscal_items"


def test_unable_to_provide_stays_unnamed(checkout_rules) -> None:
    text = "（二）依申请公开情况\n全年收到政府信息公开申请12件，其中予以公开5件，无法提供3件。"
    assert named(text, 2024, checkout_rules)["3"] == ""
