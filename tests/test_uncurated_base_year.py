"""Year on year against a year whose report is loaded but has no figure curated yet says so.

Round 31 onboarded 津南区's 2024 report with its figures and its 2023 report as text only (the page's opening
holds no figure to curate). The 2024 year-on-year page and summary, whose default base period is 2023 (a year
with a report), then said "2023年与2024年没有可比的同一数字（no figure in both periods）": read as if both
years' figures had been compared and none matched. Here two constructed texts of one district do the same.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from onboarded_page import add_page, build
from test_imperfect_pages import FORBIDDEN, _text

from indicators.publish import execute as notebooks
from indicators.publish import sections, summary
from indicators.publish.params import suite
from indicators.read import analysis

CODE = "120112"
BEFORE = "津南区2023年法治政府建设情况报告\n2023年，区政府常务会议会前学法3次。\n"
NOW = "津南区2024年法治政府建设情况报告\n2024年，区政府常务会议会前学法2次。\n"
ROW = "executive_law_study_sessions,2024,2,次,,区政府常务会议会前学法2次,\n"
UNCURATED = "2023年的报告还没有已整理的数字，无从与2024年比较"


@pytest.fixture()
def two_years(project: Path, tmp_path: Path) -> Path:
    """2023 added as text only, 2024 added with its figure, built."""
    for text, year in ((BEFORE, 2023), (NOW, 2024)):
        folder = tmp_path / str(year)
        folder.mkdir()
        add_page(project, folder, text, f"{CODE}-{year}", "天津市津南区人民政府")
    db = tmp_path / "indicators.duckdb"
    result = build(project, f"{CODE}-2024", ROW, db)
    assert result.exit_code == 0, result.output
    return db


def test_a_year_with_a_report_and_no_figure_curated_is_told_apart(two_years: Path) -> None:
    assert analysis.uncurated_report(CODE, 2023, two_years)
    assert not analysis.uncurated_report(CODE, 2024, two_years)  # its figure is curated
    assert not analysis.uncurated_report(CODE, 2022, two_years)  # no report at all


def test_the_sentences_name_the_uncurated_base_year() -> None:
    none = pd.DataFrame(columns=["comparison", "comparable"])
    assert UNCURATED in sections.changes_table(none, "changes", 2023, 2024, base_uncurated=True).data
    assert UNCURATED in summary.change_sentences(none, 2023, 2024, base_uncurated=True)[0]
    assert "没有可比的同一数字" in summary.change_sentences(none, 2023, 2024)[0]  # a curated base year, as before


def test_the_year_on_year_page_and_summary_say_the_base_report_is_not_curated(two_years: Path, tmp_path: Path) -> None:
    offered = {"jurisdiction": CODE, "year": 2024, "period": 2024, "base_period": 2023}
    run = notebooks.run_suite(suite(names=("year", "summary")), offered, tmp_path / "out", f"{CODE}_2024",
                              progress=False, db_path=two_years, jobs=2)
    assert run.failed == [], [r.describe() for r in run.failed]
    pages = {path.stem: _text(path.read_text(encoding="utf-8")) for path in run.folder.glob("*.html")}
    assert sorted(pages) == ["02_year_on_year", "05_summary"]
    for name, text in pages.items():
        assert UNCURATED in text, name
        assert "没有可比的同一数字" not in text, name
        assert not FORBIDDEN.findall(text), (name, FORBIDDEN.findall(text)[:5])
