"""Round 93 (#17): what blind85 showed that recurs in any report.

Read: the year in a report's title (公开2021年政府信息公开工作年度报告1条, in the report on 2022) is no period of the
figures after it. Named: the proactive count after a long list of kinds that names the year its documents were
issued; the fiscal kind with 说明 (预决算公开说明2条); interpretations named by two forms (文字解读和图片解读3条).
Unnamed: 依申请公开N条 listed among a site's columns in 条; one form of interpretation alone (文字解读272条).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_a_report_title_year_is_no_period(checkout_rules) -> None:
    text = ("主动公开政府信息共60条。其中，2022年政府信息公开工作年度报告1条，2022年度法治政府建设情况报告1条，"
            "发布文件通知6条，生活必需品价格分析40条。")
    read = figure_columns(text, 2023, checkout_rules, "value", "period")
    assert {period for _value, period in read} == {"2023"}, read


def test_a_year_of_the_figures_still_counts(checkout_rules) -> None:
    assert figure_columns("2022年，全区受理行政复议案件58件。", 2023, checkout_rules, "period") == [("2022",)]


def test_proactive_count_after_a_long_list_of_kinds(checkout_rules) -> None:
    text = ("在区政府网站主动公开2023年印发的规范性文件及解读材料、项目资金使用情况、农产品价格监测分析、"
            "来信办理等政府信息共86条。")
    assert named(text, 2023, checkout_rules)["86"] == "disclosure_proactive_items"


def test_kinds_of_the_proactive_count(checkout_rules) -> None:
    text = "主动公开政府信息86条，其中预决算公开说明4条，分别以文字解读和图片解读5条，依申请公开3条、政民互动2条。"
    read = named(text, 2023, checkout_rules)
    assert read["4"] == "disclosure_fiscal_items" and read["5"] == "disclosure_interpretations"


def test_a_column_listed_among_others_is_no_request_count(checkout_rules) -> None:
    text = "栏目更新情况：工作动态45条、通知公告12条、政务公开监督保障1条、依申请公开3条、政民互动2条。"
    assert named(text, 2023, checkout_rules)["3"] == ""


def test_one_form_of_interpretation_is_a_kind(checkout_rules) -> None:
    assert named("全年共发布文字解读41条。", 2023, checkout_rules)["41"] == ""
