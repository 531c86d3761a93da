"""A count per time written with 次 in brackets after its measure word (306件(次), 1000余场(次), 7.4万余家(次)), as
pages of eleven batches of the real set write it (#17).

The extractor read the word before the bracket (件, 场, 万家), where the curators write the count per time (件次,
场(次), 万家次): blind132's twelve monthly counts were its first measure's twelve wrong units. It now joins the
bracketed 次 to a word that makes a measure word with it, except 人 (the curators of blind11 and blind16 name the
persons' metrics for 人(次)). The build reads such a quote the same way, so that the figure the extractor proposes is
built; and the scores read a curator's 场(次) as the 场次 the extractor writes."""

from __future__ import annotations

import onboarded_page
import pandas as pd
from named_figures import figure_columns
from onboarded_page import page_project, stored_rows

from indicators.extract.devset import score_figures

TEXT = ("2024年，全区开展学习1000余场(次)，检查企业7.4万余家(次)，发布信息35012条（次），受教育群众59277人(次)，"
        "举办培训17期(次)。")


def test_a_bracketed_time_joins_the_word_it_makes_a_measure_word_with(checkout_rules) -> None:
    assert figure_columns(TEXT, 2024, checkout_rules, "value", "unit") == [
        ("1000", "场次"), ("7.4", "万家次"), ("35012", "条次"), ("59277", "人"), ("17", "期")]


def test_the_quote_keeps_the_bracket(checkout_rules) -> None:
    quotes = [quote for (quote,) in figure_columns("2018年1月份受理451件(次)。", 2018, checkout_rules, "quote")]
    assert quotes == ["2018年1月份受理451件(次)"]


def test_a_curators_bracketed_unit_pairs_with_the_joined_one() -> None:
    extracted = pd.DataFrame([{"period": "2024", "value": "1000", "metric_id": "", "unit": "场次"}])
    curated = pd.DataFrame([{"period": "2024", "value": "1000", "metric_id": "", "unit": "场(次)"}])
    score = score_figures(extracted, curated)
    assert (score.found, score.unit_right) == (1, 1)


PAGE = "某县司法局2024年法治政府建设情况报告\n2024年，办理法律援助案件306件(次)，开展普法宣传活动12场(次)。\n"
project = page_project(PAGE, "530627-2024", "某县司法局")


def test_the_build_takes_the_joined_unit_from_a_bracketed_quote(project, tmp_path) -> None:
    db = tmp_path / "db.duckdb"
    result = onboarded_page.build(project, "530627-2024",
                                  "legal_aid_cases,2024,306,件次,,办理法律援助案件306件(次),\n"
                                  "publicity_events,2024,12,场次,,开展普法宣传活动12场(次),\n", db)
    assert result.exit_code == 0, result.output
    assert stored_rows(db, "530627-2024", "value, quote") == [
        (306, "办理法律援助案件306件(次)"), (12, "开展普法宣传活动12场(次)")]


def test_a_unit_the_bracket_does_not_make_is_still_refused(project, tmp_path) -> None:
    """Guard: 306 人次 is not what the quote writes, joined or not."""
    result = onboarded_page.build(project, "530627-2024",
                                  "legal_aid_cases,2024,306,人次,,办理法律援助案件306件(次),\n",
                                  tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
    assert result.output.count("Error:") == 1, result.output
