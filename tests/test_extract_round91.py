"""Round 91 (#17): what blind83 showed that recurs in any report.

Named: full-time disclosure staff counted after their noun (明确专职工作人员2名); 实质性解读 as interpretations; the
fiscal kind written 财政预算 or 财政决算 alone.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_full_time_staff_counted_after_their_noun(checkout_rules) -> None:
    text = "街道把政府信息公开工作纳入重要议事日程，及时调整领导小组，明确专职工作人员2名。"
    assert named(text, 2023, checkout_rules)["2"] == "disclosure_staff_full_time"


def test_kinds_of_a_disclosure_report(checkout_rules) -> None:
    text = ("2023年，我局通过门户网站公开政府信息326条，其中财政预算信息3条，"
            "对政策背景、出台目的等方面的实质性解读5条。")
    read = named(text, 2023, checkout_rules)
    assert read["3"] == "disclosure_fiscal_items" and read["5"] == "disclosure_interpretations"
    assert named("主动公开政府信息20条，其中财政决算1条。", 2021, checkout_rules)["1"] == "disclosure_fiscal_items"
