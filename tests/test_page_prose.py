"""The prose of the pages is Chinese first, English beside it, as their tables' headers are (test_page_headers.py).

Reading the pages of round 31's onboarded reports, two lines were English only: the report profile's "Change the
parameters (or run …)" and the target page's "Any of these can be given as `target_set`."; a reader of Chinese
met an instruction they could not read. Each paragraph of a notebook's text cells begins in Chinese.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))


def paragraphs(notebook: Path) -> list[str]:
    """Every paragraph (text between blank lines) of the notebook's markdown cells, without heading marks."""
    cells = [c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "markdown"]
    return [part.strip().lstrip("#").strip() for source in cells for part in re.split(r"\n\s*\n", source) if part.strip()]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_paragraph_begins_in_chinese(notebook: Path) -> None:
    found = paragraphs(notebook)
    assert found, notebook.stem
    for paragraph in found:
        assert re.match(r"[\u4e00-\u9fff]", paragraph), (notebook.stem, paragraph[:80])
