"""Round 130 (#17): what blind122 showed that recurs in any report.

Read: a 分别 list under a span of years whose values follow the verb and noun rather than 为 (2018至2019年度…分别较上年度
上升39.51%和23.76%; 2019年至2020年…分别调解矛盾纠纷4038件、5000件) gives one value a year, in order, as 分别为 does.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from extracted import rows


def _periods(text: str, rules, year: int) -> list[tuple[str, str]]:
    return [(str(period), value) for _m, period, value, _u in rows(text, rules, year)]


def test_one_value_a_year_after_a_verb(checkout_rules) -> None:
    text = "2021年至2022年，全县各级人民调解组织分别调解矛盾纠纷2150件、2389件，调解成功率保持高位。"
    assert _periods(text, checkout_rules, 2022) == [("2021", "2150"), ("2022", "2389")]


def test_one_rate_a_year_after_a_comparison(checkout_rules) -> None:
    text = "2019至2020年度全市法院受理行政案件数量分别较上年度上升12.5%和8.3%。"
    assert _periods(text, checkout_rules, 2020) == [("2019", "12.5"), ("2020", "8.3")]


def test_kinds_listed_before_the_verb_keep_the_report_year(checkout_rules) -> None:
    # a 分别 list of kinds, not of years: no span of years before it
    text = "2022年，办理时限、申请材料分别压减62%、30.5%。"
    assert _periods(text, checkout_rules, 2022) == [("2022", "62"), ("2022", "30.5")]
