"""A rule the report cannot be checked against is listed once, however many of its parts the report
states. Trial 20: 重庆市 2020 (决定维持1313件, 直接纠错413件, no caseload) listed "复议案件 = 各处理结果之和"
as not evaluated twice on its profile, once per stated outcome, as if it were two rules."""

from __future__ import annotations

from pathlib import Path

import imperfect

from indicators.read import queries

TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，行政复议决定维持12件，撤销3件，驳回2件。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
reconsideration_upheld,2018,12,件,,行政复议决定维持12件,
reconsideration_revoked,2018,3,件,,撤销3件,
reconsideration_dismissed,2018,2,件,,驳回2件,
"""


def test_a_rule_without_its_total_is_not_evaluated_once(tmp_path: Path) -> None:
    db = imperfect.built_with_2018_report(tmp_path, TEXT, FIGURES)
    findings = queries.consistency_findings("441284", 2018, db)
    outcomes = findings[findings["rule_id"] == "reconsideration_outcomes"]
    assert len(outcomes) == 1, outcomes[["rule_id", "status", "detail"]]
    assert outcomes.iloc[0]["status"] == "not evaluated"
    assert outcomes.iloc[0]["detail"] == "报告未提供总数 the report does not state the total"
