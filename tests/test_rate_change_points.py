"""A rate's change is read in percentage points: the year-on-year page wrote -2.41个百分点（-18.01%） in one cell, the
relative change of the rate beside its change in points, which read as a second fall of the rate (qa51). The change
column now holds the points alone and says so in its header; the relative change has its own column, headed as what it
is (change ÷ base value), for rates and counts alike, as the chart beside the table draws it."""

from __future__ import annotations

import re

import pandas as pd

from indicators.publish import sections


def pairs() -> pd.DataFrame:
    """A rate and a count of one jurisdiction in two years (made up, as a page's query returns them)."""
    common = {"base_period": 2022, "period": 2023, "base_qualifier": None, "qualifier": None, "comparison": "year_on_year",
              "comparable": True}
    return pd.DataFrame([
        {**common, "measure_id": "reconsideration_correction_rate", "name_zh": "行政复议纠错率",
         "name_en": "Reconsideration correction rate", "base_value": 13.38, "value": 10.97, "base_unit": "%", "unit": "%",
         "change": -2.41, "relative_change": -0.1801, "direction": "neutral", "base_quote": "纠错率13.38%",
         "quote": "纠错率10.97%"},
        {**common, "measure_id": "normative_documents_filed", "name_zh": "规范性文件备案数",
         "name_en": "Normative documents filed", "base_value": 20.0, "value": 25.0, "base_unit": "件", "unit": "件",
         "change": 5.0, "relative_change": 0.25, "direction": "neutral", "base_quote": "备案20件", "quote": "备案25件"},
    ])


def cells(html: str) -> list[str]:
    """The text of every body cell of a page table, in order."""
    return re.findall(r"<td[^>]*>([^<]*)</td>", html)


def test_a_rate_changes_in_points_alone_and_its_relative_change_stands_apart() -> None:
    shown = sections.changes_table(pairs(), "changes", 2022, 2023).to_html()
    assert "个百分点（" not in shown and "%）" not in shown.split("<tbody>")[1]  # no relative change inside a change
    row = cells(shown)[:8]  # measure, base, now, change, relative change, direction, two quotes
    assert row[3:5] == ["-2.41个百分点", "-18.01%"], row
    assert cells(shown)[8 + 3:8 + 5] == ["+5件", "+25%"]  # the relative change as display.number writes it (qa51)


def test_the_headers_say_what_each_change_is() -> None:
    shown = sections.changes_table(pairs(), "changes", 2022, 2023).to_html()
    assert "变化（比例以百分点计） change (rates in percentage points)" in shown
    assert "相对变化（变化÷基期数值） relative change (change ÷ base value)" in shown


def test_a_zero_base_or_an_open_bound_has_no_relative_change() -> None:
    frame = pairs().iloc[[1]].assign(base_value=0.0, change=25.0, relative_change=float("nan"))
    assert cells(sections.changes_table(frame, "changes", 2022, 2023).to_html())[4] == "—"
    open_bound = pairs().iloc[[1]].assign(base_qualifier="lower_bound", qualifier="lower_bound")
    row = cells(sections.changes_table(open_bound, "changes", 2022, 2023).to_html())
    assert row[3:5] == ["无从确定 undetermined", "—"], row


def test_a_figure_reads_as_its_report_writes_it_without_a_trailing_zero() -> None:
    """通州区 2024 (blind9) beside 2023 (blind11), onboarded through add-report in qa51: 同比增长99.5% read 99.50%（2023年）
    on the year-on-year page and in the summary, beside the profile's 99.5%."""
    frame = pairs().iloc[[0]].assign(base_value=99.5, value=52.0, change=-47.5, relative_change=-0.4774)
    row = cells(sections.changes_table(frame, "changes", 2022, 2023).to_html())
    assert row[1:4] == ["99.5%（2022年）", "52%（2023年）", "-47.5个百分点"], row
    from indicators.publish.display import number
    # a non-zero change two decimals would write as 0 keeps two significant digits, as table cells always did
    assert [number(v) for v in (86.27, 5.5, 99.996, -0.004)] == ["86.27", "5.5", "100", "-0.004"]
