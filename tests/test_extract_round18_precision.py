"""Rules of round 18 (#17, precision): what the counted thing is decides the metric, whatever verb moves it (penalty
powers handed to an enforcement team are not service items received). Texts written for these tests, not copied from
the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_penalty_powers_received_are_the_concentrated_penalty_powers(rules) -> None:
    # penalty powers taken over by an enforcement body: the catalog's concentrated_penalty_powers
    text = "2024年，区综合行政执法局承接行政处罚事项1536项。"
    assert named(text, 2024, rules) == {"1536": "concentrated_penalty_powers"}
    # the same verb over service items keeps powers_received
    assert named("2024年，区政府承接市级赋权事项126项。", 2024, rules) == {"126": "powers_received"}


def test_penalty_and_coercion_powers_summed_are_no_service_items(rules) -> None:
    # two kinds of enforcement power counted together, named after the number: neither list's
    text = "2021年，215项区级行政处罚权和行政强制权下放乡镇街道。"
    assert named(text, 2021, rules) == {"215": ""}
    assert named("2021年，215项区级审批服务事项下放乡镇街道。", 2021, rules) == {"215": "items_delegated_to_townships"}
