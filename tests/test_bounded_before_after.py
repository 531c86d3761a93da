"""A before/after change whose after-value is known only as a bound is itself a bound: 四会市 2017 (the bundled
report) cut start-up time from 20个工作日 to 7个工作日以内, and the year-on-year page read -13个工作日（-65.00%） and its
chart 20 → 7 个工作日, the arithmetic hiding the ≤ its own column showed. Trial 27 read it beside the real reports
onboarded (≥ 632000人次 → ≥ 150000人次 read as a fall, fixed for year on year); the cut is at least 13 days."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.build import build_database
from indicators.publish import charts, sections
from indicators.publish.display import change_bound_sign
from indicators.read import analysis


@pytest.fixture(scope="module")
def before_after(raw_dir: Path, tmp_path_factory) -> pd.DataFrame:
    db = build_database(raw_dir, tmp_path_factory.mktemp("db") / "indicators.duckdb").db_path
    changes = analysis.year_on_year("441284", 2017, 2017, db)
    return changes[changes["comparison"] == "before_after"]


def test_the_change_of_a_bounded_after_value_reads_as_a_bound(before_after) -> None:
    shown = sections.changes_table(before_after, "before-after", 2017, 2017).to_html()
    assert ">≤ -13个工作日</td>" in shown and ">≤ -65%</td>" in shown  # the relative change in its own column
    assert ">-2个工作日</td>" in shown and ">-28.57%</td>" in shown and "≤ -2个工作日" not in shown  # 7 → 5, both exact


def test_the_chart_label_keeps_the_bound(before_after) -> None:
    labels = set(charts.change_chart(before_after, "t").data["label"])
    assert labels == {"20 → ≤ 7 个工作日", "7 → 5 个工作日"}


@pytest.mark.parametrize(("base", "now", "sign"), [
    (None, None, ""), (None, "upper_bound", "≤ "), (None, "lower_bound", "≥ "), ("upper_bound", None, "≥ "),
    ("lower_bound", None, "≤ "), ("lower_bound", "upper_bound", "≤ "), ("lower_bound", "lower_bound", None),
    (None, "approximate", "约 "), ("from_bounds", None, "约 ")])
def test_the_sign_of_a_change_follows_from_its_two_bounds(base, now, sign) -> None:
    assert change_bound_sign(base, now) == sign
