"""The audit of a report's own sums on real reports' ways of stating them (trial 24): a total is checked
against parts of its own scope only (赤峰市 2019: the city government's own 142 cases were 'not the sum'
of the whole city's outcomes; such a period is listed as not evaluated, even when the rule holds in
another), and parts that fall short of a total when the report lists only some of them are not an
error (秀山县 2024: 63 cases, 维持 17, and 调解终止19件, which no metric holds)."""

from __future__ import annotations

import imperfect
import pytest

from indicators.read.db import query_frame

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，共收到行政复议申请63件，决定维持17件。"
        "2017年，市政府本级收到行政复议申请142件；全市复议机关决定维持100件，决定撤销50件。"
        "2018年，行政许可事项500项，其中网上全流程办理事项520项。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note,scope
reconsideration_cases,2018,63,件,,共收到行政复议申请63件,,
reconsideration_upheld,2018,17,件,,决定维持17件,,
reconsideration_cases,2017,142,件,,市政府本级收到行政复议申请142件,,市政府本级
reconsideration_upheld,2017,100,件,,全市复议机关决定维持100件,,
reconsideration_revoked,2017,50,件,,决定撤销50件,,
licensing_items,2018,500,项,,行政许可事项500项,,
online_full_process_items,2018,520,项,,其中网上全流程办理事项520项,,
"""


@pytest.fixture(scope="module")
def findings(tmp_path_factory) -> dict[tuple[int, str], tuple[str, str]]:
    db = imperfect.built_with_2018_report(tmp_path_factory.mktemp("parts"), TEXT, FIGURES)
    rows = query_frame("select period, rule_id, status, detail from consistency_findings "
                       "where report_id = '441284-2018'", {}, db_path=db)
    return {(r.period, r.rule_id): (r.status, r.detail) for r in rows.itertuples()}


def test_parts_short_of_the_total_when_some_are_not_stated_are_not_an_error(findings) -> None:
    status, detail = findings[(2018, "reconsideration_outcomes")]
    assert status == "not evaluated"
    assert "决定维持的复议案件 17 = 17（相差 46）" in detail and "报告未列出全部分项" in detail


def test_a_total_of_one_body_is_not_checked_against_the_whole_jurisdictions_parts(findings) -> None:
    # no error of 100 + 50 = 150 against 142; and not hidden either, though the rule is checked in 2018
    status, detail = findings[(2017, "reconsideration_outcomes")]
    assert status == "not evaluated"
    assert detail == ("分项与总数范围不同 parts and total are of different scope"
                      "（总数 total 市政府本级，分项 parts 全辖区 whole jurisdiction）")


def test_parts_over_the_total_are_still_an_error(findings) -> None:
    status, detail = findings[(2018, "online_within_licensing")]
    assert status == "error" and "网上全流程办理事项 520 ≤ 行政许可事项 500项" in detail



def test_the_summary_says_in_which_period_a_rule_checked_elsewhere_could_not_be(tmp_path) -> None:
    from indicators.publish.summary import consistency_sentences
    from indicators.read.analysis import consistency_checks

    text = TEXT + "2017年，市政务服务中心进驻行政许可事项400项；全市网上全流程办理事项380项。\n"
    figures = FIGURES + ("licensing_items,2017,400,项,,市政务服务中心进驻行政许可事项400项,,市政务服务中心\n"
                         "online_full_process_items,2017,380,项,,全市网上全流程办理事项380项,,\n")
    db = imperfect.built_with_2018_report(tmp_path, text, figures)
    words = "".join(consistency_sentences(consistency_checks("441284", 2018, db)))
    assert "网上全流程办理事项不超过行政许可事项：分项520项超过总数500项。" in words  # 2018's error
    assert "另有3条规则无法检查（报告未提供总数，分项与总数不在同一期间，报告未列出全部分项，或范围不同）：" in words
    assert "“网上全流程办理事项不超过行政许可事项”（2017年）" in words, words  # checked in 2018, not in 2017
