"""A passage's domain carried into its clauses (round 11 of #17): a heading or sentence naming 行政复议 or 行政诉讼
lets the later clauses that give only an outcome or a rate name their metric, until another domain is named or a
heading names none. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.passages import Passage


def test_a_heading_gives_its_domain_to_the_paragraphs_under_it(rules) -> None:
    text = "（二）行政复议工作情况\n全年工作平稳有序。\n从审理结果看，决定维持41件，驳回申请12件，终止6件。"
    rows = named(text, 2023, rules)
    assert rows == {"41": "reconsideration_upheld", "12": "reconsideration_dismissed", "6": "reconsideration_terminated"}


def test_the_domain_named_last_wins_and_litigation_outcomes_follow_it(rules) -> None:
    text = "（一）行政复议情况\n全年运行平稳。\n（二）行政应诉情况\n全年运行平稳。\n一审结案率为91.5%，败诉3件。"
    assert named(text, 2023, rules) == {"91.5": "litigation_conclusion_rate_stated", "3": "litigation_lost"}


def test_a_heading_of_another_domain_or_of_none_ends_the_passage(rules) -> None:
    for heading in ("三、政府信息公开工作", "三、下一步工作打算"):
        text = f"（一）行政复议情况\n全年运行平稳。\n{heading}\n全年运行平稳。\n决定维持41件。"
        assert named(text, 2023, rules) == {"41": ""}, heading


def test_a_sentence_names_its_own_topic_first() -> None:
    passage = Passage()
    passage.read("复议案件主要涉及行政强制、信息公开、行政处罚等领域")  # kinds of case inside reconsideration
    assert passage.carried == "行政复议"
    assert passage.lead("维持20件", "上一句", 2) == "行政复议。上一句"
    assert passage.lead("政府信息公开申请办结20件", "上一句", 10) == "上一句"  # its own domain: nothing carried
    assert passage.lead("审结20件，驳回复议申请3件", "上一句", 2) == "行政复议。上一句"  # named after the number
    passage.read("本报告包括政府信息公开行政复议、行政诉讼情况")  # a disclosure report's own reconsiderations
    assert passage.carried == ""
