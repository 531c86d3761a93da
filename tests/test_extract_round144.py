"""Round 144 (#17): what blind133 showed that recurs in any report.

Withheld: enterprises inspected (检查企业149家次) where no random draw is named, which are no count of the 双随机
inspections; a seizure case (办理查封扣押案件1件), a coercive measure and not a penalty case; every count of a list a
yearly average heads (全省年均办理…7.06万件、提供…99.73万人次), not its first item only. Named: the courts' cases of
first and second instance received together (全省法院共受理一、二审行政案件5890件), every instance the courts hear,
which were named the appeals. Measured over every excerpt; blind134, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_enterprises_inspected_without_a_draw_are_no_random_inspections(checkout_rules) -> None:
    text = "2024年，我局共出动执法人员860人次，检查企业215家次，制作执法笔录300份。"
    assert named(text, 2024, checkout_rules)["215"] != "random_inspection_items_checked"


def test_enterprises_drawn_at_random_are_still_the_random_inspections(checkout_rules) -> None:
    """Guard: a draw named before 检查企业 keeps the metric."""
    text = "2024年，开展“双随机、一公开”抽查12批次，随机抽取并检查企业300家次。"
    assert named(text, 2024, checkout_rules)["300"] == "random_inspection_items_checked"


def test_a_seizure_case_is_no_penalty_case(checkout_rules) -> None:
    text = "2024年，分局下达行政处罚决定书11件，罚款62万元。办理查封扣押案件3件、移送拘留案件1件。"
    assert named(text, 2024, checkout_rules)["3"] != "enforcement_penalty_cases"


def test_a_yearly_average_covers_every_item_of_its_list(checkout_rules) -> None:
    text = "近年来，司法局强化法律援助保障，全市年均办理法律援助案件3200件、提供法律咨询5.6万人次。"
    assert named(text, 2024, checkout_rules) == {"3200": "", "5.6": ""}


def test_the_courts_first_and_second_instance_cases_together(checkout_rules) -> None:
    text = "2023年，全市法院共受理一、二审行政案件1280件。其中，新收一审行政案件900件，新收二审行政案件380件。"
    found = named(text, 2023, checkout_rules)
    assert found["1280"] == "court_admin_cases_received"
    assert found["380"] == "litigation_second_instance_cases"
