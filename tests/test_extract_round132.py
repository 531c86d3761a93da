"""Round 132 (#17): what blind124 showed that recurs in any report.

Named: the key-area kind written 重点领域类 in a list of what was published. Withheld: a body's counts since it was
set up, named by the body rather than the day (该调处中心成立至今，…成功调解矛盾纠纷78件), as 自去年10月运行以来 is;
a rate kept since then stays named.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_key_area_kind_written_with_lei(checkout_rules) -> None:
    text = "全年通过政府门户网站主动公开政府信息512条（其中政务动态96条、人事信息21条、重点领域类64条）。"
    assert named(text, 2024, checkout_rules)["64"] == "disclosure_key_area_items"


def test_counts_since_a_centre_was_set_up(checkout_rules) -> None:
    text = "该矛盾纠纷调处中心成立至今，共成功调解矛盾纠纷96件，引导诉讼18件。"
    assert named(text, 2023, checkout_rules)["96"] == ""


def test_counts_of_the_year_of_a_centre_keep_their_name(checkout_rules) -> None:
    text = "2023年，镇矛盾纠纷调处中心共成功调解矛盾纠纷96件。"
    assert named(text, 2023, checkout_rules)["96"] == "people_mediation_succeeded"


def test_a_rate_kept_since_a_centre_opened_stays_named(checkout_rules) -> None:
    text = "市行政服务中心正式启用以来，企业和群众满意率保持在99.9%。"
    assert named(text, 2023, checkout_rules)["99.9"] == "service_satisfaction_rate_stated"
