"""What the profile's indicator section says when no value is computed. Trial 20's 重庆市 2020 states
直接纠错413件 and 维持1313件 but not the cases concluded: the page said "报告未提供计算任何指标所需的数字"
(the report states none of the figures) and, on the next line, named the two indicators that lack one."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from indicators.publish import sections

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "01_report_profile.ipynb"


def test_indicators_lacking_a_figure_are_not_said_to_have_none_of_their_figures() -> None:
    partial = pd.DataFrame({"name_zh": ["行政复议纠错率", "行政复议维持率"], "value": [np.nan, np.nan]})
    note = sections.no_indicator_note(partial).data
    assert "报告未提供计算任何指标所需的数字" not in note and "部分数字" in note
    assert "行政复议纠错率" in sections.unstated_indicators(partial).data


def test_a_report_without_any_indicator_figure_says_so() -> None:
    note = sections.no_indicator_note(pd.DataFrame({"name_zh": [], "value": []})).data
    assert "报告未提供计算任何指标所需的数字" in note


def test_the_profile_notebook_uses_the_note() -> None:
    cells = {c.get("id"): "".join(c["source"]) for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]}
    assert "sections.no_indicator_note(indicators, scoped)" in cells["indicator-table"]
