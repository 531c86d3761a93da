"""Round 129 (#17): what blind121 showed that recurs in any report.

Named: the fiscal kind written 财政预决算及资金信息 in a list of what was published, as 财政预决算及三公经费信息 is.
Tried and dropped (see docs/extraction-rounds.md): 发布 alone before normative documents as the documents published
(three right names gained, three lost), and one event's counts after 本次…活动 withheld (twelve right names lost).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_fiscal_items_written_with_funds(checkout_rules) -> None:
    text = "2023年，我县通过政府网站公开各类信息5120条，其中动态信息1800条，财政预决算及资金信息143条。"
    assert named(text, 2023, checkout_rules)["143"] == "disclosure_fiscal_items"
