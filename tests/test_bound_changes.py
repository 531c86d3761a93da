"""Year on year gives no difference between two values of which one is known only as a bound (600多人, 15万余人次)
or as an approximate value: ≥ 632000 against ≥ 150000 may be a rise. Trial 27 onboarded 叶城县 2022 and 2023
(blind16, blind4): its page read 法律知识培训人次 ≥ 632000人次 → ≥ 150000人次 as -482000人次（-76.27%）变差, and
its summary dropped the signs: 2022年632000人次，2023年150000人次（-482000人次）. Here a 2018 report of 四会市 states
800余人 trained where 2017 states 600多人 (the bundled report), and an exact count of licensing items both years."""

from __future__ import annotations

import imperfect
import pytest

from indicators.publish import summary
from indicators.read import analysis

TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，行政许可事项500项。全年组织执法人员培训800余人。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note,scope,variant
licensing_items,2018,500,项,,行政许可事项500项,,,
enforcement_training_participants,2018,800,人,lower_bound,全年组织执法人员培训800余人,,,
"""


@pytest.fixture(scope="module")
def changes(tmp_path_factory):
    db = imperfect.built_with_2018_report(tmp_path_factory.mktemp("bounds-two-years"), TEXT, FIGURES)
    found = analysis.year_on_year("441284", 2017, 2018, db)
    return found[found["comparison"] == "year_on_year"]


def test_a_pair_with_a_bound_is_no_change(changes) -> None:
    figures = changes[changes["measure_kind"] == "figure"].set_index("measure_id")
    trained = figures.loc["enforcement_training_participants"]
    assert trained[["base_qualifier", "qualifier"]].tolist() == ["lower_bound", "lower_bound"]
    assert not trained["comparable"]
    assert "上下限或约数" in trained["not_comparable_reason"]
    assert bool(figures.loc["licensing_items", "comparable"])  # exact both years: still a change


def test_the_summary_names_the_pair_instead_of_printing_its_difference(changes) -> None:
    lines = summary.change_sentences(changes, 2017, 2018)
    trained = [line for line in lines if line.startswith("行政执法人员培训参加人数")]
    assert trained and all("不可比" in line and "+200" not in line for line in trained), lines
