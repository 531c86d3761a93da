"""Every indicator of the bundled report, with numerator and denominator derived by hand from the
quotes in the report text (not from our own output), and the report's stated rates."""

from __future__ import annotations

import math

import pytest

from indicators.read.queries import indicator_values

# (indicator, numerator, denominator) as read in the 四会市 2017 report.
EXPECTED = [
    ("online_full_process_rate", 440, 510),          # 网上全流程办理事项440项 / 行政许可510项
    ("max_one_visit_rate", 480, 510),                # 不超过一次的事项有480项
    ("zero_visit_rate", 70, 510),                    # 实现零跑动事项70项
    ("licensing_share_of_service_items", 510, 931),  # 行政许可510项 / 实施事项931项
    ("normative_doc_abolish_ratio", 72, 221),        # 拟废止72份 / 审核221份
    ("normative_doc_amend_ratio", 35, 221),
    ("normative_doc_invalidate_ratio", 11, 221),
    ("normative_doc_retain_ratio", 98, 221),
    ("normative_doc_cleanup_ratio", 72 + 35 + 11, 221),
    ("reconsideration_correction_rate", 6, 25 - 2),  # 撤销6件 over 25 cases less 2 under review
    ("reconsideration_upheld_rate", 11, 25 - 2),
    ("reconsideration_withdrawal_rate", 4, 25 - 2),
    ("business_startup_time_reduction", 20 - 7, 20),  # 20 → 7 个工作日
    ("business_registration_time_reduction", 7 - 5, 7),
    ("power_list_adjustment_rate", 15 + 7 + 5, 5749),  # 2017 adjustments over the 2015 list
]


@pytest.fixture(scope="module")
def values(built_db):
    return indicator_values("441284", 2017, built_db).set_index("indicator_id")


def test_every_expected_indicator_and_no_other(values):
    assert sorted(values.index) == sorted(i for i, _, _ in EXPECTED)


@pytest.mark.parametrize(("indicator_id", "numerator", "denominator"), EXPECTED)
def test_indicator_value(values, indicator_id, numerator, denominator):
    row = values.loc[indicator_id]
    assert row["numerator"] == numerator
    assert row["denominator"] == denominator
    assert row["value"] == pytest.approx(100 * numerator / denominator)
    assert row["unit"] == "%"
    assert row["name_zh"] and row["name_en"]


@pytest.mark.parametrize(
    ("indicator_id", "stated"),
    [("online_full_process_rate", 86.27), ("max_one_visit_rate", 94.12), ("zero_visit_rate", 13.73)],
)
def test_stated_value_and_difference(values, indicator_id, stated):
    row = values.loc[indicator_id]
    assert row["stated_value"] == stated
    assert row["stated_difference"] == pytest.approx(row["value"] - stated)
    assert abs(row["stated_difference"]) < 0.005


def test_indicators_without_a_stated_value_carry_none(values):
    assert math.isnan(values.loc["reconsideration_correction_rate", "stated_value"])


def test_values_are_never_infinite(values):
    assert values["value"].map(math.isfinite).all()
