"""A rate of the cases counted up to a month before the year's last (#17): 截至11月底，受理…56件，…综合纠错率63.1%.
The counts of that sentence are already no year's values (not_the_year.csv, 截至N月); the share of their outcomes
is of the same part of the year, so it is withheld too. A state stated at that month (截至4月…网上可办率) is still
the metric's value, as the curators name it.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_correction_rate_of_the_cases_to_a_month(checkout_rules) -> None:
    text = "截至11月底，受理行政复议申请56件，目前已办结38件，撤销4件，确认违法7件，综合纠错率63.1%。"
    found = named(text, 2020, checkout_rules)
    assert (found["56"], found["63.1"]) == ("", "")


def test_a_success_rate_of_the_disputes_to_a_month(checkout_rules) -> None:
    text = "截止10月底，全镇调委会共受理各类矛盾纠纷341件，成功调处335件，调解成功率达98.2%。"
    assert named(text, 2022, checkout_rules)["98.2"] == ""


def test_a_mediation_rate_after_the_month_without_a_comma(checkout_rules) -> None:
    text = "持续开展行政复议案件引流工作，截止10月底达到1.04:1，行政复议调撤率达80.9%。"
    assert named(text, 2022, checkout_rules)["80.9"] == ""


def test_a_state_stated_at_a_month_is_still_named(checkout_rules) -> None:
    text = "截至4月，全县政务服务事项网上可办率为99.31%。"
    assert named(text, 2021, checkout_rules)["99.31"] == "online_availability_rate_stated"


def test_the_same_rate_for_the_whole_year_is_named(checkout_rules) -> None:
    text = "2020年，受理行政复议申请56件，办结38件，综合纠错率63.1%。"
    assert named(text, 2020, checkout_rules)["63.1"] == "reconsideration_correction_rate_stated"
