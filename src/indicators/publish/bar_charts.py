"""The bar charts of one report, one bar a row: how a total splits into its parts, shares of one
denominator, and the change of each measure from its base period (coloured good, bad or neutral)."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from indicators.publish.chart_parts import WIDTH, LayerChart, label_axis, tooltip
from indicators.publish.display import BOUND_SIGN, DIRECTION_ZH

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
    signs = [[BOUND_SIGN.get(q, "") if isinstance(q, str) else "" for q in changes.get(column, [None] * len(changes))]
             for column in ("base_qualifier", "qualifier")]  # 20 → ≤ 7: the bar's length is no exact cut
    frame["label"] = [f"{sb}{b:g}{bu} → {sv}{v:g}{u}" if bu != u else f"{sb}{b:g} → {sv}{v:g} {u}" for b, v, bu, u, sb, sv
                      in zip(frame["base_value"], frame["value"], frame["base_unit"], frame["unit"], *signs, strict=True)]
    base = alt.Chart().encode(
        y=alt.Y("name_zh:N", sort=None, title=None, axis=label_axis(frame["name_zh"])),
        x=alt.X("relative_change:Q", title="相对变化 relative change (%)"),
        tooltip=tooltip("name_zh", "name_en", "base_period", "period", "label", "direction"),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("direction:N", title="方向 direction",  # the legend in Chinese first, as the table reads
                        legend=alt.Legend(labelExpr=f"{json.dumps(DIRECTION_ZH, ensure_ascii=False)}[datum.label]"),
                        scale=alt.Scale(domain=list(DIRECTION_COLORS), range=list(DIRECTION_COLORS.values())))
    )
    text = base.mark_text(align="left", dx=4, x=4).encode(text=alt.Text("label:N"))
    return LayerChart(layer=[bars, text], data=frame, title=title, width=WIDTH)
