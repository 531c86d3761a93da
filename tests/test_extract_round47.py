"""Round 47 (#17): causes of figures not found and of unnamed figures that blind39 showed and that recur in any
report. Number form: a count written in brackets right before its measure word (发布信息(120)条, 受理（8）件), as
some disclosure reports write every count, is a figure, read as the plain count and named as it would be; brackets
that are no such count stay no figure: list markers ((1)、（一）), a year in brackets ((2021)年), document numbers
(〔2022〕5号). Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_count_in_brackets_before_its_measure_word(rules) -> None:
    found = named("2021年，县门户网站发布政务信息(468)条，其中政务动态信息（402）条。", 2021, rules)
    assert set(found) == {"468", "402"}
    assert found["402"] == "disclosure_government_updates"


def test_a_full_width_count_in_brackets_keeps_its_qualifier(rules) -> None:
    found = named("2021年，共受理政府信息公开申请（１２）件。全年浏览量达(5000)余人次。", 2021, rules)
    assert found["12"] == "disclosure_requests"
    assert "5000" in found


def test_brackets_that_hold_no_count_stay_no_figure(rules) -> None:
    text = ("按照《关于规范行政执法的通知》（县政发〔2022〕5号）要求，(1)项目审批加快；（一）项工作完成；"
            "(2021)年度报告已公开；开展专项行动3次。")
    assert set(named(text, 2022, rules)) == {"3"}
