"""The bar charts of one report, one bar a row: how a total splits into its parts, shares of one
denominator, and the change of each measure from its base period (coloured good, bad or neutral)."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from indicators.publish.chart_parts import WIDTH, LayerChart, label_axis, tooltip
from indicators.publish.display import DIRECTION_ZH, bound_sign, own_words

DIRECTION_COLORS = {"good": "#1a9850", "bad": "#d73027", "neutral": "#7f7f7f", "unchanged": "#bdbdbd"}


def _bars(frame: pd.DataFrame, x: str, x_title: str, label: str, title: str, domain: list[float] | None = None) -> LayerChart:
    scale = alt.Scale(domain=domain) if domain else alt.Undefined
    base = alt.Chart().encode(
        y=alt.Y("name_zh:N", sort=None, title=None, axis=label_axis(frame["name_zh"])),
        x=alt.X(f"{x}:Q", title=x_title, scale=scale, axis=alt.Axis(labelOverlap=True, tickCount=5)),
        tooltip=tooltip("name_zh", "name_en", x, label),
    )
    text = base.mark_text(align="left", dx=4).encode(text=alt.Text(f"{label}:N"))
    return LayerChart(layer=[base.mark_bar(color="#4c78a8"), text], data=frame, title=title, width=WIDTH)


def split_chart(parts: pd.DataFrame, title: str) -> LayerChart:
    """How a total splits into its parts (rows of analysis.rule_parts): count and share of each."""
    frame = parts[["name_zh", "name_en", "value", "unit", "share"]].copy()
    frame["label"] = [f"{v:g} {u}" + (f"（{s:.1f}%）" if pd.notna(s) else "")  # no share without a stated total
                      for v, u, s in zip(frame["value"], frame["unit"], frame["share"], strict=True)]
    return _bars(frame, "value", f"数量 count（{frame['unit'].iloc[0] if len(frame) else ''}）", "label", title)


def share_chart(shares: pd.DataFrame, title: str) -> LayerChart:
    """Shares of one denominator (rows of analysis.shares_of), 0–100%, labelled numerator/denominator."""
    frame = shares[["name_zh", "name_en", "value", "numerator", "denominator", "count_unit"]].copy()
    frame["label"] = [
        f"{v:.2f}%（{n:g}/{d:g} {u}）"
        for v, n, d, u in zip(frame["value"], frame["numerator"], frame["denominator"], frame["count_unit"], strict=True)
    ]
    return _bars(frame, "value", "占比 share (%)", "label", title, domain=[0, 100])


def change_chart(changes: pd.DataFrame, title: str) -> LayerChart:
    """Relative change of each measure (rows of analysis.year_on_year), coloured good/bad/neutral."""
    frame = changes[["name_zh", "name_en", "base_period", "period", "base_value", "value", "base_unit", "unit",
                     "direction"]].copy()
    frame["relative_change"] = 100 * changes["relative_change"].astype(float)
    none = [None] * len(changes)  # a frame built by hand (tests) has neither the reports' words nor a base name
    signs = [[bound_sign(q) for q in changes.get(column, none)]
             for column in ("base_qualifier", "qualifier")]  # 20 → ≤ 7: the bar's length is no exact cut
    frame["label"] = [_change_label(*row) for row in zip(
        frame["base_value"], frame["value"], frame["base_unit"], frame["unit"], *signs,
        changes.get("base_written", none), changes.get("written", none), strict=True)]
    frame["name_zh"] = [pair_name(b, n) for b, n in zip(changes.get("base_name_zh", none), frame["name_zh"], strict=True)]
    drawn = [direction for direction in DIRECTION_COLORS if direction in set(frame["direction"])]
    frame["direction_zh"] = frame["direction"].map(DIRECTION_ZH).fillna(frame["direction"])  # the tooltip's words
    base = alt.Chart().encode(
        y=alt.Y("name_zh:N", sort=None, title=None, axis=label_axis(frame["name_zh"])),
        x=alt.X("relative_change:Q", title="相对变化 relative change (%)"),
        tooltip=tooltip("name_zh", "name_en", "base_period", "period", "label", "direction_zh"),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("direction:N", title="方向 direction",  # the legend in Chinese first, as the table reads
                        # below the bars: a long label (100 → 100 %) ran under a legend at the right (汉滨区 2022, qa33)
                        legend=alt.Legend(labelExpr=f"{json.dumps(DIRECTION_ZH, ensure_ascii=False)}[datum.label]",
                                          orient="bottom"),
                        # only the directions drawn, each in its own colour: a legend of four kinds for two bars
                        # reads as if the others had been judged too
                        scale=alt.Scale(domain=drawn, range=[DIRECTION_COLORS[d] for d in drawn]))
    )
    text = base.mark_text(align="left", dx=4, x=4).encode(text=alt.Text("label:N"))
    return LayerChart(layer=[bars, text], data=frame, title=title, width=WIDTH)


def _change_label(base: float, value: float, base_unit: str, unit: str, base_sign: str, sign: str,
                  base_written: object, written: object) -> str:
    """"20 → ≤ 7 个工作日"; a value the report writes in another scale as it writes it (26万件 → 20.9万件, not
    260000 → 209000 件: numbers found in neither report, qa33's 汉滨区), the same words as the table's."""
    left, right = own_words(base_written), own_words(written)
    if left or right:
        return f"{base_sign}{left or f'{base:g}{base_unit}'} → {sign}{right or f'{value:g}{unit}'}"
    if base_unit != unit:
        return f"{base_sign}{base:g}{base_unit} → {sign}{value:g}{unit}"
    return f"{base_sign}{base:g} → {sign}{value:g} {unit}"


def pair_name(base_name: object, name: str) -> str:
    """A before/after pair is two metrics of one year: 开办企业全流程时限（改革前 → 改革后）, not the after metric's
    name alone, which read as if its own value had been 21 days (南昌县 2020, qa33). Two years of one metric
    keep their one name."""
    if not isinstance(base_name, str) or not base_name or base_name == name:
        return name
    stem = 0
    while stem < min(len(base_name), len(name)) and base_name[stem] == name[stem]:
        stem += 1
    opened = name.rfind("（", 0, stem) + 1  # the bracket both names open: 开办企业全流程时限（
    was, now = base_name[opened:], name[opened:]
    if opened and was.endswith("）") and now.endswith("）"):  # 时限（改革前） and 时限（改革后）
        return f"{name[:opened]}{was[:-1]} → {now}"
    return f"{base_name} → {name}"
