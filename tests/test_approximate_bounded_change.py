"""A change between an approximate value and a bound keeps the bound: qa44 onboarded 武汉市's 2018 report
(审批时间由目前平均近200个工作日压减至100个工作日以内, curated 约 200 → ≤ 100), and the year-on-year page read the
cut as 约 -100个工作日（约 -50.00%）, beside the ≤ 100 of its own column: the cut is at least about 100 days."""

from __future__ import annotations

import pandas as pd
import pytest

from indicators.publish import sections
from indicators.publish.display import change_bound_sign


@pytest.mark.parametrize(("base", "now", "sign"), [
    ("approximate", "upper_bound", "≤ 约 "), ("approximate", "lower_bound", "≥ 约 "),
    ("upper_bound", "approximate", "≥ 约 "), ("lower_bound", "approximate", "≤ 约 "),
    ("approximate", "approximate", "约 "), (None, "approximate", "约 "),
    ("from_bounds", "upper_bound", "约 "), ("lower_bound", "upper_bound", "≤ ")])
def test_an_approximate_side_keeps_the_other_sides_bound(base, now, sign) -> None:
    assert change_bound_sign(base, now) == sign


def test_the_year_on_year_table_writes_the_bounded_approximate_cut() -> None:
    frame = pd.DataFrame([{
        "comparison": "before_after", "measure_id": "construction_approval_days",
        "name_zh": "工程建设项目审批时间", "name_en": "Approval time of construction projects",
        "base_name_zh": "工程建设项目审批时间（改革前）", "base_name_en": "Approval time before the reform",
        "base_period": 2018, "period": 2018, "base_value": 200.0, "value": 100.0, "base_unit": "个工作日",
        "unit": "个工作日", "change": -100.0, "relative_change": -0.5, "direction": "good",
        "base_qualifier": "approximate", "qualifier": "upper_bound",
        "base_quote": "由目前平均近200个工作日", "quote": "压减至100个工作日以内"}])
    shown = sections.changes_table(frame, "before-after", 2018, 2018).to_html()
    assert ">≤ 约 -100个工作日</td>" in shown and ">≤ 约 -50%</td>" in shown, shown
    assert ">约 -100个工作日" not in shown
