"""Changes on a base period years back. The base period is the latest earlier period a jurisdiction has
figures for (queries/base_periods.sql): trial 23's 福州市 2024 took 2021 (its reports of 2021, 2024, 2025),
宝鸡市 2024 took 2006, and the year-on-year page and the summary would show those changes, +50% and all,
as 同比 (year on year). They now say how many years apart the two periods are."""

from __future__ import annotations

import pandas as pd

from indicators.publish import sections, summary


def changes(base_period: int, period: int) -> pd.DataFrame:
    """One made-up pair of a count in two periods."""
    return pd.DataFrame({
        "name_zh": ["党委会议研究法治建设次数"], "name_en": ["Party committee meetings on the rule of law"],
        "base_value": [10.0], "value": [15.0], "base_unit": ["次"], "unit": ["次"],
        "base_period": [base_period], "period": [period],
        "base_qualifier": [None], "qualifier": [None], "change": [5.0], "relative_change": [0.5],
        "direction": ["good"], "base_quote": ["召开10次"], "quote": ["召开15次"],
    })


def shown(frame: pd.DataFrame, base_period: int, period: int) -> str:
    table = sections.changes_table(frame, "changes", base_period, period)
    return table.data if hasattr(table, "data") and isinstance(table.data, str) else table.to_html()


def test_a_base_three_years_back_is_not_called_year_on_year() -> None:
    page = shown(changes(2021, 2024), 2021, 2024)
    assert "2021年与2024年相隔3年" in page and "不是同比" in page and "+5次" in page


def test_the_year_before_needs_no_note() -> None:
    page = shown(changes(2016, 2017), 2016, 2017)
    assert "相隔" not in page and "+5次" in page


def test_the_summary_heading_says_the_years_apart() -> None:
    assert summary.change_title(2021, 2024) == "四、与2021年相比（相隔3年，不是同比） Changes over 3 years, on 2021"
    assert summary.change_title(2016, 2017) == "四、与2016年相比 Changes on 2016"
