"""Round 104 (#17): what blind96 showed that recurs in any report.

Named: a rate's two levels each with its year (出庭应诉率从2021年的34.24%提升至2025年的100%); 进厅 for entering
the service hall (N个部门进厅, 事项进厅率), not the departments' rate as the items'; case files 完成评查; 参考 alone
after a law exam's count; requests named by their procedure (收到…依申请公开业务0条); a disclosure total not taken for
the new media by a 微信公众号 listed after the website; an account's posts listed by kind before 等共计. Unnamed: a
disclosure platform's posts in a sentence on the new media; a total over 5年共; a dated news item's paragraph
opened by 今年以来 (the year so far).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_a_rate_from_one_year_to_another(checkout_rules) -> None:
    text = "全市行政机关负责人出庭应诉率从2020年的41.5%提升至2024年的98%。"
    rows = figure_columns(text, 2024, checkout_rules, "value", "period", "metric_id")
    assert ("41.5", "2020", "litigation_appearance_rate_stated") in rows
    assert ("98", "2024", "litigation_appearance_rate_stated") in rows


def test_service_hall_and_enforcement_reviews(checkout_rules) -> None:
    read = named("县本级36个部门进厅率达100%，事项进厅率97.2%。", 2024, checkout_rules)
    assert read["36"] == "service_hall_departments" and read["97.2"] == "service_items_onsite_rate_stated"
    assert read["100"] == ""
    text = "组织对2150份行政执法案卷完成评查。将宪法纳入国家工作人员法律知识考试内容，全市3100余人参考。"
    read = named(text, 2023, checkout_rules)
    assert read["2150"] == "enforcement_case_files_reviewed" and read["3100"] == "law_exam_participants"


def test_disclosure_channels_and_requests(checkout_rules) -> None:
    text = ("通过政府网站、微信公众号等平台主动公开信息，内容涵盖工作动态等方面，主动公开信息总计160条，"
            "其中县政府信息公开平台发布98条，微信公众号发布62条。本年度收到依申请公开业务2条。")
    read = named(text, 2025, checkout_rules)
    assert read["160"] == "disclosure_proactive_items" and read["62"] == "disclosure_new_media_posts"
    assert read["98"] == "" and read["2"] == "disclosure_requests"
    text = "依托“平安某镇”公众号公开发布各类宣传信息、政策解读等共计187条。"
    assert named(text, 2024, checkout_rules)["187"] == "disclosure_new_media_posts"


def test_spans_and_the_year_so_far_stay_unnamed(checkout_rules) -> None:
    assert named("复议工作成效明显，5年共办理行政复议案件8600余件。", 2025, checkout_rules)["8600"] == ""
    text = ("本报讯 9月20日上午，某市召开新闻发布会。\n今年以来，某市司法行政系统扎实推进各项工作。"
            "累计提供免费法律咨询5230人次，办理各类公证案件1870件。")
    read = named(text, 2024, checkout_rules)
    assert read["5230"] == "" and read["1870"] == ""
