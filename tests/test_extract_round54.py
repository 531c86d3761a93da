"""Round 54 (#17): wordings and withheld names that blind46 showed and that recur in any report.

Named: penalties and licences decided counted right after 作出行政处罚 / 作出行政许可; items handled wholly online named
before their count; a power list's total (权责总数); items available online and items delegated counted before their
noun and verb (N项审批事项全部实现网上可办, N项…事项下放至…); talks on the law counted before 法治宣讲; the fall of penalty
cases and of fines stated with their noun rather than a count. Withheld: the time disputes take to be mediated is no
service time limit.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_penalties_and_licences_decided(checkout_rules) -> None:
    text = "2024年，我局作出行政处罚612件，作出行政许可8300件。"
    read = named(text, 2024, checkout_rules)
    assert read["612"] == "enforcement_penalty_cases"
    assert read["8300"] == "licensing_granted"


def test_items_wholly_online_and_a_power_lists_total(checkout_rules) -> None:
    assert named("全程在线办理政务服务事项数量820项。", 2025, checkout_rules)["820"] == "online_full_process_items"
    assert named("经开区权责清单调整后权责总数 760项。", 2024, checkout_rules)["760"] == "power_list_items"


def test_items_online_and_delegated_counted_before_noun_and_verb(checkout_rules) -> None:
    text = "136项审批事项全部实现网上可办，将7项市级权限行政事项下放至县区。"
    read = named(text, 2022, checkout_rules)
    assert read["136"] == "online_service_items"
    assert read["7"] == "items_delegated"


def test_talks_on_the_law_counted_before_their_noun(checkout_rules) -> None:
    text = "今年以来，镇里已组织12场法治宣讲、主题宣讲等活动。"
    assert named(text, 2024, checkout_rules)["12"] == "publicity_events"


def test_falls_of_penalty_cases_and_fines_stated_with_their_noun(checkout_rules) -> None:
    text = "2025年全区实施行政处罚案件数同比下降28.5%，处罚金额同比下降12.3%。"
    read = named(text, 2025, checkout_rules)
    assert read["28.5"] == "enforcement_penalty_cases_decline_stated"
    assert read["12.3"] == "enforcement_fines_decline_stated"


def test_the_time_disputes_take_to_be_mediated_is_no_service_time_limit(checkout_rules) -> None:
    assert named("推行线上调解，调解时间缩短40%。", 2025, checkout_rules)["40"] == ""
    assert named("企业开办时间压缩40%。", 2025, checkout_rules)["40"] != ""  # a service's time: still named
