"""A value typed as a float (70.0, 3.40): what a spreadsheet or pandas writes back when a column was read as
numbers. Trial 23 saved 凯里市 2024's reviewed rows so: the build refused 开展法律和政策宣讲70场次 entered as 70.0
场次 with '"场次" differs from catalog "次"' (the unit was right; the value's text was not found beside it),
and a 3.40 entered in 人 for 3.4万人 passed the scale check, to be stored 10^4 too small."""

from __future__ import annotations

from pathlib import Path

import onboarded_page
import pytest
from onboarded_page import page_project

PAGE = "某市人民政府2024年法治政府建设情况报告\n2024年，全市开展法律和政策宣讲70场次，书面述法3.4万人。\n"


project = page_project(PAGE, "522601-2024", "某市人民政府")  # conftest's project with the page added


def build(project: Path, rows: str, db: Path):
    return onboarded_page.build(project, "522601-2024", rows, db)


def test_a_float_typed_count_in_a_family_word_is_accepted(project, tmp_path) -> None:
    db = tmp_path / "db.duckdb"
    result = build(project, "publicity_events,2024,70.0,场次,,开展法律和政策宣讲70场次,\n"
                            "written_law_report_persons,2024,3.40,万人,,书面述法3.4万人,\n", db)
    assert result.exit_code == 0, result.output
    assert onboarded_page.stored_rows(db, "522601-2024", "value, unit") == [(70.0, "场次"), (34000.0, "人")]


@pytest.mark.parametrize("value", ["3.40", "3.4"])
def test_a_float_typed_value_without_its_scale_is_refused(project, tmp_path, value) -> None:
    result = build(project, f"written_law_report_persons,2024,{value},人,,书面述法3.4万人,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1 and "[unit-scale-not-in-quote]" in result.output, result.output
