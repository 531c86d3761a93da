"""Outcomes of disclosure requests counted in 条 (#17): a report that counts its requests as items of information
(依申请公开信息43条) counts their outcomes so too, and the outcome may be followed by the information it gives or
withholds (予以公开信息9条, 不予公开信息5条). The same words in a list of the information a portal or body made,
beside the proactive count (主动公开信息1027条，依申请公开信息459条，不予公开信息1535条), count information, not
requests' outcomes.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_outcomes_in_items_of_information(checkout_rules) -> None:
    text = ("（二）依申请公开情况。2024年依申请公开信息43条，其中：按规定予以公开信息9条，部分公开信息12条，"
            "不予公开信息5条，本机关不掌握相关政府信息11条。")
    found = named(text, 2024, checkout_rules)
    assert (found["9"], found["12"], found["5"], found["11"]) == (
        "disclosure_granted", "disclosure_partly_granted", "disclosure_refused", "disclosure_not_held")


def test_an_outcome_counted_in_items_without_the_information(checkout_rules) -> None:
    text = "政府信息公开申请办理情况：共受理申请8条，同意公开7条。"
    assert named(text, 2024, checkout_rules)["7"] == "disclosure_granted"


def test_information_made_listed_by_how_it_was_released(checkout_rules) -> None:
    text = "2018年，共制作政府信息3021条，其中主动公开信息1027条，依申请公开信息459条，不予公开信息1535条。"
    assert named(text, 2018, checkout_rules)["1535"] == ""


def test_a_portals_posts_by_how_they_were_released(checkout_rules) -> None:
    text = "2020年，政府信息公开网共发布信息3603条，主动公开3054条，依申请公开141条，不予公开408条。"
    assert named(text, 2020, checkout_rules)["408"] == ""
