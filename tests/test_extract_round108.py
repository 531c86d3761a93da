"""Round 108 (#17): what blind100 showed that recurs in any report.

Found: a hotline's count closed by 条 (回复热线96条), not a telephone number. Unnamed: a hotline's satisfaction as the
government services' (the curated files leave it without that metric, 47 rows to 3); the review of enforcement
decisions (重大行政执法决定法制审核) as a review of normative documents.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_a_hotline_count_in_tiao_is_a_figure(checkout_rules) -> None:
    rows = figure_columns("做好12345热线诉求处置工作，回复热线58条。联系电话：0871-6612345。", 2025, checkout_rules,
                          "value", "unit")
    assert ("58", "条") in rows and all(value != "0871" for value, _ in rows)


def test_hotline_satisfaction_and_decision_reviews_stay_unnamed(checkout_rules) -> None:
    read = named("做好12345热线诉求处置工作，回复热线58条，回复满意率达99.2%。", 2025, checkout_rules)
    assert read["99.2"] == ""
    assert named("政务服务大厅好差评满意率达99.8%。", 2025, checkout_rules)["99.8"] == "service_satisfaction_rate_stated"
    text = "落实规范性文件合法性审核与备案审查机制，全年开展重大行政执法决定法制审核21件，审核规范性文件4件。"
    read = named(text, 2025, checkout_rules)
    assert read["21"] == "" and read["4"] == "normative_docs_legality_reviewed"
