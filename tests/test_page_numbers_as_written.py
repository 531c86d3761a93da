"""Page tables write each number as its report does (display.number), cell by cell (qa51).

A column's format gave every value of a column two decimals once one of them was not whole: the peer page's
leaders table showed a rank's 100.00 beside the standing's 100, the stored profile's consistency table 221.00."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from indicators.publish import page, sections
from indicators.read import queries


def test_the_leaders_table_writes_100_beside_99_5() -> None:
    leaders = pd.DataFrame({
        "name_zh": ["政务服务事项网上可办率", "政务服务事项网上可办率"], "name_en": ["Online availability rate"] * 2,
        "rank": [1, 2], "ranked_peers": [3, 3], "jurisdiction_name": ["丙县", "乙县"], "value": [100.0, 99.5],
        "unit": ["%", "%"],
    })
    html = page.table(leaders, "leaders", ["indicator", "rank", "ranked_peers", "jurisdiction_name", "value", "unit"],
                      unit_columns=["value"]).to_html()
    assert ">100<" in html and ">99.5<" in html, html
    assert "100.00" not in html and "99.50" not in html, html


def test_the_consistency_table_writes_its_counts_whole(built_db: Path) -> None:
    shown = sections.findings_table(queries.consistency_findings("441284", 2017, built_db))
    html = shown.data if hasattr(shown, "data") else shown.to_html()  # the table under its line of rules
    assert ">221<" in html and ">216<" in html, html
    assert ".00<" not in html, html
