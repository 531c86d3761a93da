"""Headers people read: every table header on the stored pages is Chinese first with English beside
it (never a column id such as `ahead_of_share`), and a column the xlsx export shares carries the
same header on the page as in the spreadsheet."""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import openpyxl
import pytest

from indicators.export import export

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))


def _page_headers(notebook: Path) -> dict[str, list[str]]:
    """Each stored table's id → its header cells."""
    tables: dict[str, list[str]] = {}
    for cell in nbformat.read(notebook, as_version=4).cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/html", "")
            for uuid, body in re.findall(r'<table id="T_([\w-]+)">(.*?)</table>', text, re.S):
                tables[uuid] = [html.unescape(h).strip() for h in re.findall(r"<th [^>]*>(.*?)</th>", body, re.S)]
    return tables


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_headers_are_words_chinese_first(notebook: Path) -> None:
    for table, headers in _page_headers(notebook).items():
        for header in headers:
            assert re.match(r"^[\u4e00-\u9fff]", header) and " " in header, (notebook.stem, table, header)
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", header), (notebook.stem, table, header)


def test_pages_and_xlsx_share_their_headers(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export("xlsx", tmp_path, jurisdiction="441284", year=2017).path)
    sheets = {ws.title: {str(c.value) for c in next(ws.iter_rows(max_row=1))} for ws in book.worksheets}
    gaps = _page_headers(ROOT / "notebooks" / "03_target_gap.ipynb")["gaps"]
    target_sheet = next(headers for title, headers in sheets.items() if title.endswith("target_gaps"))
    for shared in ("达标情况 status", "期限 deadline", "目标原文 target quote"):
        assert shared in gaps and shared in target_sheet, shared
    indicators = _page_headers(ROOT / "notebooks" / "01_report_profile.ipynb")["indicators"]
    value_sheet = next(headers for title, headers in sheets.items() if title.endswith("indicator_values"))
    for shared in ("分子 numerator", "分母 denominator"):
        assert shared in indicators and shared in value_sheet, shared
    assert "指标值 value（%）" in indicators and "指标值 value" in value_sheet  # the page adds the common unit
    figures = _page_headers(ROOT / "notebooks" / "01_report_profile.ipynb")["figures_functions"]
    figure_sheet = next(headers for title, headers in sheets.items() if title.endswith("figures"))
    for shared in ("数值 value", "所属年度 period", "原文 quote"):
        assert shared in figures and shared in figure_sheet, shared
