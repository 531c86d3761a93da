"""A report whose title names a part of the year says so at the top of every page. Trial 28 onboarded
鹿寨县行政审批局2025年上半年工作总结及下半年工作计划 (blind20) as 鹿寨县 2025: add-report pointed out the 上半年, but
every page then headed its figures 鹿寨县（450223）2025年 with not a word that they are half a year's (1081项
零跑动事项 at mid-year), and the summary read like a whole year's report."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build

from indicators.publish import page

TITLE = "鹿寨县行政审批局2025年上半年工作总结及下半年工作计划"
PAGE = f"{TITLE}\n2025年上半年，全县“零跑腿”事项达到1081项。\n"
ROW = "zero_visit_items,2025,1081,项,,全县“零跑腿”事项达到1081项,\n"


def _added(project: Path, folder: Path, title: str) -> Path:
    """The page added as 鹿寨县 2025 with `title` as its reviewed title, and built."""
    add_page(project, folder, PAGE.replace(TITLE, title), "450223-2025", "鹿寨县行政审批局")
    meta = project / "data" / "raw" / "reports" / "450223-2025.meta.yml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text("\n".join(f'title: "{title}"' if line.startswith("title:") else line
                              for line in text.splitlines()) + "\n", encoding="utf-8")
    db = folder / "db.duckdb"
    result = build(project, "450223-2025", ROW, db)
    assert result.exit_code == 0, result.output
    return db


def test_every_page_heading_says_the_report_covers_part_of_the_year(project: Path, tmp_path: Path) -> None:
    db = _added(project, tmp_path, TITLE)
    shown = page.heading("法治政府建设情况报告要点", "Leadership summary", "450223", 2025, db).data
    assert "上半年" in shown and "不是2025年全年" in shown, shown
    assert TITLE in shown


def test_a_whole_year_report_has_no_such_line(project: Path, tmp_path: Path) -> None:
    db = _added(project, tmp_path, "鹿寨县2025年法治政府建设情况报告")
    shown = page.heading("法治政府建设情况报告要点", "Leadership summary", "450223", 2025, db).data
    assert "全年" not in shown, shown
