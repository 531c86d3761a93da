"""A figure entered in its metric's unit where its quote counts in another measure word is refused.

The build compared a unit other than the metric's with the quote (120件 for a metric in 份 passes where the
quote writes 120件), but never the metric's own: the message 'differs from catalog "人次"' invites a reviewer
to retype the unit, and 135名 (persons) then passed as 135 人次 (person-times), 3.95个百分点 as 3.95 %, 5个工作日
as 5 天. The check reads the measure word right after the number (sql/checks/unit_in_quote.sql)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import onboarded_page
import pytest
from onboarded_page import page_project

PAGE = ("某市人民政府2023年法治政府建设情况报告\n"
        "2023年，全市举办法治培训，参加培训135名；网上全流程办理率提高3.95个百分点；"
        "平均办理时限5个工作日。共举办普法讲座600多人次参加，培训 1200 人次。"
        "全市法治培训合计2.8万余人次。对教育局等6部门开展法治督察。配套舉措24個。"
        "受理咨询12件，接待群众咨询12人次。办理复议案件14宗。\n"
        "| 培训人次 | 98 |\n")


project = page_project(PAGE, "411000-2023", "某市人民政府")  # conftest's project with the page added


def build(project: Path, rows: str, db: Path):
    return onboarded_page.build(project, "411000-2023", rows, db)


@pytest.mark.parametrize(("row", "written"), [
    # persons entered as person-times, the metric's unit
    ("law_training_attendance,2023,135,人次,,参加培训135名,\n", "135名"),
    # a change in percentage points entered as a rate
    ("online_full_process_rate_stated,2023,3.95,%,,网上全流程办理率提高3.95个百分点,\n", "3.95个百分点"),
    # working days entered as calendar days
    ("average_processing_days,2023,5,天,,平均办理时限5个工作日,\n", "5个工作日"),
])
def test_a_figure_whose_quote_counts_in_another_word_is_refused(project, tmp_path, row, written) -> None:
    result = build(project, row, tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
    assert "[unit-not-in-quote]" in result.output and f'it writes "{written}"' in result.output, result.output
    assert result.output.count("Error:") == 1, result.output


def test_a_figure_in_its_quotes_own_words_is_accepted(project, tmp_path) -> None:
    """The measure word past a bound's 多, a space or a scale, a word of the unit's family in traditional
    characters, 部 of 6部门 (no measure word there), a number written twice with two words of which one is
    the entered one, and a table cell with no word after the number."""
    db = tmp_path / "db.duckdb"
    result = build(project, "law_training_attendance,2023,600,人次,lower_bound,共举办普法讲座600多人次参加,\n"
                            "legal_consultations,2023,1200,人次,,培训 1200 人次,\n"
                            "publicity_audience_attendance,2023,2.8,万人次,lower_bound,全市法治培训合计2.8万余人次,\n"
                            "rule_of_law_inspected_departments,2023,6,个,,对教育局等6部门开展法治督察,\n"
                            "one_thing_services,2023,24,个,,配套舉措24個,\n"
                            "hearing_observers,2023,12,人次,,受理咨询12件，接待群众咨询12人次,\n"
                            "law_training_attendance,2022,98,人次,,| 培训人次 | 98 |,\n", db)
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as con:
        count = con.execute("select count(*) from figures where report_id = '411000-2023'").fetchone()[0]
    assert count == 7


def test_a_figure_in_its_metrics_unit_whose_quote_writes_a_word_of_that_family_is_accepted(project, tmp_path) -> None:
    """办理复议案件14宗 entered as 14 件, the catalog's unit of reconsideration cases: 宗 is a word of the family
    of cases (unit_families.csv), so the figure is stored in the metric's unit and the quote check lets it
    pass. The family test is the figures' unit check's own (build/unit_scale.sql same_unit_family)."""
    result = build(project, "reconsideration_cases,2023,14,件,,办理复议案件14宗,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 0, result.output
