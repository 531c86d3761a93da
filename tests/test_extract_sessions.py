"""Round 8: sessions named by body × action (`extract/sessions.py`, the three `data/session_*.csv`): combinations no
curated row says are named from the classes, a pair the table does not hold names nothing of its own, and every
metric of the table is in the catalog."""

from __future__ import annotations

import pandas as pd
import pytest
from extracted import rows

from indicators.extract.sessions import session_metrics
from indicators.extract.text import data_rows


@pytest.mark.parametrize(("text", "expected"), [
    # a district's executive meeting studying a law: no curated row words it so
    ("区政府常务会议学习《行政复议法》6次。", "executive_law_study_sessions"),
    ("镇政府常务会议专题学法7次。", "executive_law_study_sessions"),
    # the body is the sentence's subject, several clauses before the number
    ("县政府常务会议坚持会前学法制度，年内组织专题学习5次。", "executive_law_study_sessions"),
    # the head of the subject is its last body (the study group of the Party committees)
    ("全市各级党委(党组)理论学习中心组专题学习习近平法治思想实现全覆盖，开展专题学习35场次。",
     "central_group_law_study_sessions"),
    ("各级党组织专题学习宪法80余场次。", "department_law_study_sessions"),
    ("领导班子会议学法11次。", "leadership_law_study_sessions"),
    ("县委常委会、县政府常务会专题学法9次。", "leadership_law_study_sessions"),
    # the same action by other bodies: different metrics
    ("区委常委会会议专题研究法治建设工作3次。", "party_rule_of_law_meetings"),
    ("区政府常务会议专题研究法治政府建设工作3次。", "rule_of_law_meetings"),
    ("区政府党组会议专题研究依法行政工作2次。", "party_rule_of_law_meetings"),
    # round 29: a report on the rule of law heard is its own metric, whichever body heard it
    ("区政府党组会议听取依法行政工作汇报2次。", "rule_of_law_reports_heard"),
    ("理论学习中心组开展专题研讨3次。", "study_seminars"),
    # the body right after the number
    ("召开5次区政府常务会议学法。", "executive_law_study_sessions"),
    # study of no named subject: the study group's sessions, or the leadership's joint law study
    ("镇党委理论学习中心组集体学习9次。", "central_group_study_sessions"),
    ("县委常委会、县委理论学习中心组、县政府常务会共学习14次。", "leadership_law_study_sessions"),
    # a list of bodies of several classes before one action is the leadership's joint figure
    ("做好区政府党组会议、区政府常务会议、区政府理论学习中心组学习会议等学习安排，全年开展专题学习25次。",
     "leadership_law_study_sessions"),
    ("市委常委会会议、市政府党组会议、市政府常务会议专题研究法治建设工作7次。", "rule_of_law_meetings"),
    # a list of the government's own bodies only (its Party group, its executive meeting) is the executive's figure;
    # an item naming no body of the table may hide the Party's, so the list stays joint
    ("县政府党组会议、县政府常务会议集体学法6次。", "executive_law_study_sessions"),
    ("县委全面依法治县委员会会议、县政府党组会议、县政府常务会议集体学法6次。", "leadership_law_study_sessions"),
    # a clause that puts a law topic into a body's study programme names the body and the subject of its study
    ("将习近平法治思想纳入镇党委理论学习中心组学习内容，全年开展相关学习12次。", "central_group_law_study_sessions"),
    # 会前学法 is a meeting's study, never a study group's plan (the departments' here)
    ("将宪法作为各党委(党组)理论学习中心组重点学习内容，各部门先后开展会前学法等40次。", "department_law_study_sessions"),
    # the meetings counted, then their purpose opening the next clause
    ("召开区委常委会会议8次，研究法治建设重要事项。", "party_rule_of_law_meetings"),
    ("县政府召开常务会议6次，专题研究法治政府建设工作。", "rule_of_law_meetings"),
    # the number inside the action
    ("区委常委会听取3次法治政府建设工作汇报。", "rule_of_law_reports_heard"),
    # a frequency earlier in the clause does not hide the year's count after it
    ("以每月1次频次开展党委理论学习中心组法治学习6次。", "central_group_law_study_sessions"),
])
def test_a_body_and_an_action_name_the_metric(text: str, expected: str, rules) -> None:
    named = [row for row in rows(text, rules, 2024) if row[3] in ("次", "场次")]
    assert [row[0] for row in named if row[0]] == [expected]  # one named, and by the pair


@pytest.mark.parametrize(("text", "expected"), [
    # bodies counted as the object of an inspection, in a list before the action
    ("对7个县(市、区)、12个市直部门开展法治政府建设实地督察。",
     [("rule_of_law_inspected_localities", "7"), ("rule_of_law_inspected_departments", "12")]),
    ("6个区政府部门、3个乡镇(街道)围绕学习贯彻习近平法治思想接受实地督察。",
     [("rule_of_law_inspected_departments", "6"), ("rule_of_law_inspected_localities", "3")]),
    # the same bodies under another action (督查, 检查) are no inspection on the rule of law
    ("对8个市直部门开展行政执法检查。", [("", "8")]),
])
def test_bodies_counted_as_the_object_of_an_inspection(text: str, expected: list[tuple[str, str]], rules) -> None:
    assert [(row[0], row[2]) for row in rows(text, rules, 2024)] == expected


def test_a_list_of_counts_gives_each_item_its_own_action(rules) -> None:
    # the action after a number is its own only where no list item follows (12次、法治专题学习3次)
    assert [row[0] for row in rows("全年共组织党组理论学习12次、法治专题学习3次。", rules, 2025)] == [
        "central_group_study_sessions", "central_group_law_study_sessions"]
    # one action after a list of counted bodies is each item's, with the item's own body
    assert [row[0] for row in rows("召开6次区政府常务会议、3次区委常委会会议专题研究法治建设工作。", rules, 2025)] == [
        "rule_of_law_meetings", "party_rule_of_law_meetings"]
    # (the Party committee's own law study is the leadership's since round 45, as the curated sets name it:
    # blind15's 党工委会议专题学习, blind19's 党委会专题学法, blind25's 县委常委会会前学法, blind37's 党工委会学法)
    assert [row[0] for row in rows("全年召开8次县政府常务会议、4次县委常委会会议专题学习宪法。", rules, 2025)] == [
        "executive_law_study_sessions", "leadership_law_study_sessions"]


@pytest.mark.parametrize("text", [
    # leaders in person are no body of the table; a frequency a rule sets is not the year's count
    "主要领导讲法17场次。",
    "县政府常务会议每季度集体学法不少于1次。",
    # two actions listed before one number: a sum of two kinds
    "区政府常务会议、区政府党组会议研究法治政府建设相关工作、学习法律法规21次。",
])
def test_no_body_of_the_table_names_nothing_by_itself(text: str, rules) -> None:
    assert [row[0] for row in rows(text, rules, 2024)] == [""]


def test_every_metric_of_the_table_is_in_the_catalog_with_its_source(rules, raw_dir) -> None:
    assert session_metrics() <= rules.metrics
    sources = set(pd.read_csv(raw_dir / "catalog" / "vocabulary_sources.csv", dtype=str)["source_id"])
    assert {row["source_id"] for row in data_rows("session_metrics.csv")} <= sources
