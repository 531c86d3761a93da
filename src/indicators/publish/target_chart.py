"""The target chart: each value (a bar, coloured by its status) against its official target (a tick), one
panel per unit. Only targets with a value they are compared with are drawn."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from indicators.publish.chart_parts import LABEL_LIMIT, WIDTH, LayerChart, VConcatChart, by_unit, label_axis, tooltip

# every status a target chart draws: judged ones in colour, the undecided in greys. A report covering part of its
# year (`part of the year`) is never drawn: a bar beside a yearly target's tick reads as a comparison (`charted`)
STATUS_COLORS = {"met": "#1a9850", "met ahead of deadline": "#66bd63", "not met": "#d73027",
                 "not yet due": "#fdae61", "not shown to be met": "#969696", "scope ambiguous": "#bdbdbd"}
NOT_CHARTED = ("part of the year",)


def charted(gaps: pd.DataFrame) -> pd.Series:
    """The targets a chart sets a value against: those with a value, but for a part of the year's (上半年 against a
    yearly target is no comparison; the table says 期间不足一年，未作对照 and no_value_note why nothing is drawn)."""
    return gaps["value"].notna() & ~gaps["status"].isin(NOT_CHARTED)


def bullet_chart(gaps: pd.DataFrame, title: str) -> VConcatChart | None:
    """Value (bar) against target (tick) for each target with a value it is compared with (analysis.target_gap);
    None when there is none."""
    shown = charted(gaps)
    if not shown.any():
        return None
    frame = gaps.loc[shown, ["target_set", "name_zh", "value", "value_text", "target_value", "target_text", "unit",
                             "status", "status_zh", "document_number"]].copy()
    frame["document_number"] = frame["document_number"].fillna("")
    frame["row"] = frame["name_zh"] + " · " + frame["target_set"]
    # "13.73 ≥ 32" read as a claim; this is value (with its bound, ≤ 7) and target
    frame["label"] = [f"{v}（目标 {t}）" for v, t in zip(frame["value_text"], frame["target_text"], strict=True)]
    frame["label_at"] = frame[["value", "target_value"]].max(axis=1)  # right of the tick too, not across it
    # the legend names the statuses drawn, in the table's words first (未达标 not met), not English alone
    drawn = [s for s in STATUS_COLORS if s in set(frame["status"])]
    words = {s: f"{zh} {s}" for s, zh in zip(gaps.loc[shown, "status"], gaps.loc[shown, "status_zh"], strict=True)}
    legend = alt.Legend(labelExpr=f"{json.dumps(words, ensure_ascii=False)}[datum.label]", labelLimit=LABEL_LIMIT)

    def panel(part: pd.DataFrame, unit: str) -> LayerChart:
        top = float(max(part["value"].max(), part["target_value"].max())) * 1.15
        base = alt.Chart().encode(y=alt.Y("row:N", sort=None, title=None, axis=label_axis(part["row"])))
        back = base.mark_bar(color="#eeeeee", size=22).encode(x=alt.datum(top))
        bars = base.mark_bar(size=10).encode(
            x=alt.X("value:Q", title=f"数值 value（{unit}）", scale=alt.Scale(domain=[0, top])),
            color=alt.Color("status:N", title="达标 status", legend=legend,
                            scale=alt.Scale(domain=drawn, range=[STATUS_COLORS[s] for s in drawn])),
            tooltip=tooltip("name_zh", "target_set", "value_text", "target_text", "document_number", "status_zh"),
        )
        ticks = base.mark_tick(color="black", thickness=2, size=24).encode(x=alt.X("target_value:Q"))
        text = base.mark_text(align="left", dx=8, fontSize=11).encode(x=alt.X("label_at:Q"), text=alt.Text("label:N"))
        return LayerChart(layer=[back, bars, ticks, text], data=part, width=WIDTH)

    return by_unit(frame, panel, title)
