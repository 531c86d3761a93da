"""Display of numbers and tables: rounding that never hides a difference, counts without decimals, text escaped."""

from __future__ import annotations

import math

import pandas as pd

from indicators.publish.display import number_text, percent_text, show, terminal_text


def test_rates_round_to_two_decimals_but_a_small_difference_stays_visible() -> None:
    assert number_text(86.2745) == "86.27"
    assert number_text(-0.0024) == "-0.0024"
    assert number_text(0.0) == "0.00"
    assert number_text(math.nan) == "—"
    assert percent_text(-0.2857) == "-28.57%"


def test_whole_columns_show_without_decimals_and_missing_as_empty_in_the_terminal() -> None:
    frame = pd.DataFrame({"numerator": [440.0, 6.0], "value": [86.2745, math.nan], "name": ["网上全流程办理率", "x"]})
    text = terminal_text(frame)
    assert text["numerator"].tolist() == ["440", "6"]
    assert text["value"].tolist() == ["86.27", ""]


def test_notebook_tables_escape_markup_from_report_texts() -> None:
    html = show(pd.DataFrame({"quote": ["<script>alert(1)</script>"], "value": [1.5]}), "quotes").to_html()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    assert 'id="T_quotes' in html  # a stable id: stored outputs compare equal from run to run
