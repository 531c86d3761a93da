"""A year-on-year change is not shown where the later report itself states the base year's value, as the value
before its reform, and states it otherwise than the base figure: two reports counting one thing two ways. qa44's
浙江省 2017 page read 行政许可事项 265项（2016）→ 459项 +194（+73.21%) while the 2017 report says 从2016年的516项减少到
459项, a cut: the 2016 report had counted 265 实际执行事项. The pair is listed apart with the reason, as a pair of two
scopes is, and the figure_changes view (and the pandas rival of the benchmarks) says the same."""

from __future__ import annotations

import imperfect
import pytest

from indicators.read.analysis import year_on_year
from indicators.read.db import read_only

# a 2018 report of 四会市 stating 2017's licensing items before its cut; the bundled 2017 report states 510
TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n行政许可事项从2017年的{before}项减少到500项。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
licensing_items_before,2017,{before},项,,行政许可事项从2017年的{before}项减少到500项,
licensing_items,2018,500,项,,行政许可事项从2017年的{before}项减少到500项,
"""


def _licensing(db) -> dict[str, object]:
    changes = year_on_year("441284", 2017, 2018, db_path=db).set_index(["comparison", "measure_id"])
    return changes.loc[("year_on_year", "licensing_items")].to_dict()


@pytest.mark.parametrize(("before", "comparable"), [(530, False), (510, True)])
def test_a_base_the_later_report_states_otherwise_gives_no_change(tmp_path, before: int, comparable: bool) -> None:
    db = imperfect.built_with_2018_report(tmp_path, TEXT.format(before=before), FIGURES.format(before=before))
    pair = _licensing(db)
    assert (pair["base_value"], pair["value"], pair["comparable"]) == (510, 500, comparable)
    if comparable:  # the control: the report's own 2017 is the bundled report's, a fall of 10
        assert pair["change"] == -10 and pair["not_comparable_reason"] is None
    else:
        assert pair["not_comparable_reason"] == ("上年数值另有所记 the base year is stated otherwise：本报告记2017年为530项"
                                                 "（改革前 before the reform）")
    with read_only(db) as con:
        view = con.execute("select comparable, not_comparable_reason from figure_changes where jurisdiction_code = '441284' "
                           "and metric_id = 'licensing_items' and comparison = 'year_on_year' and period = 2018").fetchall()
    assert view == [(comparable, pair["not_comparable_reason"])]


def test_the_pandas_rival_says_the_same(tmp_path) -> None:
    """benchmarks/pandas_rival.py mirrors the view: it gives the same reason, and so stays equal to DuckDB."""
    from test_pandas_rival import rival

    db = imperfect.built_with_2018_report(tmp_path, TEXT.format(before=530), FIGURES.format(before=530))
    r = rival()
    ours = r.pandas_views(r.load_tables(db))
    r.assert_equal(ours, r.duckdb_views(db))
    changes = ours["figure_changes"]
    reasons = changes.loc[(changes["metric_id"] == "licensing_items") & (changes["period"] == 2018), "not_comparable_reason"]
    assert reasons.tolist() == ["上年数值另有所记 the base year is stated otherwise：本报告记2017年为530项"
                               "（改革前 before the reform）"]
