"""Round 112 (#17): what blind104 showed that recurs in any report.

Named: the interpretations counted right after 发布解读 (not 信息发布解读, publishing and interpreting information);
a project named by the award it won (获评全国法治政府建设单项示范1个); a lecture given at the government's executive
meeting as that meeting's law study. Unnamed: people of a stock counted for a prize they won (15名“法律明白人”入选…).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_interpretations_counted_after_fabu_jiedu(checkout_rules) -> None:
    assert named("全年发布政府文件9件，发布解读27篇。", 2024, checkout_rules)["27"] == "disclosure_interpretations"
    assert named("推进民生领域等信息发布解读56条。", 2024, checkout_rules)["56"] == ""


def test_a_project_named_by_its_award(checkout_rules) -> None:
    text = "我市获评全国法治政府建设单项示范2个、省级“最佳实践”5个。"
    assert named(text, 2023, checkout_rules)["2"] == "demonstration_projects_named"


def test_a_lecture_at_the_executive_meeting_is_its_law_study(checkout_rules) -> None:
    text = "区政府常务会开展习近平法治思想系列专题法治讲座6次。"
    assert named(text, 2024, checkout_rules)["6"] == "executive_law_study_sessions"
    assert named("面向全区干部开展专题法治讲座6次。", 2024, checkout_rules)["6"] == "law_lectures"


def test_prize_winners_are_not_the_stock(checkout_rules) -> None:
    assert named("全州有12名“法律明白人”入选“百佳法律明白人”。", 2024, checkout_rules)["12"] == ""
    assert named("全州培育“法律明白人”3200名。", 2024, checkout_rules)["3200"] == "legal_understanding_persons"
