"""A count of one kind (X类) names the kind (round 12 of #17): the caseload's verb or the kind's rank said between the
kind and its number (受理…类案件, …类受理, …类数量最多，共) does not make it the whole's. Texts written for these tests,
not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.case_kinds import kind_named


def test_what_is_said_of_a_kind_is_dropped_and_nothing_else() -> None:
    assert kind_named("从申请事项看，行政强制类数量最多，") == "从申请事项看，行政强制类"
    assert kind_named("全年受理信息公开类案件") == "全年信息公开类案件"
    assert kind_named("行政征收类受理") == "行政征收类"
    assert kind_named("其中行政处罚类案件") == ""  # the kind already stands right before its number
    assert kind_named("受理行政复议案件") == ""  # no kind: the whole caseload
    assert kind_named("共收到各类") == ""  # 各类, every kind, is no kind


def test_a_kind_ranked_first_or_after_the_caseload_verb_takes_its_own_metric(rules) -> None:
    text = ("2023年，区政府共收到行政复议申请500件。从申请事项看，行政强制类数量最多，共120件，占比24%；"
            "全年受理信息公开类案件40件；行政征收类受理30件。")
    rows = named(text, 2023, rules)
    assert rows["500"] == "reconsideration_cases"
    assert rows["120"] == "reconsideration_on_coercion" and rows["24"] == "reconsideration_on_coercion_share_stated"
    assert rows["40"] == "reconsideration_on_disclosure" and rows["30"] == "reconsideration_on_levies"


def test_a_kind_the_catalog_has_no_metric_for_is_not_the_whole(rules) -> None:
    text = "2023年，区政府共收到行政复议申请500件。从申请事项看，行政确认类数量最多，共120件。"
    assert named(text, 2023, rules)["120"] == ""
