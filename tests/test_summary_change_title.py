"""The summary's changes section names the year it compares with. A jurisdiction's first report has no
earlier period, so its base period is the report year itself (queries/base_periods.sql): trial 20's
安徽省 2023 summary read "四、与2023年相比 Changes on 2023" above "没有2023年之前的数字，无从比较"."""

from __future__ import annotations

import json
from pathlib import Path

from indicators.publish import summary

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "05_summary.ipynb"


def test_a_report_without_an_earlier_period_is_not_said_to_be_compared_with_its_own_year() -> None:
    title = summary.change_title(2023, 2023)
    assert "2023" not in title and "上一年" in title


def test_a_report_with_an_earlier_period_names_it() -> None:
    assert summary.change_title(2016, 2017) == "四、与2016年相比 Changes on 2016"


def test_the_summary_notebook_takes_its_heading_from_the_package() -> None:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    source = "".join(line for cell in cells for line in cell["source"])
    assert "summary.change_title(base_period, year)" in source and "年相比 Changes on {base_period}" not in source
