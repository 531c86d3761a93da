"""Inventories and lists (round 11 of #17): sites and model villages whose name, not the verb
before the number, says what is counted; a plan's items grouped by aspects; a kind of proactive information.
Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


@pytest.mark.parametrize(("text", "metric"), [
    ("全县已依托村部建起12个法治文化主题公园。", "rule_of_law_culture_sites"),
    ("全镇已打造3个“法治文化长廊”。", "rule_of_law_culture_sites"),
    ("全市已创建45个“民主法治村”。", "demonstration_villages"),
    ("全区共培育8个市级民主法治社区。", "demonstration_villages"),
    ("评选确定6个示范地区、4个示范项目。", "demonstration_areas_named"),
    ("全年组织开展12场普法宣传活动。", "publicity_events"),
    ("举办法治专题培训班，培训党员干部3200余人次。", "law_training_attendance"),
])
def test_an_inventory_counted_before_its_name_takes_the_names_metric(text, metric, rules) -> None:
    assert list(extract_figures(text, 2023, rules)["metric_id"])[0] == metric


def test_a_count_of_another_thing_before_the_name_stays_unnamed(rules) -> None:
    # the villages' building work counted, not the villages
    frame = extract_figures("开展5次民主法治村建设督导。", 2023, rules)
    assert list(frame["metric_id"]) == [""]


def test_a_plans_items_counted_after_their_aspects_are_its_tasks_not_an_inspections_findings(rules) -> None:
    for text in ("印发《2023年法治政府建设工作要点》，明确五个方面32项重点任务。",
                 "制定依法行政工作计划，明确5方面32项重点工作。"):
        frame = extract_figures(text, 2023, rules)
        assert frame.loc[frame["value"] == "32", "metric_id"].tolist() == ["rule_of_law_tasks"], text
    text = "开展法治建设情况督察，发现并督促整改3个方面41个具体问题。"
    assert "rule_of_law_tasks" not in list(extract_figures(text, 2023, rules)["metric_id"])


def test_a_kind_of_proactive_information_written_with_its_class_word(rules) -> None:
    text = "全年在政府门户网站主动公开政府信息1200条，其中政策文件类信息86条。"
    assert list(extract_figures(text, 2023, rules)["metric_id"]) == ["disclosure_proactive_items",
                                                                     "disclosure_policy_documents"]


@pytest.mark.parametrize("text", [
    "印发《2024年法治政府建设实施方案》，细化重点任务清单120项。",  # the verb, the tasks, then the count
    "制定依法治市工作要点，明确年度工作任务 38 项。",
    "印发《法治建设工作要点》，明确28项法治政府建设重点任务。",  # 法治 between the count and 重点任务
    "出台2024年依法行政工作计划，明确15项重点工作及其责任分工。",  # 重点工作 with its division of work after
])
def test_a_plans_tasks_set_out_before_or_after_the_count_are_its_tasks(text, rules) -> None:
    assert list(extract_figures(text, 2024, rules)["metric_id"]) == ["rule_of_law_tasks"]


def test_a_whole_plans_yearly_tasks_without_law_named_take_no_tasks_metric(rules) -> None:
    # a province's 依法治省 plan: its 年度重点任务 are every field's, of which a part concerns 法治政府
    text = "印发依法治省年度重点事项，将60项重要举措和20项年度重点任务分解到各有关部门。"
    assert "rule_of_law_tasks" not in list(extract_figures(text, 2024, rules)["metric_id"])
    # the tasks handed out to departments, not the plan's tasks set out
    text = "印发《2024年法治政府建设工作要点》，向各部门分解任务二十六项。"
    assert "rule_of_law_tasks" not in list(extract_figures(text, 2024, rules)["metric_id"])
