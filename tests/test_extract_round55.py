"""Round 55 (#17): wordings that blind47 showed and that recur in any report.

Named: the reconsideration-to-court rate written 复议应诉率; the rise of reconsideration cases accepted stated with
its noun; legality reviews counted as 合法性审查事项; a service centre's cases worded 办理各类行政审批及公共服务事项;
the items an app serves counted in the clause after the one naming the app.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_reconsideration_to_court_rate_and_the_rise_of_cases_accepted(checkout_rules) -> None:
    text = "全年共受理行政复议案件96件，受理案件同比去年上升18.5%，复议应诉率为21.3%。"
    read = named(text, 2023, checkout_rules)
    assert read["18.5"] == "reconsideration_accepted_growth_stated"
    assert read["21.3"] == "reconsideration_litigation_rate_stated"


def test_legality_reviews_counted_as_matters(checkout_rules) -> None:
    assert named("2023年县本级共完成合法性审查事项96件。", 2023, checkout_rules)["96"] == "legality_reviews"


def test_a_centres_cases_of_approvals_and_public_services(checkout_rules) -> None:
    text = "市政务服务中心共办理各类行政审批及公共服务事项18.2万件。"
    assert named(text, 2017, checkout_rules)["18.2"] == "service_cases_accepted"


def test_the_items_an_app_serves_after_the_clause_naming_it(checkout_rules) -> None:
    text = "加强移动端政务服务总门户“掌上通”APP建设，目前已接入服务事项超过3000项，注册用户超过500万。"
    assert named(text, 2022, checkout_rules)["3000"] == "mobile_service_items"
