"""Figures stated of the figure before them (shares, changes), breakdowns by respondent and by kind, tables
whose rows carry their own label, and targets of plans (#17): named from catalog data and clause structure."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def named(text: str, year: int, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "value"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(("text", "expected"), [
    # a share, a rise and an increase name no metric of their own: they are stated of the figure before
    ("全年县政府收到行政复议申请300件，同比增长12.5%，比上年增加33件；依法受理270件，占收案总数的90%。",
     [("reconsideration_cases", "300"), ("reconsideration_cases_growth_stated", "12.5"),
      ("reconsideration_cases_increase", "33"), ("reconsideration_accepted", "270"),
      ("reconsideration_acceptance_rate_stated", "90")]),
    ("全年作出行政处罚决定900件，同比下降8%。",
     [("enforcement_penalty_cases", "900"), ("enforcement_penalty_cases_decline_stated", "8")]),
    # the year compared with owns the number after it; the increase and the rise both change the cases
    ("全年县政府收到行政复议申请150件，较2018年96件增加54件，增长了56.25%。",
     [("reconsideration_cases", "150"), ("reconsideration_cases", "96"), ("reconsideration_cases_increase", "54"),
      ("reconsideration_cases_growth_stated", "56.25")]),
    # a figure the catalog holds no change of: the change stays for review
    ("全年办理市人大代表建议120件，同比增长5%。", [("congress_suggestions_handled", "120"), ("", "5")]),
    # every level's total is not the government's own: nor is its change
    ("全市各级行政复议机关共收到行政复议申请1,218件，同比下降4.2%，其中市政府收到512件。",
     [("", "1218"), ("", "4.2"), ("reconsideration_cases", "512")]),
])
def test_shares_and_changes_are_those_of_the_figure_before(text, expected, rules) -> None:
    assert named(text, 2019, rules) == expected


def test_cases_by_respondent_and_their_shares(rules) -> None:
    text = ("全年以县政府为被申请人的复议案件12件，占6%；以县政府部门为被申请人的150件，占75%；"
            "以乡镇政府为被申请人的38件，占19%。")
    assert named(text, 2020, rules) == [
        ("reconsideration_against_government", "12"), ("reconsideration_against_government_share_stated", "6"),
        ("reconsideration_against_departments", "150"), ("reconsideration_against_departments_share_stated", "75"),
        ("reconsideration_against_townships", "38"), ("reconsideration_against_townships_share_stated", "19")]


def test_a_table_row_led_by_its_label_is_named_by_its_columns_and_a_share_row_by_the_share(rules) -> None:
    text = ("行政复议案件类型统计\n"
            "申请事项 | 行政处罚 | 政府信息公开 | 工伤认定 |\n"
            "数量 | 40件 | 16件 | 0 |\n"
            "占受理总数比例 | 50% | 20% | 0 |\n")
    assert named(text, 2024, rules) == [
        ("reconsideration_on_penalties", "40"), ("reconsideration_on_disclosure", "16"),
        ("reconsideration_on_work_injury", "0"), ("reconsideration_on_penalties_share_stated", "50"),
        ("reconsideration_on_disclosure_share_stated", "20"), ("reconsideration_on_work_injury_share_stated", "0")]


def test_a_target_of_a_plan_is_listed_but_named_by_no_metric(rules) -> None:
    text = "总体目标：到2025年底，全市行政许可事项网上全流程办理率达95%以上。全年网上全流程办理率达到90%。"
    assert named(text, 2024, rules) == [("", "95"), ("online_full_process_rate_stated", "90")]


def test_a_list_item_that_only_names_another_year_gives_the_figure_before_it_for_that_year(rules) -> None:
    # items joined by 、 are clauses of their own: 2021年为20.2% is the loss rate of 2021
    frame = extract_figures("2020年行政机关败诉率为13.5%、2021年为20.2%、2022年为15.5%。", 2022, rules)
    assert list(frame[["metric_id", "period", "value"]].itertuples(index=False, name=None)) == [
        ("litigation_loss_rate_stated", "2020", "13.5"), ("litigation_loss_rate_stated", "2021", "20.2"),
        ("litigation_loss_rate_stated", "2022", "15.5")]


def test_changes_stated_respectively_are_of_the_figures_before_them_in_order(rules) -> None:
    text = "全年县政府收到行政复议申请300件（2019年250件），审结280件，同比分别增长20%和12.5%。"
    rows = named(text, 2020, rules)
    assert rows[-2:] == [("reconsideration_cases_growth_stated", "20"), ("reconsideration_concluded_growth_stated", "12.5")]
    # where the figures before have no metric, neither have their changes
    assert named("中院收案1577件，审结1561件，同比分别增长28.84%和24.48%。", 2020, rules)[-2:] == [("", "28.84"), ("", "24.48")]


def test_a_change_listed_after_its_rate_with_a_list_mark_is_the_rates_change(rules) -> None:
    # round 11: a list item is a clause of its own (7.22%、同比下降5.94百分点), as after a comma
    for mark in ("、", "，"):
        frame = extract_figures(f"2024年，全县行政机关行政诉讼一审败诉率7.22%{mark}同比下降5.94个百分点。", 2024, rules)
        assert list(frame["metric_id"]) == ["litigation_loss_rate_stated", "litigation_loss_rate_decline_points"], mark


@pytest.mark.parametrize(("text", "expected"), [
    # 增加12项 here is how many more than the year before, not the items added in the year
    ("权责清单共326项，比上年增加12项。", [("power_list_items", "326"), ("", "12")]),
    # nor 减少15项 the items removed: the catalog has no metric of a list's net fall, so it stays unnamed
    ("权责清单共326项，较2023年净减少15项。", [("power_list_items", "326"), ("", "15")]),
    # the items added in the year are named where the clause says more than the change
    ("2024年新增权责事项12项。", [("power_list_items_added", "12")]),
])
def test_a_count_clause_that_only_states_a_change_on_a_year_before_names_no_level(text, expected, rules) -> None:
    assert named(text, 2024, rules) == expected
