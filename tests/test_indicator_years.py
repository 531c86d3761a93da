"""A term of an indicator takes a figure of an earlier year only where the term is a stock
(`indicator_terms.earlier_year`): the list of licensing items stands until it is restated, but a count of
the year's events does not. A trial report (宝鸡市 2006) got a correction rate of 12.5% from 2005's 3
revoked cases over 2006's 24, ranked and judged against targets as 2006's."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.read.db import query_frame

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，共收到行政复议申请40件，已审结32件。"
        "2017年，直接纠错8件。2017年梳理行政许可事项400项，2018年网上全流程办理事项300项。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
reconsideration_cases,2018,40,件,,共收到行政复议申请40件,
reconsideration_concluded,2018,32,件,,已审结32件,
reconsideration_corrected,2017,8,件,,直接纠错8件,
licensing_items,2017,400,项,,2017年梳理行政许可事项400项,
online_full_process_items,2018,300,项,,2018年网上全流程办理事项300项,
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("years"), TEXT, FIGURES)


def _value(db: Path, indicator: str) -> tuple:
    rows = query_frame("select value, first_period, last_period, coalesce(reason, '') as reason from indicator_values "
                       "where report_id = '441284-2018' and indicator_id = $indicator", {"indicator": indicator},
                       db_path=db)
    return tuple(rows.iloc[0]) if len(rows) else ()


def test_a_count_of_an_earlier_year_is_not_this_years(db: Path) -> None:
    value, _first, _last, reason = _value(db, "reconsideration_correction_rate")
    assert value != value or value is None  # NaN or None: not 8 / 32
    assert reason.startswith("missing figure")


def test_a_stock_of_an_earlier_year_still_stands(db: Path) -> None:
    assert _value(db, "online_full_process_rate") == (pytest.approx(75.0), 2017, 2018, "")


def test_every_term_says_whether_it_may_take_an_earlier_year(db: Path) -> None:
    terms = query_frame("select metric_id, earlier_year from indicator_terms", {}, db_path=db)
    assert set(terms["earlier_year"]) == {True, False}
    flows = set(terms.loc[~terms["earlier_year"], "metric_id"])
    assert {"reconsideration_revoked", "reconsideration_corrected", "power_list_items_added"} <= flows
    assert "power_list_items" not in flows  # 2017's adjustments over the 2015 list (the bundled report)


def test_the_pandas_twin_takes_the_same_years(db: Path) -> None:
    from test_pandas_rival import rival

    r = rival()
    ours = r.pandas_views(r.load_tables(db))
    r.assert_equal(ours, r.duckdb_views(db))
    correction = ours["indicator_values"].query("report_id == '441284-2018' and "
                                                "indicator_id == 'reconsideration_correction_rate'")
    assert correction["value"].isna().all()


def test_show_names_the_missing_figure_in_words(db: Path) -> None:
    """indicator_values keeps ids ('missing figure: reconsideration_revoked'); what a reader sees names the metric
    (trial 24 found the ids on the profile, in `show`, `check` and the export)."""
    from click.testing import CliRunner

    from indicators.cli import cli

    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2018", "--db", str(db),
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "缺少数字 missing figure：决定撤销的复议案件（reconsideration_revoked）" in result.output
    assert "missing figure: " not in result.output
