"""Round 133 (#17): measure words one metric alone is counted in (`data/raw/catalog/metric_measure_words.csv`).

Named: interpretations counted in 份, disclosure requests in 项 or 次, slogans in 幅, legal opinion letters in 次, the
plan's measures in 条. Not named: a power list's 行政强制7项, which counts powers, and the words the file marks
`names` no, which named as many figures wrongly as rightly or more over the real set (政策解读14个), or on which the
curators split (法律意见…条: opinion letters or not). Measured over every
excerpt but the newest batch's.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

import pytest
from named_figures import named_values as named


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("2024年，全年发布政策解读31份，其中图文解读12份。", "31", "disclosure_interpretations"),
    ("2024年，我局接到依申请公开事项4项，均按时答复。", "4", "disclosure_requests"),
    ("2024年，收到依申请公开6次，均已办结。", "6", "disclosure_requests"),
    ("宪法宣传周期间，全县制作法治宣传标语120幅。", "120", "publicity_slogans"),
    ("2024年，镇法律顾问出具法律意见书9次。", "9", "legal_opinions_issued"),
    ("印发法治政府建设实施方案，提出了86条工作措施。", "86", "rule_of_law_measures"),
])
def test_a_word_the_metric_alone_is_counted_in(checkout_rules, text, value, metric) -> None:
    assert named(text, 2024, checkout_rules)[value] == metric


def test_a_power_lists_items_are_not_cases(checkout_rules) -> None:
    text = "公布权责清单，其中行政许可11项、行政处罚122项、行政强制7项、行政检查9项。"
    assert named(text, 2024, checkout_rules)["7"] != "enforcement_coercion_cases"


@pytest.mark.parametrize(("text", "value"), [("2024年，全年发布政策解读14个。", "14"),
                                           ("2024年，镇法律顾问提出法律意见45条。", "45")])
def test_a_word_the_file_keeps_from_the_extractor(checkout_rules, text, value) -> None:
    assert named(text, 2024, checkout_rules)[value] == ""
