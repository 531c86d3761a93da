"""Rules of round 23 (#17, precision by the curators' conventions rather than by wordings): a figure the curated files
leave without a metric whatever wording names it. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_count_up_to_a_date_before_the_last_month_is_a_part_of_the_year(rules) -> None:
    # up to July, up to a day of April, up to November: part of the year, no metric
    assert named("截至2024年7月，全县共组织法律培训班30期。", 2024, rules) == {"30": ""}
    assert named("2024截止4月19日，全县共审结行政复议案件47件。", 2024, rules) == {"47": ""}
    assert named("截至11月，县政府常务会议共学法12次。", 2024, rules) == {"12": ""}
    # up to the year's end, or no date: the whole year, named as before
    assert named("截至2024年12月31日，全县共审结行政复议案件47件。", 2024, rules) == {"47": "reconsideration_concluded"}
    assert named("2024年，全县共审结行政复议案件47件。", 2024, rules) == {"47": "reconsideration_concluded"}
    # a rate up to a date is the rate so far: left as the wording named it
    assert named("截至10月底，人民调解成功率达98%。", 2024, rules) == {"98": "mediation_success_rate_stated"}
