"""Round 62 (#17): what blind54 showed that recurs in any report.

Periods: a heading line that opens with a year (2003年 首部法规出台) dates the paragraph under it, until a heading
naming no year, and is never joined to the line before it. Read: calls counted in 通. Named: the requests carried
into a year named (结转2020年继续办理的, 转至2026年办理), documents 有效存续, information 不掌握的; the items kept
before a cut (在原保留…的基础上) as those before it. Withheld: items merged (合并); departments after 一件事 words.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures

_DECADE = """回顾十年：我国法律援助工作
律师：法律援助让困难群众受到保护，建设法治社会才有希望
数字回顾
2005年 首部条例出台
机构工作人员总数为8100名，比上年增加900人；全国共办理法律援助案件150000件。
2006年 经费首次过亿
全国共办理法律援助案件171000件。
图片新闻
回首这些年，机构工作人员总数为14000名。
"""


def test_a_year_heading_dates_the_paragraph_under_it_until_a_heading_without_a_year(checkout_rules) -> None:
    rows = extract_figures(_DECADE, 2015, checkout_rules)
    period = dict(rows[["value", "period"]].itertuples(index=False, name=None))
    assert period["8100"] == "2005" and period["150000"] == "2005"
    assert period["171000"] == "2006"
    assert period["14000"] == "2015"


def test_calls_counted_in_tong(checkout_rules) -> None:
    rows = extract_figures("热线转接各区长热线成功应答共3738通，其中东区2272通。", 2020, checkout_rules)
    assert list(rows["unit"]) == ["通", "通"]
    assert extract_figures("全市发出通知12份。", 2020, checkout_rules)["unit"].tolist() == ["份"]


def test_requests_carried_documents_in_force_and_information_not_held(checkout_rules) -> None:
    text = "2019年，我局共受理依申请公开136件，按时办结130件，结转2020年继续办理的6件。本机关不掌握的政府信息4件。"
    read = named(text, 2019, checkout_rules)
    assert read["6"] == "disclosure_carried_forward" and read["4"] == "disclosure_not_held"
    text = "2025年共受理依申请公开政府信息14件，已办结11件，余下3件转至2026年办理。"
    assert named(text, 2025, checkout_rules)["3"] == "disclosure_carried_forward"
    text = "全面做好规范性文件清理公开工作，制发新增规范性文件8份、废止15份、有效存续37份。"
    assert named(text, 2025, checkout_rules)["37"] == "normative_docs_in_force"


def test_items_before_a_cut_merged_and_departments(checkout_rules) -> None:
    text = "市政府决定在原保留行政审批事项122项的基础上，再减少24项，其中合并行政审批事项1项。市直部门共保留行政审批事项98项。"
    read = named(text, 2015, checkout_rules)
    assert read["122"] == "licensing_items_before" and read["1"] == "" and read["98"] == "licensing_items"
    assert named("“一件事”梳理汇聚9个部门。", 2021, checkout_rules)["9"] == ""
