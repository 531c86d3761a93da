"""Round 146 (#17): what blind135 showed that recurs in any report.

Withheld: cases referred to the police for detention (移送行政拘留368起), which the police decide, not the agency's
penalties. Named: the fiscal items written with 公布 after their kind (财政预决算信息公布2条); messages answered written
回应处理 after the messages received (收到留言数量14条，回应处理14条). Measured over every excerpt; blind136, never tuned
on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_cases_referred_for_detention_are_no_penalty_of_the_agency(checkout_rules) -> None:
    text = "2024年，全市办理环境行政处罚案件1200件，其中移送行政拘留85起。"
    assert named(text, 2024, checkout_rules)["85"] != "enforcement_penalty_detentions"


def test_detentions_decided_keep_their_metric(checkout_rules) -> None:
    """Guard: a penalty form's detentions stay the penalty's."""
    text = "2024年，我局作出行政处罚决定300件，其中警告120件、罚款170件、行政拘留10件。"
    assert named(text, 2024, checkout_rules)["10"] == "enforcement_penalty_detentions"


def test_fiscal_items_published_with_gongbu(checkout_rules) -> None:
    text = "全年通过机关网站发布信息90条，财政预决算信息公布3条。"
    assert named(text, 2025, checkout_rules)["3"] == "disclosure_fiscal_items"


def test_messages_answered_written_huiying_chuli(checkout_rules) -> None:
    text = "按照时限要求做好网民留言回复工作，收到留言数量16条，回应处理15条。"
    assert named(text, 2021, checkout_rules) == {"16": "public_messages_received", "15": "public_messages_concluded"}
