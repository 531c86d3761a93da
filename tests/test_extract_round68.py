"""Round 68 (#17): what blind60 showed that recurs in any report.

Read: a count right after 热线 is no telephone number where the hotline is named by its number (12345热线50多名) or
the citizens' calls were answered (接听市民热线1234通); no score in the minutes of a time (19时49分) and no 11 in
唯一一座. Withheld: a holiday's counts (春节期间), appraisals counted after a sentence on reconsideration (受理…宗鉴定案件).
Named: the powers of a list cut 由…减至 and their count before; the cuts named 减时限比例 and 减材料比例 without
quotes; press conferences that open a list item (…；新闻发布会3次), not one of several kinds summed; the legal opinions
a government's legal advisers' office 办理.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def values(text: str, year: int, rules) -> list[str]:
    return extract_figures(text, year, rules)["value"].tolist()


def test_hotline_counts_times_and_only_one(checkout_rules) -> None:
    assert "50" in values("某市12345热线50多名话务人员轮流值守。", 2025, checkout_rules)
    assert "1234" in values("12345便民服务平台共接听市民热线1234通。", 2019, checkout_rules)
    assert values("2月1日19时49分，市民来电反映停水，共受理诉求12件。", 2025, checkout_rules) == ["12"]
    assert values("这是全国唯一一座获此称号的城市，共受理调解纠纷12件。", 2024, checkout_rules) == ["12"]


def test_a_holidays_counts_and_appraisals_take_no_metric(checkout_rules) -> None:
    text = "2025年春节期间(1月28日至2月4日)，市12345热线共受理群众诉求3456件。"
    assert named(text, 2025, checkout_rules)["3456"] == ""
    text = "行政复议案件收案1731件，同比增长2.71%。全市共有7家司法鉴定机构，共受理3210宗鉴定案件。"
    assert named(text, 2020, checkout_rules)["3210"] == ""


def test_powers_cut_to_and_cut_shares_without_quotes(checkout_rules) -> None:
    read = named("按照规定调整权责清单，权责事项由2711项减至2656项。", 2017, checkout_rules)
    assert read["2711"] == "power_items_before" and read["2656"] == "power_list_items"
    text = "各事项办理时限由3115个工作日减为1557个工作日，减时限比例为50%；提交材料由622份减为212份，减材料比例为66%。"
    read = named(text, 2019, checkout_rules)
    assert read["50"] == "time_limit_cut_rate_stated" and read["66"] == "materials_cut_rate_stated"


def test_press_conferences_and_legal_opinions(checkout_rules) -> None:
    text = "全年在网站公布信息202条；新闻发布会3次，向社会开放会议2次。"
    assert named(text, 2020, checkout_rules)["3"] == "press_conferences"
    text = "召开听证会、专家论证会、新闻发布会17次。"
    assert named(text, 2014, checkout_rules)["17"] == ""
    text = "2020年，市政府法律顾问室办理各类法律意见512件。"
    assert named(text, 2020, checkout_rules)["512"] == "legal_opinions_issued"
