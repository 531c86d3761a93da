"""A year-on-year change is not shown where one of its values is a later report's restatement that the year's own
report states otherwise. Reports of 北京市通州区 (110112): the 2022 行政复议应诉分析报告 counts 直接纠错51件; the 2023 one
writes 直接纠错236件 … 较去年60件. metric_values keeps the later report's restatement, so the 2023 year-on-year page and
summary read 纠错的行政复议案件 60件（2022年）→ 236件 +176件, with the base quote 较去年60件 and nothing to say that the 2022
report itself counted 51 (whence +185), and the 2022 page and summary, 依据《2022年通州区行政复议应诉分析报告》, read 56件
（2021年）→ 60件（2022年）+4件, a 60 that report does not hold, while both pages' 行政复议纠错率 of 2022, 10.71%, is
51 ÷ 476. Such a pair is listed apart with both values and the report of each (the figure_changes view and the pandas
rival say the same), as qa44's pair of a base the later report states as the value before its reform is; a restatement
equal to the earlier report's (较2022年558件, the 2022 report's 558) still gives a change.

The texts are the real pages' excerpts of tests/extract/real/blind3/tongzhou_reconsideration_2021.txt
(http://zhengfu.bjtzh.gov.cn/bjtz/xxfb/202211/1624687.shtml), blind31/tongzhou_reconsideration_2022.txt
(https://www.bjtzh.gov.cn/bjtz/xxfb/202403/1698598.shtml) and blind11/tongzhou_reconsideration_2023.txt
(http://zhengfu.bjtzh.gov.cn/bjtz/xxfb/202412/1736648.shtml), cut to the sentences the figures quote."""

from __future__ import annotations

import imperfect
import pandas as pd

from indicators.build import build_database
from indicators.read.analysis import year_on_year
from indicators.read.db import read_only

TEXT_2021 = ("通州区2021年行政复议应诉分析报告\n"
             "2021年,区政府收到行政复议申请281件。审结的262件行政复议案件中,直接纠错56件。\n")
FIGURES_2021 = """reconsideration_cases,2021,281,件,,区政府收到行政复议申请281件,
reconsideration_concluded,2021,262,件,,审结的262件行政复议案件,
reconsideration_corrected,2021,56,件,,直接纠错56件,
"""
TEXT_2022 = ("2022年通州区行政复议应诉分析报告\n"
             "2022年,区政府收到行政复议申请558件,较上一年281件,增加277件。审结的476件行政复议案件中,直接纠错51件,"
             "以调解、和解等方式结案100件。\n")
FIGURES_2022 = """reconsideration_cases,2022,558,件,,区政府收到行政复议申请558件,
reconsideration_concluded,2022,476,件,,审结的476件行政复议案件,
reconsideration_corrected,2022,51,件,,直接纠错51件,
"""
TEXT_2023 = ("2023年通州区行政复议应诉分析报告\n"
             "2023年,区政府共收到行政复议申请1113件,较2022年558件,增加了555件。区政府审结的复议案件977件,"
             "直接纠错236件,纠错率24.2%,较去年60件。\n")
FIGURES_2023 = """reconsideration_cases,2023,1113,件,,区政府共收到行政复议申请1113件,
reconsideration_cases,2022,558,件,,较2022年558件,
reconsideration_concluded,2023,977,件,,区政府审结的复议案件977件,
reconsideration_corrected,2023,236,件,,"直接纠错236件,纠错率24.2%",
reconsideration_corrected,2022,60,件,,较去年60件,
"""
REASON = ("2022年数值两份报告所记不同 the 2022 value is stated differently by two reports："
          "2022年报告记为51件，2023年报告记为60件")


def _built(tmp_path):
    raw = imperfect.raw_folder(tmp_path, fixtures=())
    # 110112 is not in the catalog: the build takes it from the GB/T 2260 code table, as it did on onboarding
    for year, text, figures in ((2021, TEXT_2021, FIGURES_2021), (2022, TEXT_2022, FIGURES_2022),
                                (2023, TEXT_2023, FIGURES_2023)):
        imperfect.add_report(raw, "110112", "通州区", year, text, figures, title=f"{year}年通州区行政复议应诉分析报告")
    return build_database(raw_dir=raw, db_path=tmp_path / "indicators.duckdb").db_path


def _pairs(db, base_period: int, period: int):
    changes = year_on_year("110112", base_period, period, db_path=db)
    return changes[(changes["comparison"] == "year_on_year") & (changes["measure_kind"] == "figure")].set_index(
        "measure_id")


def test_a_value_restated_otherwise_gives_no_change(tmp_path) -> None:
    db = _built(tmp_path)
    # the 2022 page: 2022's value shown is the 2023 report's 60, which the 2022 report, the page's source, counts 51
    corrected = _pairs(db, 2021, 2022).loc["reconsideration_corrected"]
    assert (bool(corrected["comparable"]), corrected["not_comparable_reason"]) == (False, REASON)
    # the 2023 page: the base shown is the 2023 report's 60
    pairs = _pairs(db, 2022, 2023)
    corrected = pairs.loc["reconsideration_corrected"]
    assert (bool(corrected["comparable"]), corrected["not_comparable_reason"]) == (False, REASON)
    # the control: the 2023 report restates 2022's 558 as the 2022 report states it, a rise of 555
    cases = pairs.loc["reconsideration_cases"]
    assert (bool(cases["comparable"]), cases["change"]) == (True, 555)
    with read_only(db) as con:
        view = con.execute("select metric_id, comparable, not_comparable_reason from figure_changes "
                           "where jurisdiction_code = '110112' and comparison = 'year_on_year'").fetchall()
    assert sorted(view) == [*[("reconsideration_cases", True, None)] * 2, *[("reconsideration_concluded", True, None)] * 2,
                            *[("reconsideration_corrected", False, REASON)] * 2]


def test_the_pandas_rival_says_the_same(tmp_path) -> None:
    """benchmarks/pandas_rival.py mirrors the view: it gives the same reason, and so stays equal to DuckDB."""
    from test_pandas_rival import rival

    db = _built(tmp_path)
    r = rival()
    ours = r.pandas_views(r.load_tables(db))
    r.assert_equal(ours, r.duckdb_views(db))
    changes = ours["figure_changes"]
    reasons = changes.loc[changes["metric_id"] == "reconsideration_corrected", "not_comparable_reason"]
    assert reasons.tolist() == [REASON, REASON]


def test_a_restated_value_is_quoted_from_its_own_report(tmp_path) -> None:
    """The 2022 page quoted 2022's 558件 as 较2022年558件, the 2023 report's sentence, which the 2022 report (the page's
    source) does not hold: a value its year's own report states alike is quoted from that report, on either page."""
    db = _built(tmp_path)
    own = "区政府收到行政复议申请558件"
    assert _pairs(db, 2021, 2022).loc["reconsideration_cases", "quote"] == own
    assert _pairs(db, 2022, 2023).loc["reconsideration_cases", "base_quote"] == own
    # a value only the later report states keeps its quote (the 2023 report's 较去年60件)
    assert _pairs(db, 2022, 2023).loc["reconsideration_corrected", "base_quote"] == "较去年60件"


def test_a_quote_read_in_a_later_report_names_that_report(tmp_path) -> None:
    """The year-on-year page names no report: its 基期原文 较去年60件, read in the 2023 report since that is the value
    shown for 2022, looked like the 2022 report's own words (qa52's note). A quote read in another year's report than
    the value's now says whose it is; a quote of the value's own year's report says nothing more."""
    from indicators.publish.sections import changes_table

    pairs = _pairs(_built(tmp_path), 2022, 2023)
    def years(measure: str) -> list[int | None]:
        return [None if pd.isna(y) else int(y) for y in pairs.loc[measure, ["base_quote_year", "quote_year"]]]

    assert (years("reconsideration_corrected"), years("reconsideration_cases")) == ([2023, None], [None, None])
    shown = changes_table(pairs.reset_index(), "changes", 2022, 2023).to_html()
    assert "较去年60件（2023年报告 the 2023 report）" in shown
    assert "区政府收到行政复议申请558件（" not in shown and "区政府收到行政复议申请558件" in shown
