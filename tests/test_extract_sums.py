"""Two actions summed and the parts of a caseload (round 11 of #17): a number after two of one family's outcomes
joined is neither one's; one type of case takes its own metric, and one kind of defendant, the cases concluded one
way, the items moved to lower levels, a licence exam's or another process's rate keep the whole's metric off.
Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest
from named_figures import named_values as named

from indicators.extract.sums import summed


def test_two_outcomes_summed_are_neither_ones_count(rules) -> None:
    text = "全年审结行政复议案件300件，其中维持120件，撤销、确认违法40件，变更或责令履行15件，驳回60件。"
    rows = named(text, 2023, rules)
    assert (rows["120"], rows["60"]) == ("reconsideration_upheld", "reconsideration_dismissed")
    assert rows["40"] == "" and rows["15"] == ""


@pytest.mark.parametrize("words, metric, expected", [
    ("撤销和确认违法", "reconsideration_confirmed_illegal", True),
    ("不予受理或作其他处理", "reconsideration_not_accepted", True),  # an action the catalog counts in no metric
    ("调解、和解", "reconsideration_mediated", False),  # one action in two words
    ("确认违法", "reconsideration_confirmed_illegal", False),
    ("撤销和确认违法", "reconsideration_corrected", False),  # the catalog's metric of the sum keeps it
    ("决定废止和失效", "normative_docs_invalidated", True),  # a clean-up's two outcomes summed
    ("宣布失效", "normative_docs_invalidated", False),
])
def test_summed_reads_two_different_actions_of_one_family(words, metric, expected) -> None:
    sentence = f"全年，{words}30件。"
    assert summed(metric, sentence, sentence.index("30")) is expected


@pytest.mark.parametrize("text, part", [
    ("从应诉机关看，原行政行为机关单独应诉的有20件。", "20"),  # one kind of defendant
    ("在审结的一审行政案件中，以判决方式结案60件。", "60"),  # concluded one way
    ("320项政务服务事项下沉街道便民服务中心。", "320"),  # the items moved to lower levels
    ("全省行政复议调解成功率达45%。", "45"),  # another process's mediation
])
def test_a_part_or_another_process_is_not_named_as_the_whole(text, part, rules) -> None:
    assert named(text, 2023, rules)[part] == ""


def test_a_type_with_a_metric_of_its_own_takes_it(rules) -> None:
    text = "复议事项主要集中在行政确权、行政征收等领域，其中行政确权类案件为98件，行政征收类案件为35件。"
    assert named(text, 2023, rules) == {"98": "", "35": "reconsideration_on_levies"}


def test_a_paragraph_opening_with_a_count_of_years_speaks_of_them(rules) -> None:
    text = "五年，全省备案审查各类规范性文件800件，累计调解纠纷12万件。\n\n2023年，全省备案审查规范性文件160件。"
    assert named(text, 2023, rules) == {"800": "", "12": "", "160": "normative_docs_filed"}


@pytest.mark.parametrize("text, part", [
    ("全年备案规章、规范性文件45件。", "45"),  # rules and documents filed, summed
    ("全市“零跑动”和“最多跑一次”事项860项。", "860"),  # two kinds of items summed
])
def test_two_kinds_summed_are_neither_kinds_count(text, part, rules) -> None:
    assert named(text, 2023, rules)[part] == ""


@pytest.mark.parametrize("text, part", [
    ("行政机关正职负责人出庭应诉9件。", "9"),  # principal heads only, a part of the heads who appeared
    ("全县有3000人参加过专业的法律培训。", "3000"),  # those who ever took part: the staff in place
])
def test_a_narrower_group_or_an_experience_is_not_the_years_count(text, part, rules) -> None:
    assert named(text, 2023, rules)[part] == ""
