"""Round 3 of naming figures (#17): a 分别为 list under a span of years, a share whose clause names its
own base, a blank between a number and 万, and a list of places that names no metric. Sentences are
written here, with other places, years and numbers than the real excerpts."""

from __future__ import annotations

from extracted import rows


def test_a_list_under_a_span_of_years_gives_one_year_each_and_the_first_figures_metric(rules):
    text = "2019年至2021年，全市行政机关负责人出庭应诉率分别为88.1%、93.4%、100%。"
    assert rows(text, rules, 2021) == [("litigation_appearance_rate_stated", "2019", "88.1", "%"),
                                       ("litigation_appearance_rate_stated", "2020", "93.4", "%"),
                                       ("litigation_appearance_rate_stated", "2021", "100", "%")]


def test_a_list_longer_than_its_span_of_years_keeps_the_report_year(rules):
    periods = [period for _, period, _, _ in rows("2020年以来，败诉率分别为9%、8%、7%、6%。", rules, 2021)]
    assert periods == ["2021"] * 4


def test_a_list_of_places_names_no_metric_for_the_first_place(rules):
    text = "2021年，甲市、乙市受理行政诉讼案件数分别为812件、640件。"
    assert [metric for metric, _, _, _ in rows(text, rules, 2021)] == ["", ""]


def test_a_share_whose_clause_names_its_base_before_its_zhan(rules):
    text = "全年审结行政复议案件420件，维持结果300件，复议纠错案件占审结数的9.5%。"
    assert ("reconsideration_correction_rate_stated", "2022", "9.5", "%") in rows(text, rules, 2022)


def test_a_blank_before_wan_keeps_the_wan_with_the_measure_word(rules):
    assert rows("全年网上办理政务服务 2.6 万件，完成交易318笔。", rules, 2023) == [
        ("", "2023", "2.6", "万件"), ("", "2023", "318", "笔")]


def test_a_rates_change_in_points_is_named_after_the_rate_before_it_or_in_its_own_clause(rules):
    text = "行政机关败诉率为7.5%，同比下降2.1个百分点；全市行政复议纠错率比上年上升0.8个百分点。"
    assert rows(text, rules, 2023) == [("litigation_loss_rate_stated", "2023", "7.5", "%"),
                                       ("litigation_loss_rate_decline_points", "2023", "2.1", "个百分点"),
                                       ("reconsideration_correction_rate_growth_points", "2023", "0.8", "个百分点")]


def test_points_of_a_rate_with_no_such_metric_stay_unnamed(rules):
    assert rows("网上可办率为90%，比上月提高1.5个百分点。", rules, 2023)[1][0] == ""
