"""Round 92 (#17): what blind84 showed that recurs in any report.

Read: a mirror's pinyin remnants no longer split a number from its bound or multiplier (為1100多名勞動(dòng)者,
為約5.28萬名勞動者追發(fā)工資); the items of a list joined by 和 before its last value, which alone carries the measure
word (分别提高1.53和5.6个百分点).
Named: the power and approval items' share cut written with the verb alone (行政权力事项精简47.9%); items that reach
same-day handling counted before 实现 (15项实现当天即办). Unnamed: the cut of a counted part of the items (有211项办理
时限压缩60%以上).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def _values(text: str, year: int, rules) -> list[tuple[str, ...]]:
    return figure_columns(text, year, rules, "value", "unit")


def test_remnants_leave_a_bound_or_multiplier_with_its_number(checkout_rules) -> None:
    read = _values("該區已為1100多名勞動(dòng)者追回了1300多萬元。", 2021, checkout_rules)
    assert ("1100", "名") in read and ("1300", "万元") in read
    read = _values("共為約5.28萬名勞動者追發(fā)工資等待遇約3.95億元。", 2024, checkout_rules)
    assert ("5.28", "万名") in read and ("3.95", "亿元") in read


def test_items_joined_by_he_share_the_last_measure_word(checkout_rules) -> None:
    read = _values("办结率和满意率分别比去年提高1.53和5.6个百分点。", 2021, checkout_rules)
    assert ("1.53", "个百分点") in read and ("5.6", "个百分点") in read
    read = _values("两类事项办理时限分别压缩至2和4个工作日。", 2021, checkout_rules)
    assert ("2", "个工作日") in read and ("4", "个工作日") in read


def test_a_list_ordinal_is_no_item(checkout_rules) -> None:
    assert "2" not in {value for value, _unit in _values("落实第2和3项任务。", 2021, checkout_rules)}


def test_items_cut_written_with_the_verb_alone(checkout_rules) -> None:
    read = named("全县行政权力事项精简42.3%，行政审批事项压缩31.6%。", 2019, checkout_rules)
    assert read["42.3"] == "power_items_cut_rate_stated" and read["31.6"] == "licensing_items_cut_rate_stated"


def test_items_reaching_same_day_handling(checkout_rules) -> None:
    assert named("梳理行政许可事项120项，其中18项实现当天即办。", 2019, checkout_rules)["18"] == "instant_items"


def test_the_cut_of_a_counted_part_is_no_cut_of_all(checkout_rules) -> None:
    read = named("在180项行政许可事项中，有150项办理时限压缩50%以上，20项办理时限压缩70%以上。", 2019, checkout_rules)
    assert read["50"] == "" and read["70"] == ""
