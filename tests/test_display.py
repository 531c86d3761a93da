"""Display of numbers and tables: rounding that never hides a difference, counts without decimals, text escaped."""

from __future__ import annotations

import math

import pandas as pd

from indicators.publish.display import number, percent_text, show, terminal_text


def test_rates_round_to_two_decimals_but_a_small_difference_stays_visible() -> None:
    assert number(86.2745) == "86.27"
    assert number(-0.0024) == "-0.0024"
    assert number(0.0) == "0"
    assert number(math.nan) == "—"
    assert percent_text(-0.2857) == "-28.57%"
    assert percent_text(0.2) == "20%"


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


def test_a_whole_number_reads_whole_beside_a_rate_in_its_column() -> None:
    """qa51: a column's format wrote every value of a column holding one non-whole value with two decimals, so the
    peer page's leaders showed 100.00 beside the standing's 100 and the profile's consistency table 221.00."""
    frame = pd.DataFrame({"value": [100.0, 99.5, 86.2745, math.nan], "observed": [221.0, 216.0, 0.5, 2.0]})
    html = show(frame, "mixed").to_html()
    for written in (">100<", ">99.5<", ">86.27<", ">221<", ">216<", ">0.5<", ">2<", ">—<"):
        assert written in html, written
    assert ".00<" not in html and ".50<" not in html, html
    text = terminal_text(frame)
    assert text["value"].tolist() == ["100", "99.5", "86.27", ""]
    assert text["observed"].tolist() == ["221", "216", "0.5", "2"]
