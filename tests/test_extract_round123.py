"""Round 123 (#17): what blind115 showed that recurs in any report.

Named: a time limit's cut as 压缩时限比例; items handled anywhere in a province named by its one character
(全渝通办); posts of an account counted as 报道; the office's profile counted as 简介类信息; 法律知识宣传活动 as
publicity events, and 参与人员 in 人次 after them as their attendance. Dated: a year that names a budget or final
account (2022年度决算, 2024年度政府预算) is the document's, not the figure's.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_a_time_limits_cut_as_a_share(checkout_rules) -> None:
    text = "大力压缩承诺期限，压缩时限比例65.2%。"
    assert named(text, 2024, checkout_rules)["65.2"] == "time_limit_cut_rate_stated"


def test_items_handled_anywhere_in_a_province_named_by_one_character(checkout_rules) -> None:
    text = "深化落实“全川通办”36项。"
    assert named(text, 2023, checkout_rules)["36"] == "cross_area_items"


def test_an_accounts_posts_counted_as_reports(checkout_rules) -> None:
    text = "通过微信公众号发布报道132篇。"
    assert named(text, 2024, checkout_rules)["132"] == "disclosure_new_media_posts"


def test_the_offices_profile_counted_as_its_kind(checkout_rules) -> None:
    text = "全年在门户网站主动公开信息86条，其中机关简介类信息4条。"
    assert named(text, 2024, checkout_rules)["4"] == "disclosure_overview_items"


def test_a_law_publicity_event_and_its_attendance(checkout_rules) -> None:
    text = "全年开展法律知识宣传活动18场，参与人员900余人次。"
    assert named(text, 2023, checkout_rules) == {"18": "publicity_events", "900": "publicity_audience_attendance"}


def test_a_budgets_year_is_the_documents(checkout_rules) -> None:
    text = "2024年，公开2023年度部门决算信息12条，更新机关简介信息2条。"
    assert figure_columns(text, 2024, checkout_rules, "value", "period") == [("12", "2024"), ("2", "2024")]
