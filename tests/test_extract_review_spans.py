"""A span stated once where a text opens (round 12 of #17): a review whose title names a first and a last year
(关于2021-2025年度…工作总结报告) or an event it counts from (党的十八大以来) states the span's totals in every later
paragraph, up to a day it names (截至2025年7月底), until a figure names a year of its own. Texts written for these
tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_title_reviewing_several_years_speaks_of_them_up_to_its_cutoff_day(rules) -> None:
    text = ("市司法局关于2019-2023年度行政复议工作的总结报告\n现将有关情况报告如下。\n"
            "一、基本情况\n截至2023年10月底，全市共受理行政复议案件260件，结案率达到98%。审结的案件中，维持原行政行为150件。")
    assert set(named(text, 2023, rules).values()) == {""}


def test_the_same_figures_in_a_yearly_report_are_named(rules) -> None:
    # cut off at the year's end: a count to October is a part of the year since round 42 (not_the_year.csv)
    text = ("市司法局关于2023年度行政复议工作的报告\n现将有关情况报告如下。\n"
            "一、基本情况\n截至2023年12月底，全市共受理行政复议案件260件。审结的案件中，维持原行政行为150件。")
    rows = named(text, 2023, rules)
    assert rows["260"].startswith("reconsideration_") and rows["150"] == "reconsideration_upheld"


def test_two_days_bounding_the_documents_reviewed_are_no_span_of_the_report(rules) -> None:
    text = ("县人民政府对2021年1月1日至2023年6月30日发布的规范性文件进行了全面清理，现将结果公布如下。\n"
            "一、《关于加强安全生产的通知》等9件规范性文件废止。")
    assert named(text, 2023, rules)["9"] == "normative_docs_abolished"


def test_an_event_a_text_counts_from_makes_its_figures_totals(rules) -> None:
    text = ("党的十八大以来 全国法院审结一审行政案件150万件\n据悉，党的十八大以来，人民法院依法审理各类行政案件。"
            "各级法院受理一审行政案件160万件。\n2021年，行政机关负责人出庭应诉率达70%。")
    assert named(text, 2022, rules) == {"150": "", "160": "", "70": "litigation_appearance_rate_stated"}
