"""Round 48 (#17): causes of figures not found and of wrong or missing names that blind40 showed and that recur in
any report. Tables: the 2019 disclosure form written one cell a line with no pipe, whose columns 上一年项目数量 and
本年增/减 name their unit only by their words (项目数量: 项; a change column counts in the unit of the column before
it), and whose tables of one row (行政事业性收费, 政府集中采购) stand under a header led by the form's corner. Number
forms: posts counted without 条 (栏目发布信息N，) and a count right before the bracket that breaks it down
(复议申请107(受理98件…). Periods: a year after 结转至 names where requests go. Named by catalog data: 机构职能 without 类,
政务动态栏目发布信息, 法治专题讲座培训, 确认被申请…违法的案件; withheld: departments on an online 政务服务网, 乡村社干部
organised to study. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures

_FORM = """二、主动公开政府信息情况

第二十条第(五)项

信息内容

上一年项目数量

本年增/减

处理决定数量

行政许可

12

-2

35

其他对外管理服务事项

4

1

7

第二十条第(八)项

信息内容

上一年项目数量

本年增/减

行政事业性收费

3

0

第二十条第(九)项

信息内容

采购项目数量

采购总金额

政府集中采购

5

86万元
"""


def _cells(text: str, year: int, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, year, rules)
    return sorted(frame[["value", "unit"]].itertuples(index=False, name=None))


def test_a_form_of_one_cell_a_line_reads_its_item_counts_and_their_changes(rules) -> None:
    found = _cells(_FORM, 2020, rules)
    for value in ("12", "-2", "4", "1"):  # 上一年项目数量 and 本年增/减 of both rows: items, 项
        assert (value, "项") in found
    assert ("35", "件") in found and ("7", "件") in found  # 处理决定数量, read before as now


def test_a_form_table_of_one_row_is_read_under_its_corner(rules) -> None:
    found = _cells(_FORM, 2020, rules)
    assert ("3", "项") in found and ("0", "项") in found  # 行政事业性收费: 上一年项目数量, 本年增/减
    assert ("5", "个") in found  # 政府集中采购: 采购项目数量
    assert ("86", "万元") in found


def test_a_lone_row_under_short_lines_naming_no_unit_stays_unread(rules) -> None:
    text = "工作安排\n\n负责人\n\n联系方式\n\n办公室\n\n3\n\n5\n"
    assert _cells(text, 2020, rules) == []


def test_posts_counted_without_their_measure_word(rules) -> None:
    text = "2024年，区政府网站共发布信息2210条。其中，要闻栏目发布信息640，通知公告栏目公开信息95，全年无差错。"
    found = dict(extract_figures(text, 2024, rules)[["value", "unit"]].itertuples(index=False, name=None))
    assert (found["640"], found["95"]) == ("条", "条")


def test_a_count_before_the_bracket_that_breaks_it_down(rules) -> None:
    text = ("2021年，县本级共收到公民、法人的行政复议申请64(受理58件，不予受理6件)，审结52件。"
            "在县本级受理的58件案件中，涉及行政处罚的12件。")
    found = extract_figures(text, 2021, rules)
    named_as = dict(found[["value", "metric_id"]].itertuples(index=False, name=None))
    assert named_as["64"] == "reconsideration_cases"
    assert "reconsideration_cases" not in set(found.loc[found["value"] == "58", "metric_id"])


def test_the_organisations_functions_without_a_kind_word_are_the_overview(rules) -> None:
    text = "截至2022年底，通过门户网站主动公开政府信息共140条，其中政策解读6条，机构职能19条，通知公告22条。"
    assert named(text, 2022, rules)["19"] == "disclosure_overview_items"


def test_posts_in_the_updates_column_of_a_portal_are_updates(rules) -> None:
    text = "2024年，县政府门户网站共发布信息2100条，其中工作动态栏目发布信息830条，通知公告栏目发布信息120条。"
    assert named(text, 2024, rules)["830"] == "disclosure_government_updates"


def test_lecture_trainings_on_the_law_are_lectures(rules) -> None:
    text = "2023年，街道共组织党工委会议专题学习21次、法治专题讲座培训4场次。"
    assert named(text, 2023, rules)["4"] == "law_lectures"


def test_a_decision_confirming_the_respondents_act_illegal(rules) -> None:
    text = "2019年，区政府共收到行政复议申请64件，驳回申请9件，确认被申请人行政行为违法的案件3件。"
    assert named(text, 2019, rules)["3"] == "reconsideration_confirmed_illegal"


def test_departments_on_an_online_service_platform_are_no_hall_s(rules) -> None:
    text = "2025年，全县28个部门以及各乡镇入驻省政务服务网，实现网上办理。"
    assert named(text, 2025, rules).get("28", "") != "service_hall_departments"
    text = "2025年，全县28个部门入驻县政务服务中心，集中办理审批事项。"
    assert named(text, 2025, rules)["28"] == "service_hall_departments"


def test_township_and_village_cadres_organised_to_study_are_no_study_group(rules) -> None:
    text = ("2024年，乡党委坚持“第一议题”，将习近平法治思想纳入党委理论学习中心组学习计划，"
            "组织乡村社干部开展集中学习15次、专题学习4次。")
    assert named(text, 2024, rules).get("15", "") != "central_group_law_study_sessions"


def test_requests_carried_into_the_next_year_are_of_the_report_s(rules) -> None:
    text = "2023年全年共收到政府信息公开申请12件，共办结10件，2023年结转至2024年继续办理2件。"
    found = extract_figures(text, 2023, rules)
    rows = found[found["value"] == "2"]
    assert list(rows["period"].astype(str)) == ["2023"]
    assert list(rows["metric_id"]) == ["disclosure_carried_forward"]
