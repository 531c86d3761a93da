"""The peer chart: the spread of the peers on each indicator and where the focus jurisdiction stands,
one panel per unit."""

from __future__ import annotations

import altair as alt
import pandas as pd

from indicators.publish.chart_parts import WIDTH, LayerChart, VConcatChart, by_unit, label_axis, tooltip


def peer_chart(standing: pd.DataFrame, focus_name: str, title: str) -> VConcatChart:
    """Spread of the peers on each indicator (min–max line, quartile box, median tick) and the focus point.

    One row per indicator whatever the number of peers (analysis.peer_standing aggregates in SQL).
    """
    frame = standing.loc[standing["peers"] > 0, ["name_zh", "name_en", "value", "unit", "rank", "peers", "min_value",
                                                   "q1", "median", "q3", "max_value", "comparison_zh", "median_text",
                                                   "value_text"]].copy()
    frame["label"] = frame["comparison_zh"]  # a rank only where peer_ranked allows one
    # the median and its box only where the table gives a median, in its words (≈ over a bound), and the focus's
    # value as the table writes it (≥ 92, not 92): qa39's 东丽区 2022 alone stated 即办件比例 ≥ 92%, which the table
    # reads —（只有一个数值，无中位数） and the chart drew as a median
    frame[["median_text", "value_text"]] = frame[["median_text", "value_text"]].fillna("—")
    frame.loc[frame["median_text"].str.startswith("—"), ["q1", "median", "q3"]] = float("nan")

    def panel(part: pd.DataFrame, unit: str) -> LayerChart:
        base = alt.Chart().encode(y=alt.Y("name_zh:N", sort=None, title=None, axis=label_axis(part["name_zh"])))
        spread = base.mark_rule(color="#999999").encode(x=alt.X("min_value:Q", title=f"数值 value（{unit}）"),
                                                        x2=alt.X2("max_value:Q"))
        # the spread's ends as points: a lone peer's value (min = max) draws no line, and the row stood empty beside a
        # table listing that value (qa39's rows of indicators only another jurisdiction reports)
        ends = [base.mark_point(color="#999999", filled=True, size=30).encode(x=alt.X(f"{end}:Q"))
                for end in ("min_value", "max_value")]
        box = base.mark_bar(color="#c6dbef", size=12).encode(x=alt.X("q1:Q"), x2=alt.X2("q3:Q"))
        median = base.mark_tick(color="#08519c", size=14).encode(x=alt.X("median:Q"))
        point = base.mark_point(color="#d73027", filled=True, size=70).encode(
            x=alt.X("value:Q"), tooltip=tooltip("name_zh", "value_text", "comparison_zh", "peers", "median_text")
        )
        text = base.mark_text(align="left", dx=8, color="#d73027").encode(x=alt.X("value:Q"), text=alt.Text("label:N"))
        return LayerChart(layer=[spread, *ends, box, median, point, text], data=part, width=WIDTH)

    return by_unit(frame, panel, f"{title}（红点 red: {focus_name}）")
