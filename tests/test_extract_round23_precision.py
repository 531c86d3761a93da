"""Rules of round 23 (#17, precision by the curators' conventions rather than by wordings): a figure the curated files
leave without a metric whatever wording names it. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_total_over_years_in_digits_or_beside_a_yearly_average_is_no_years_value(rules) -> None:
    # a yearly average stated before the figure does not make the span's total one year's (averages keep no metric)
    text = "五年来，县法律援助中心共受理案件1860件，年均增长4.2%，解答法律咨询9600人次。"
    assert named(text, 2024, rules) == {"1860": "", "4.2": "", "9600": ""}
    # 5年来 as 五年来: the same
    text = "5年来，县法律援助中心共受理案件1860件，年均增长4.2%，解答法律咨询9600人次。"
    assert named(text, 2024, rules) == {"1860": "", "4.2": "", "9600": ""}
    # a year written in digits is no span: named as before
    assert named("2024年，县法律援助中心解答法律咨询9600人次。", 2024, rules) == {"9600": "legal_consultations"}
    # each year of the span: one year's value, as before
    assert named("5年来，县法律援助中心每年解答法律咨询2000余人次。", 2024, rules) == {"2000": "legal_consultations"}
