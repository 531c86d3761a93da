"""A list of periods after a named figure (round 11 of #17): each bare item (2022年488件, 2023年下降至11.62%)
continues the figure's metric for its own period. Texts written for these tests, not copied from the real
excerpts."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def rows(text: str, year: int, rules) -> list[tuple[str, str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "period", "value"]].itertuples(index=False, name=None))


def test_bare_items_of_years_continue_the_first_items_metric(rules) -> None:
    text = "2021年全县行政机关行政应诉案件120件，2022年96件，2023年1-9月88件。"
    assert rows(text, 2023, rules) == [("litigation_cases", "2021", "120"), ("litigation_cases", "2022", "96"),
                                       ("litigation_cases", "2023", "88")]


def test_a_rate_falling_to_a_level_each_year_is_the_rate(rules) -> None:
    text = "2021年，全县行政机关败诉率为20.5%，2022年下降至15.1%，2023年降至9.8%。"
    assert [metric for metric, _, _ in rows(text, 2023, rules)] == ["litigation_loss_rate_stated"] * 3


def test_an_item_in_another_unit_or_with_more_words_is_not_continued(rules) -> None:
    text = "2021年全县行政机关行政应诉案件120件，2022年举办培训96场，2023年15%。"
    assert [metric for metric, _, _ in rows(text, 2023, rules)][1:] == ["", ""]
