"""Consistency rules of the vocabulary's breakdowns (#17): parts within their total, as data in
consistency_rules.csv; a rule of which a report states no part is not listed, one whose total it omits is."""

from __future__ import annotations

from pathlib import Path

import duckdb
from onboarded_page import add_page, build

PAGE = ("某区人民政府2024年法治政府建设情况报告\n"
        "全年作出行政处罚决定1200件，其中警告300件、罚款800件、行政拘留50件。\n"
        "一审行政诉讼案件审结40件，其中败诉3件、胜诉35件。\n")
FIGURES = ("enforcement_penalty_cases,2024,1200,件,,全年作出行政处罚决定1200件,\n"
           "enforcement_penalty_warnings,2024,300,件,,其中警告300件,\n"
           "enforcement_penalty_fines_imposed,2024,800,件,,罚款800件,\n"
           "enforcement_penalty_detentions,2024,{detentions},件,,行政拘留{detentions}件,\n"
           "litigation_concluded,2024,40,件,,一审行政诉讼案件审结40件,\n"
           "litigation_lost,2024,3,件,,其中败诉3件,\n"
           "litigation_won,2024,35,件,,胜诉35件,\n")


def findings(project: Path, tmp_path: Path, detentions: int, figures: str = FIGURES) -> dict[str, tuple[str, str]]:
    add_page(project, tmp_path, PAGE.replace("50件", f"{detentions}件"), "110105-2024", "某区人民政府")
    db = tmp_path / "db.duckdb"
    built = build(project, "110105-2024", figures.format(detentions=detentions), db)
    assert built.exit_code == 0, built.output
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select rule_id, status, detail from consistency_findings where report_id = '110105-2024'").fetchall()
    return {rule: (status, detail) for rule, status, detail in rows}


def test_penalties_by_kind_and_lawsuits_by_outcome_are_checked_against_their_totals(project, tmp_path) -> None:
    found = findings(project, tmp_path, detentions=50)
    assert found["enforcement_penalty_kinds"][0] == "ok"
    assert found["litigation_outcomes"][0] == "ok"
    assert "罚款处罚 800" in found["enforcement_penalty_kinds"][1]


def test_parts_beyond_their_total_are_an_error(project, tmp_path) -> None:
    status, detail = findings(project, tmp_path, detentions=150)["enforcement_penalty_kinds"]
    assert status == "error" and detail.endswith("行政拘留处罚 150 ≤ 行政处罚案件 1200件")


def test_a_rule_is_listed_only_where_the_report_states_a_part_of_it(project, tmp_path) -> None:
    found = findings(project, tmp_path, detentions=50)
    assert not {"reconsideration_respondents", "reconsideration_acceptance", "normative_doc_cleanup"} & set(found)
    assert found["litigation_outcomes"][0] == "ok"


def test_parts_without_their_total_are_listed_as_not_evaluated(project, tmp_path) -> None:
    without_total = FIGURES.replace("litigation_concluded,2024,40,件,,一审行政诉讼案件审结40件,\n", "")
    status, detail = findings(project, tmp_path, detentions=50, figures=without_total)["litigation_outcomes"]
    assert (status, detail) == ("not evaluated", "报告未提供总数 the report does not state the total")
