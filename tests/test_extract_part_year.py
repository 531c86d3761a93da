"""A figure of a part of the year, of the years since a start or of recent years is no year's value (round 30 of
#17): the words before it in its sentence (今年1-10月, 9月份, 自3月5日至今, 疫情防控开展以来, 近3年) or the text's
opening (a month's bulletin, a quarter's release, a news item dated within the year that counts 今年以来) keep its
metric off; a whole year (1-12月, 全年) and a yearly report keep it. Texts written for these tests, not copied
from the real excerpts."""

from __future__ import annotations

import pytest
from named_figures import named_values as named

_AID = "全县共办理法律援助案件51件。"


@pytest.mark.parametrize("opening", [
    "今年1-10月，", "2023年1至9月，", "前9个月，", "9月份，", "2023年9月份，", "自3月5日至今，",
    "疫情防控开展以来，", "专项行动开展以来，", "近3年，", "《法律援助法》实施以来，",
])
def test_words_before_the_figure_that_name_no_whole_year(opening, rules) -> None:
    assert named(_AID, 2023, rules)["51"] == "legal_aid_cases"
    assert named(opening + _AID, 2023, rules)["51"] == ""


@pytest.mark.parametrize("part, whole", [("1-10月，", "1-12月，"), ("2014年8月份，", "自2014年8月份以来，"),
                                         ("自3月5日至今，", "自1月1日至今，")])
def test_a_whole_year_or_a_start_keeps_the_metric(part, whole, rules) -> None:
    assert (named(part + _AID, 2014, rules)["51"], named(whole + _AID, 2014, rules)["51"]) == ("", "legal_aid_cases")


@pytest.mark.parametrize("title", ["法律援助工作三月情况通报", "前三季度法律援助工作简讯", "上半年法律援助工作综述"])
def test_a_text_whose_title_names_a_part_of_the_year(title, rules) -> None:
    text = f"{title}\n一、基本情况\n全县共办理法律援助案件51件，解答法律咨询600余人次。"
    assert named(text, 2023, rules) == {"51": "", "600": ""}


def test_a_yearly_report_is_the_years_whatever_a_later_part_says(rules) -> None:
    body = "\n一季度开展专项行动。\n全县共办理法律援助案件51件。"
    assert named("某县2023年一季度法律援助工作综述" + body, 2023, rules)["51"] == ""
    assert named("某县2023年度法律援助工作报告" + body, 2023, rules)["51"] == "legal_aid_cases"


def test_a_text_dated_within_the_year_counts_to_date(rules) -> None:
    text = "来源：某某日报 {} 09:23\n县司法局加强法律援助工作。今年以来，全县共办理法律援助案件51件。"
    assert named(text.format("2023-07-16"), 2023, rules)["51"] == ""
    assert named(text.format("2024-01-20"), 2023, rules)["51"] == "legal_aid_cases"  # a year's report, dated after it


def test_a_sentence_that_names_a_whole_year_is_that_years(rules) -> None:
    text = "上半年法律援助工作综述\n一、基本情况\n今年以来成效明显。{}，全县共办理法律援助案件51件。"
    assert named(text.format("今年以来"), 2023, rules)["51"] == ""
    assert named(text.format("2022年全年"), 2023, rules)["51"] == "legal_aid_cases"


def test_a_sentence_going_on_from_a_part_of_the_year_is_that_parts(rules) -> None:
    text = "自3月5日至今，市12345热线共受理群众诉求900件。{}办结率98%，满意率97%。"
    assert named(text.format(""), 2023, rules) == {"900": "", "98": "", "97": ""}
    assert named(text.format("全年全市热线"), 2023, rules)["98"] == "hotline_conclusion_rate_stated"


def test_a_plans_mid_term_in_the_title_speaks_of_the_plan_so_far(rules) -> None:
    body = "\n某镇以常态化普法机制开展法治宣传。全镇开展法治进村宣讲250场。"
    assert named("某镇开展“七五普法”中期评估" + body, 2018, rules)["250"] == ""
    assert named("某镇开展普法工作" + body, 2018, rules)["250"] == "publicity_events"
