"""Round 65 (#17): what blind56 and blind57 showed that recurs in any report.

Read: no figure in the month and day of a date written with dashes (2015-11-12  本站), nor in two neighbouring
Chinese digits (五六次, "five or six times"). Named: the appearances' total (出庭应诉总数为131件) and their 比例;
requests answered 答复依申请公开; disclosure staff 专职干部. Withheld: the chiefs' own appearances and their deputies'
(行政首长出庭应诉, 委托副职出庭应诉); two actions summed with 或 (取消或下放); counties counted after items' words.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def test_dates_with_dashes_and_neighbouring_chinese_digits_are_no_figures(checkout_rules) -> None:
    rows = extract_figures("发布时间：2016-10-15  本站讯 全年受理申请12件。", 2016, checkout_rules)
    assert rows["value"].tolist() == ["12"]
    rows = extract_figures("他先后去了五六次，共办理案件30件。", 2016, checkout_rules)
    assert rows["value"].tolist() == ["30"]


def test_appearances_total_and_share_beside_the_chiefs_own(checkout_rules) -> None:
    text = ("全市行政诉讼案件中，行政首长出庭应诉20件，委托副职出庭应诉40件，行政负责人出庭应诉总数为60件，"
            "行政负责人出庭应诉比例为100%。")
    read = named(text, 2015, checkout_rules)
    assert read["20"] == "" and read["40"] == "" and read["60"] == "litigation_appearances"
    assert read["100"] == "litigation_appearance_rate_stated"


def test_answered_staff_summed_actions_and_counties(checkout_rules) -> None:
    text = "2.依申请公开。共接收到依申请公开3件，按时答复依申请公开3件。"
    assert named(text, 2025, checkout_rules)["3"] == "disclosure_requests_answered"
    text = "街道政府信息公开工作明确了2名专职干部。"
    assert named(text, 2019, checkout_rules)["2"] == "disclosure_staff_full_time"
    assert named("省级行政许可审批项目取消或下放300项。", 2006, checkout_rules)["300"] == ""
    text = "至今已有10个设区的市、20个县(市)开展相对集中行政处罚权工作。"
    assert named(text, 2006, checkout_rules)["20"] == ""
