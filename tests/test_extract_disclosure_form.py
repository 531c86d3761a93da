"""Round 8: the standard 政府信息公开 annual report as a scope (`extract/disclosure.py`, `data/disclosure_scope.csv`,
`data/disclosure_form.csv`): inside its parts, a paragraph opened by one or a sentence about disclosure, figures take
the form's disclosure metrics; the same words elsewhere keep the general metric."""

from __future__ import annotations

import pytest
from extracted import rows

from indicators.extract.disclosure import form_metrics

_REPORT = "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n全年主动公开信息120条。\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence about disclosure: the form's columns of part 四 in prose
    ("处理涉及政府信息公开行政复议5件。", "disclosure_reconsideration_cases"),
    ("处理涉及政府信息公开行政复议5件，行政诉讼2件。", "disclosure_litigation_cases"),
    # a paragraph the report opens with its part on requests: the sentence itself does not say disclosure
    ("(二)依申请公开情况。全年办结申请20件。行政诉讼案件1件，已审结。", "disclosure_litigation_cases"),
    # a part of the form in a disclosure report: the general wording's metric becomes the form's
    (_REPORT + "四、政府信息公开行政复议、行政诉讼情况\n全年被申请行政复议4件。",
     "disclosure_reconsideration_cases"),
    # the form's rows of requests carried over and forward, the number before or after the words
    ("依申请公开方面，全年受理申请30件，其中3件结转下一年度办理。", "disclosure_carried_forward"),
    ("依申请公开方面，全年受理申请30件（含2022年结转1件）。", "disclosure_requests_carried_over"),
])
def test_the_form_names_its_figures(text: str, expected: str, rules) -> None:
    assert rows(text, rules, 2023)[-1][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # outside the form's scope the same words keep the general metrics
    ("全年收到行政复议申请40件，行政诉讼案件12件。", ["reconsideration_cases", "litigation_cases"]),
    # a sentence naming disclosure requests, then appeals of any kind: the appeals are not over disclosure
    ("全年收到政府信息公开申请50件，收到行政复议申请12件。", ["disclosure_requests", "reconsideration_cases"]),
    # a count of both kinds together is neither column
    ("处理涉政府信息公开行政复议、行政诉讼案件7件。", [""]),
])
def test_outside_the_form_the_general_metric_stays(text: str, expected: list[str], rules) -> None:
    assert [row[0] for row in rows(text, rules, 2023)] == expected


def test_every_metric_of_the_form_is_in_the_catalog(rules) -> None:
    assert form_metrics() <= rules.metrics
