"""Number forms a report writes that the reader must take as figures: a rate's change in 百分点 without its 个.
Written here with other numbers than the real excerpts that showed them."""

from __future__ import annotations

from extracted import rows


def test_points_without_ge_are_a_rates_change_as_with_it(rules):
    found = rows("2023年，全县行政诉讼一审败诉率8.15%，同比下降2.37百分点。", rules, 2023)
    assert found == [("litigation_loss_rate_stated", "2023", "8.15", "%"),
                     ("litigation_loss_rate_decline_points", "2023", "2.37", "百分点")]
