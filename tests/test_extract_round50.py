"""Round 50 (#17): causes of figures read with another period and of wrong names that blind42 showed and that recur in
any report. Periods: the year a body was set up, closed by its comma (…局于2018年11月成立，核定行政编制20名), dates the
body, not the staff and divisions listed after it; a count up to a day of the year after the report's (截至2023年3月15日,
in a report on 2022: the day the report was written) is dated by the report year, as the curators of three batches date
it. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def _periods(text: str, year: int, rules) -> dict[str, int]:
    frame = extract_figures(text, year, rules)
    return {value: int(period) for value, period in frame[["value", "period"]].itertuples(index=False, name=None)}


def test_the_year_a_body_was_set_up_is_not_the_year_of_its_staff(rules) -> None:
    text = "【概况】 市行政审批服务局于2019年3月成立，核定行政编制25名；核定事业编制12名，内设5个科室。"
    periods = _periods(text, 2022, rules)
    assert periods["25"] == periods["12"] == periods["5"] == 2022
    text = "市数据资源局2017年组建，是市政府直属机构，核定行政编制18名，下设2个中心。"
    periods = _periods(text, 2021, rules)
    assert periods["18"] == periods["2"] == 2021


def test_a_body_set_up_in_a_year_with_its_count_as_object_keeps_that_year(rules) -> None:
    text = "2021年成立了15个村级调解委员会。2022年，我县新建法治文化广场3个。"
    assert _periods(text, 2022, rules)["15"] == 2021  # the count is what was set up that year


def test_a_count_up_to_a_day_of_the_next_year_is_the_report_years(rules) -> None:
    text = ("深化行政争议协调化解例会制度。截至2024年2月20日，已召开36期例会，涉及单位18家，案件150件，"
            "助力化解40件。")
    periods = _periods(text, 2023, rules)
    assert periods["36"] == periods["18"] == periods["150"] == periods["40"] == 2023
    text = "截至2024年2月20日，县政府信息公开平台累计发布信息1200条。"
    assert _periods(text, 2024, rules)["1200"] == 2024  # the report year's own day: unchanged
