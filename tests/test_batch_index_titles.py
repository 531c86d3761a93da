"""The batch index titles its columns with the pages' names, Chinese first, not the notebooks' file names.

Round 31 ran the suite for 天津市's districts of 2024 (`run --all`): the index's columns read 01_report_profile,
02_year_on_year…, file names where a reader looks for 报告概况, 同比变化…, and every link was a file name too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indicators.publish.batch import BatchSummary, JurisdictionOutcome, index_page
from indicators.publish.column_titles import header

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))
HEADING = re.compile(r'page\.heading\(\\"([^"\\]+)\\", \\"([^"\\]+)\\"')


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_page_is_titled_as_its_heading_names_it(notebook: Path) -> None:
    zh, en = HEADING.search(notebook.read_text(encoding="utf-8")).groups()
    assert header(notebook.stem) == f"{zh} {en}"


def test_the_index_columns_and_links_are_words(tmp_path: Path) -> None:
    pages = {}
    for notebook in NOTEBOOKS:
        page = tmp_path / "120112_2024" / f"{notebook.stem}.html"
        page.parent.mkdir(exist_ok=True)
        page.write_text("<html></html>", encoding="utf-8")
        pages[notebook.stem] = str(page)
    outcome = JurisdictionOutcome("120112", "津南区", True, 1.0, str(tmp_path / "120112_2024"), pages)
    shown = index_page(BatchSummary(tmp_path, [outcome]), 2024)
    headers = re.findall(r"<th>(.*?)</th>", shown)
    assert headers[4:-1] == [header(n.stem) for n in NOTEBOOKS] and "报告概况 Report profile" in headers
    assert not re.search(r">0\d_[a-z_]+<", shown), shown
