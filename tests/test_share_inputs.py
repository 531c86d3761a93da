"""What an indicator's inputs say of its value, on real reports onboarded in round 33 (qa33):

- a share over 100% counts its part and its whole over different things. 汉滨区 2021 states 1615 items at most one
  visit (of its 1617 service items) and 506 licensing items: the page showed a 最多跑一次比例 of 319.17%, charted a bar
  three times the axis and listed it among the peers' values. It has no value, and says why;
- a numerator's parts the report lists only some of fall short of the total it states of them. 通州区 2023 states
  撤销48, 确认违法150, 责令履职10 (no 变更) and 直接纠错236件, 纠错率24.2%: the correction rate was 208/977 = 21.29%,
  and against 2024's, taken from the total, 'different variant'. The total is taken (236/977 = 24.16%)."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.read.db import query_frame

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n"
        "线上公示服务事项共计1617项，“最多跑一次”事项1615项，行政许可类事项总数为506项，全程网办事项数为369项。\n"
        "区政府审结的复议案件977件，决定撤销48件，责令履职10件，确认违法150件，直接纠错236件。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
government_service_items,2018,1617,项,,线上公示服务事项共计1617项,
max_one_visit_items,2018,1615,项,,“最多跑一次”事项1615项,
licensing_items,2018,506,项,,行政许可类事项总数为506项,
online_full_process_items,2018,369,项,,全程网办事项数为369项,
reconsideration_concluded,2018,977,件,,区政府审结的复议案件977件,
reconsideration_revoked,2018,48,件,,决定撤销48件,
reconsideration_ordered_to_perform,2018,10,件,,责令履职10件,
reconsideration_confirmed_illegal,2018,150,件,,确认违法150件,
reconsideration_corrected,2018,236,件,,直接纠错236件,
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("shares"), TEXT, FIGURES)


def _indicator(db: Path, indicator: str) -> dict:
    rows = query_frame("select value, numerator, denominator, numerator_alternative, reason_text(reason) as reason "
                       "from indicator_values where report_id = '441284-2018' and indicator_id = $indicator",
                       {"indicator": indicator}, db_path=db)
    return rows.iloc[0].to_dict()


def test_a_share_over_the_whole_has_no_value(db: Path) -> None:
    row = _indicator(db, "max_one_visit_rate")
    assert row["value"] != row["value"]  # NaN: not 319.17
    assert (row["numerator"], row["denominator"]) == (1615, 506)
    assert row["reason"].startswith("分子大于分母")
    assert _indicator(db, "online_full_process_rate")["value"] == pytest.approx(100 * 369 / 506)


def test_a_share_over_the_whole_is_neither_charted_nor_a_peer_value(db: Path) -> None:
    from indicators.read import analysis

    shares = analysis.shares_of("441284", 2018, "licensing_items", db_path=db)
    assert list(shares["indicator_id"]) == ["online_full_process_rate"]
    peers = query_frame("select * from indicator_values where indicator_id = 'max_one_visit_rate' "
                        "and value is not null and report_id = '441284-2018'", {}, db_path=db)
    assert peers.empty


def test_the_stated_total_is_taken_over_parts_that_fall_short_of_it(db: Path) -> None:
    row = _indicator(db, "reconsideration_correction_rate")
    assert row["numerator"] == 236 and row["numerator_alternative"] == 2
    assert row["value"] == pytest.approx(100 * 236 / 977)


def test_every_part_listed_is_still_taken_before_the_total(tmp_path: Path) -> None:
    """四会市's own form: 撤销, 变更, 确认违法 and 责令履行 all stated, their sum the catalog's definition even where a
    纠错 total stated beside them is larger (it may count what the definition leaves out)."""
    figures = FIGURES + "reconsideration_changed,2018,2,件,,变更2件,\n"
    text = TEXT.replace("确认违法150件", "确认违法150件，变更2件")
    db = imperfect.built_with_2018_report(tmp_path, text, figures)
    row = _indicator(db, "reconsideration_correction_rate")
    assert (row["numerator"], row["numerator_alternative"]) == (210, 1)


def test_the_pandas_twin_agrees(db: Path) -> None:
    from test_pandas_rival import rival

    r = rival()
    r.assert_equal(r.pandas_views(r.load_tables(db)), r.duckdb_views(db))


def test_a_part_lacking_a_required_figure_has_no_sum(tmp_path: Path) -> None:
    """黑龙江省 2020 (blind2) states 企业开办压减至3个工作日以内 and no time before the reform: `show` printed a numerator of
    -3 (the missing before less 3) and named 开办企业全流程时限（改革前） twice in the reason."""
    text = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n企业开办压减至3个工作日以内。\n"
    figures = ("metric_id,period,value,unit,qualifier,quote,note\n"
               "business_startup_days_after,2018,3,个工作日,upper_bound,企业开办压减至3个工作日以内,\n")
    db = imperfect.built_with_2018_report(tmp_path, text, figures)
    row = _indicator(db, "business_startup_time_reduction")
    assert row["numerator"] != row["numerator"] and row["denominator"] != row["denominator"]  # NaN: no -3
    assert row["reason"].count("business_startup_days_before") == 1, row["reason"]  # in words, once
    from test_pandas_rival import rival

    r = rival()
    r.assert_equal(r.pandas_views(r.load_tables(db)), r.duckdb_views(db))


def test_the_summary_says_why_the_stated_share_is_unchecked(tmp_path: Path) -> None:
    """With the share withheld, 汉滨区 2021's summary listed 报告所述最多跑一次比例与重新计算值一致 among the rules left
    unchecked 'for want of a total, a period or a scope', none of which is why."""
    from indicators.publish import summary
    from indicators.read import analysis

    text = TEXT + "“最多跑一次”事项占比95%。\n"
    figures = FIGURES + "max_one_visit_rate_stated,2018,95,%,,“最多跑一次”事项占比95%,\n"
    db = imperfect.built_with_2018_report(tmp_path, text, figures)
    lines = summary.consistency_sentences(analysis.consistency_checks("441284", 2018, db_path=db))
    unchecked = [line for line in lines if line.startswith("另有")]
    assert unchecked and "或报告所述比例无法重新计算" in unchecked[0], lines


def test_a_share_over_its_whole_is_not_said_to_be_unreported(tmp_path: Path) -> None:
    """Against 广东's targets (四会市 is bound by the province's 2017 set), a withheld 最多跑一次比例 read 报告未提供 on the
    target page, in the summary and in the export, of a report that states both counts."""
    from indicators.publish import summary
    from indicators.read import analysis

    text = TEXT.replace("四会市人民政府关于2018年度", "封开县人民政府关于2017年度")
    db = imperfect.built_with_fengkai_report(tmp_path, 2017, text, FIGURES.replace(",2018,", ",2017,"))
    gaps = analysis.target_gap("441225", 2017, "gd-2017-province", db_path=db)
    row = gaps[gaps["measure_id"] == "max_one_visit_rate"].iloc[0]
    assert (row["status"], row["value_text"]) == ("not computable", "无法计算")
    assert row["status_zh"].startswith("报告的数字不是同一范围")
    lines = summary.target_sentences(gaps)
    assert any(line.startswith("报告所列最多跑一次比例的数字不是同一范围") for line in lines), lines
    assert not any("报告未提供" in line and "最多跑一次比例" in line for line in lines), lines
    from test_pandas_rival import rival

    r = rival()
    r.assert_equal(r.pandas_views(r.load_tables(db)), r.duckdb_views(db))


def test_the_profile_says_the_share_counts_different_things(db: Path) -> None:
    """The profile's line under the indicators said 报告未提供计算以下指标所需的数字：…最多跑一次比例 of a report stating both
    counts."""
    from indicators.publish import sections
    from indicators.read import analysis

    html = sections.unstated_indicators(analysis.report_indicators("441284", 2018, db_path=db)).data
    assert "分子大于分母" in html and "最多跑一次比例（1615 / 506）" in html
    assert "最多跑一次比例" not in html.split("分子大于分母")[0]
