"""How numbers look to an analyst: in the terminal (`indicators show`) and in the notebooks' tables.

Values stay unrounded in the database; only their display is rounded. Every number reads as a report writes
it (`number`): whole ones without decimals (510, not 510.00), others to at most two (86.27, 99.5), cell by cell,
so that a column holding one rate does not write its counts 221.00; but a non-zero number is never shown as 0:
the -0.0024 between a stated 94.12% and the recomputed 94.1176% is the point of the column. A missing value
shows as —. Text is HTML-escaped in notebook tables, because quotes come from report texts pasted from websites
and may hold markup.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from numbers import Real

import pandas as pd
from pandas.io.formats.style import Styler

DECIMALS = 2
MISSING = "—"
# the sign a value known only as a bound reads with (7个工作日以内 is ≤ 7, 600多 ≥ 600, 约 an approximate value,
# ≈ one computed from such values)
BOUND_SIGN = {"upper_bound": "≤ ", "lower_bound": "≥ ", "approximate": "约 ", "from_bounds": "≈ "}
# a change judged from the catalog's higher_is_better, as the year-on-year table and the change chart's legend read it
DIRECTION_ZH = {"good": "向好 good", "bad": "变差 bad", "neutral": "中性 neutral", "unchanged": "不变 unchanged"}


def bound_sign(qualifier: object) -> str:
    """The sign a value of this qualifier reads with ("≤ ", "≥ ", "约 ", "≈ "), "" for an exact one or a missing cell."""
    return BOUND_SIGN.get(qualifier, "") if isinstance(qualifier, str) else ""


def change_bound_sign(base_qualifier: object, qualifier: object) -> str | None:
    """What a difference (value − base) between two values is known to be when either is a bound: 20 → ≤ 7 is a
    change of ≤ −13, ≥ 600 → 700 one of ≤ +100; "约 " when either is approximate, still bounded where the other is a
    bound (约200 → 100以内 is a change of ≤ 约 −100: 武汉市 2018, qa44, read 约 −100 beside the ≤ 100 it showed);
    None when the two bounds leave it open (≥ 600 → ≥ 800); "" when both are exact. Written as an exact
    difference, the bound was hidden."""
    base = base_qualifier if isinstance(base_qualifier, str) else None
    now = qualifier if isinstance(qualifier, str) else None
    if "from_bounds" in {base, now}:  # computed from bounds of either side: no side is known
        return "约 "
    at_most = now == "upper_bound" or base == "lower_bound"
    at_least = now == "lower_bound" or base == "upper_bound"
    if at_most and at_least:
        return None
    about = "约 " if "approximate" in {base, now} else ""
    return ("≤ " if at_most else "≥ " if at_least else "") + about


def number(value: object) -> str:
    """510, 86.27, 99.5, -0.47: integers without ".0", others to at most two decimals; '—' when missing. A trailing
    zero goes: a report's 同比增长99.5% read 99.50%（2023年） on the year-on-year page and in the summary, beside the
    profile's 99.5% of the same figure (qa51, 通州区 2024). A non-zero value that two decimals would write as 0
    keeps its first two significant digits (-0.0024). The one formatter of page and
    terminal table cells (`number_formatters`): a column's format made its counts 221.00 beside one 99.5 (qa51)."""
    if value is None or pd.isna(value):  # type: ignore[call-overload]
        return MISSING
    value = float(value)  # type: ignore[arg-type]
    if value == round(value):
        return str(int(round(value)))
    if abs(value) < 0.5 * 10**-DECIMALS:
        return f"{value:.2g}"
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def signed_numbers(values: pd.Series, qualifiers: pd.Series) -> pd.Series:
    """Each value as text with its bound's sign (≥ 92 for 达92%以上), None where there is no value: a terminal table
    printed the stated bound as a bare 92 beside the export's stated_qualifier (qa39)."""
    return pd.Series([None if pd.isna(v) else bound_sign(q) + number(v)
                      for v, q in zip(values, qualifiers, strict=True)], index=values.index, dtype=object)


def own_words(written: object) -> str:
    """A figure's value as its report writes it where the database stores it in another scale (26万件 for 260000
    件), "" where there are none (no such column, NULL, NaN): pages write these words, not the stored number."""
    return written if isinstance(written, str) else ""


def number_formatters(frame: pd.DataFrame) -> dict[str, Callable[[object], str]]:
    """`number` for every numeric column: each cell as its report writes it. A column's format (no decimals where
    every value is whole, else two) wrote a standing's 100 as 100.00 beside one 99.5, a count 221.00 (qa51)."""
    return {column: number for column in frame.columns
            if pd.api.types.is_numeric_dtype(frame[column]) and not pd.api.types.is_bool_dtype(frame[column])}


def quote_text(quote: object, report_year: object) -> str:
    """A quote, or —; where a later report states the value (较去年60件 in the 2023 report, of 2022), that report's year:
    the page names no report, and a reader would take the quote for the value's own year's report."""
    if pd.isna(quote):
        return MISSING
    return str(quote) if pd.isna(report_year) else f"{quote}（{int(report_year)}年报告 the {int(report_year)} report）"


def percent_text(fraction: object) -> str:
    """A fraction (0.2857) as the percentage analysts read (28.57%; 0.2 as 20%, not 20.00%)."""
    if fraction is None or (isinstance(fraction, Real) and math.isnan(fraction)):
        return MISSING
    return number(float(fraction) * 100) + "%"  # type: ignore[arg-type]


def show(frame: pd.DataFrame, name: str, percent: Sequence[str] = ()) -> Styler:
    """`frame` as a notebook table: no index, numbers as `number_formatters`, text escaped, text left-aligned.

    `percent` names columns that hold fractions (a relative change), shown as percentages. `name`
    becomes the table's HTML id, so that stored outputs are identical from run to run (nbval compares
    them) and two tables of one page never share CSS.
    """
    formatters = number_formatters(frame)
    formatters.update({column: percent_text for column in percent})
    styler = frame.style.hide(axis="index").set_uuid(name)
    styler = styler.format(formatters, na_rep=MISSING, escape="html")
    text_columns = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    styler = styler.set_properties(subset=text_columns, **{"text-align": "left"})
    return styler.set_table_styles([
        {"selector": "td, th", "props": "vertical-align: top; max-width: 28em;"},
        {"selector": "th", "props": "text-align: left;"},
    ])


def terminal_text(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every numeric column turned into its display text, for aligned terminal tables."""
    frame = frame.copy()
    for column, formatter in number_formatters(frame).items():
        frame[column] = frame[column].map(formatter).replace(MISSING, "")
    return frame.astype(object).where(frame.notna(), "")
