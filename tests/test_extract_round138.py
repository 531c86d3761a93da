"""Round 138 (#17): what blind128 showed that recurs in any report.

Named: the share of items handled on the spot written 即办件率, as 即办件比例 and 即办率 already were. Measured over
every excerpt; blind129, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_share_handled_on_the_spot_written_as_a_rate(checkout_rules) -> None:
    text = "2025年，办理行政审批业务8058件，即办件4956件，即办件率61.5%。"
    assert named(text, 2025, checkout_rules)["61.5"] == "instant_items_rate_stated"
