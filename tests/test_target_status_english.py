"""The target table writes each status in Chinese with English beside it (达标 met), as the consistency table writes
通过 ok and the year-on-year table 变差 bad. qa36 read 三亚市 2020's target page against cn-2019-business-startup: its
one status cell said 达标 alone, under a header 达标情况 status; the English reader had only the legend above."""

from __future__ import annotations

from pathlib import Path

from indicators.publish import sections
from indicators.read import analysis


def test_every_status_cell_has_its_english(built_db: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "gd-2017-province", built_db)
    html = sections.gaps_table(gaps).to_html()
    assert ">达标 met<" in html and ">未达标 not met<" in html, html
    assert ">达标<" not in html and ">未达标<" not in html


def test_a_target_of_a_later_document_says_so_in_english_too(built_db: Path) -> None:
    """四会市 2017 against the 2018 start-up target of 粤办发〔2018〕27号 is met or not judged: never bare Chinese."""
    gaps = analysis.target_gap("441284", 2017, "", built_db)
    cells = set(sections.gaps_table(gaps).data["达标情况 status"])
    assert cells and all(" " in cell and cell.split(" ", 1)[1].isascii() for cell in cells), cells
