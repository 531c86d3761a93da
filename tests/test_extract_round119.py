"""Round 119 (#17): what blind111 showed that recurs in any report.

Named: the review rate written 审查率 alone as its own clause, after the documents reviewed; one number for the review
and the filing rate (审查率和报备率均达100%) as the filing rate. Withheld: the meetings of the rule-of-law commission's
office alone, which the commission's metric counts only with the commission's own.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_review_rate_written_shencha_lv_alone(checkout_rules) -> None:
    text = "加强规范性文件合法性审查，全年审查规范性文件14件，审查率100%。"
    assert named(text, 2023, checkout_rules)["100"] == "normative_docs_review_rate_stated"


def test_the_commissions_office_meetings_alone_take_no_metric(checkout_rules) -> None:
    text = "召开全面依法治县委员会会议2次、委员会办公室会议3次。"
    assert named(text, 2022, checkout_rules) == {"2": "rule_of_law_committee_meetings", "3": ""}
    assert named("全面依法治区委员会办公室会议6次。", 2022, checkout_rules)["6"] == ""


def test_one_number_for_the_review_and_the_filing_rate_is_the_filing_rate(checkout_rules) -> None:
    text = "全年审核行政规范性文件6件，审查率和报备率均达100%。"
    assert named(text, 2024, checkout_rules)["100"] == "normative_docs_filing_rate_stated"


def test_a_review_rate_after_a_count_of_contracts_names_no_document_rate(checkout_rules) -> None:
    text = "全年县司法局审核县政府规范性文件12件，审核县政府合同80份，审核率100%。"
    assert named(text, 2024, checkout_rules)["100"] == ""
