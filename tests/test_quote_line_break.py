"""A quote copied across the text's line end is refused with a hint saying so (trial 23: a quote copied across
a line break got only "not found verbatim", and the analyst compared characters that looked the same)."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarded_page import build, page_project

PAGE = "某市人民政府2024年法治政府建设情况报告\n2024年，全市开展法律和政策\n宣讲70场次，办理行政复议案件12件。\n"
HINT = "the text has it with a line break or space inside"


project = page_project(PAGE, "522601-2024", "某市人民政府")  # conftest's project with the page added


@pytest.mark.parametrize("quote", ["开展法律和政策宣讲70场次", "开展法律和政策 宣讲70场次", "开展法律和政策\u3000宣讲70场次"])
def test_a_quote_across_the_line_end_is_refused_with_the_hint(project: Path, tmp_path: Path, quote: str) -> None:
    result = build(project, "522601-2024", f"publicity_events,2024,70,场次,,{quote},\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "[quote-not-found]" in line and HINT in line, line


def test_a_quote_the_text_does_not_hold_gets_no_hint(project: Path, tmp_path: Path) -> None:
    result = build(project, "522601-2024", "publicity_events,2024,70,场次,,开展法治宣讲70场次,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "[quote-not-found]" in line and HINT not in line, line


def test_the_part_on_one_line_is_accepted(project: Path, tmp_path: Path) -> None:
    result = build(project, "522601-2024", "publicity_events,2024,70,场次,,宣讲70场次,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 0, result.output
