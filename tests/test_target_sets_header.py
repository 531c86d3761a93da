"""The target page's table of target sets says whose value its last column counts.

Onboarding 阿坝州 2021 and 津南区 2023-2024 (round 31), the table listed 全国企业开办时间目标 with
"有数值的目标数 targets with a value: 0" beside a target whose document sets 8.5个工作日: every target has a
value; the column counts the targets the report gives a value for (sql/analysis/target_sets_applicable.sql).
"""

from __future__ import annotations

from indicators.publish.column_titles import header


def test_the_count_of_targets_with_a_value_names_the_report() -> None:
    title = header("targets_with_value")
    assert "报告" in title and "the report" in title, title
