"""Wordings of round 16 (#17): clause forms that two or more jurisdictions' reports wrote and no wording read
(the people's mediation committees' cases, their subject named before the verb or the cases named as their
count). Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_cases_the_mediation_committees_received_are_the_disputes_mediated(rules) -> None:
    text = "2023年，全区各人民调解委员会共受理矛盾纠纷案件1520件，调解成功1490件。"
    assert named(text, 2023, rules)["1520"] == "people_mediation_disputes"
    assert named("2023年，全县人民调解案件总数860件。", 2023, rules) == {"860": "people_mediation_disputes"}
    # the verb alone, with no mediation committee named before it, is no mediation count
    assert named("2023年，县法院共受理案件1520件。", 2023, rules)["1520"] != "people_mediation_disputes"


def test_officers_holding_a_certificate_named_after_执法_are_the_enforcement_officers(rules) -> None:
    assert named("2023年，我局在岗行政执法持证人员86人。", 2023, rules) == {"86": "enforcement_officers"}
    assert named("2023年，街道持有执法证人员41人。", 2023, rules) == {"41": "enforcement_officers"}


def test_a_government_losing_names_a_lawsuit_without_a_litigation_word(rules) -> None:
    assert named("2023年，全市法院一审判决行政机关败诉120件。", 2023, rules) == {"120": "litigation_lost"}


def test_publicity_counted_in_sessions_right_after_the_publicity_itself(rules) -> None:
    assert named("2023年开展法治宣传850余场次。", 2023, rules) == {"850": "publicity_events"}
    assert named("2023年，全年开展宪法专题宣讲6场次。", 2023, rules) == {"6": "publicity_events"}
    assert named("2023年，结合宪法宣传周开展主题宣传9场次。", 2023, rules) == {"9": "publicity_events"}
    assert named("2023年，县法治宣讲团开展巡讲40场次。", 2023, rules) == {"40": "publicity_events"}
    # themed publicity in a sentence that names no law is no law publicity
    assert named("2023年，结合安全生产月开展主题宣传9场次。", 2023, rules) == {"9": ""}


def test_topical_training_in_a_sentence_on_the_law_counts_law_lectures(rules) -> None:
    text = "2023年，全县认真组织学习习近平法治思想，组织专题培训45场次。"
    assert named(text, 2023, rules) == {"45": "law_lectures"}
    assert named("2023年，围绕公职人员法律素养开展专题培训会3场。", 2023, rules) == {"3": "law_lectures"}
    # topical training in a sentence that names no law is no law lecture
    assert named("2023年，围绕安全生产组织专题培训45场次。", 2023, rules) == {"45": ""}


def test_rule_of_law_meetings_counted_before_their_noun_or_as_work_meetings(rules) -> None:
    assert named("2023年，街道先后召开3次法治建设专题会议。", 2023, rules) == {"3": "rule_of_law_meetings"}
    assert named("2023年，镇党委累计召开法治建设工作会议8次。", 2023, rules) == {"8": "rule_of_law_meetings"}
    first = "2023年，主要负责人切实履行推进法治建设第一责任人职责，召开5次专题会议。"
    assert named(first, 2023, rules) == {"5": "rule_of_law_meetings"}
    # a topical meeting in a sentence that names no rule of law is another meeting
    assert named("2023年，街道召开5次专题会议研究防汛工作。", 2023, rules) == {"5": ""}


def test_the_max_one_visit_items_named_in_quotes_whole_or_as_a_list(rules) -> None:
    assert named("2020年，梳理“最多跑一次事项”612项。", 2020, rules) == {"612": "max_one_visit_items"}
    assert named("2020年，梳理公布“最多跑一趟”办事清单1830项。", 2020, rules) == {"1830": "max_one_visit_items"}


def test_village_legal_advisers_are_counted_apart_from_the_governments_and_the_villages(rules) -> None:
    text = "2023年，为全县配备法律顾问2名，村法律顾问31名。"
    assert named(text, 2023, rules)["31"] == "village_legal_advisers"
    served = "2023年，配备24名律师担任全县186个村(社区)法律顾问。"
    assert named(served, 2023, rules)["24"] == "village_legal_advisers"
    assert named("2023年，全市5600名村(居)法律顾问提供服务。", 2023, rules) == {"5600": "village_legal_advisers"}
