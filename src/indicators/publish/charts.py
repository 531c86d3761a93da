"""Altair charts of the notebooks, the project theme, and offline rendering.

Why the `svg` renderer: Altair 6's default renderer loads Vega from a CDN (blank on an intranet)
and its `mimetype` output is rejected by nbformat, so papermill cannot save the notebook. `svg`
draws the chart in the kernel with vl-convert: it shows in JupyterLab, in nbconvert's HTML and in
the executed notebook with no network, is small, and is text that nbval can compare. Interactivity
lives in the standalone HTML that `chart_files.export` writes beside each PNG and SVG, the Vega bundle inlined.
vl-convert draws boxes for Chinese unless a CJK font is named. The theme names a list of families:
vl-convert measures every text with the first one installed, a browser shows the page's SVG with the
first one it has. WenQuanYi Micro Hei comes first (Debian's fonts-wqy-microhei, installed with
fonts-noto-cjk by scripts/setup_system.sh) because vl-convert measures text in it about 3 times faster
than in Noto Sans CJK: it maps the font file for every text it measures, and Noto's is 19 MB of CFF
outlines against 5 MB of TrueType (0.14 against 0.05 CPU s for a chart of eight labels; the charts were
most of a batch's cost per jurisdiction). WenQuanYi has no bold face, so the PNG files, which vl-convert
draws itself, are drawn with Noto first (`PRINT_FONT`): bold titles, as before.

An axis whose labels are all certainly narrower than the theme's label limit gets no limit
(`_label_axis`): vl-convert then measures each label once instead of twice, for the same SVG, which
took about a third of the charts' text measuring off (font_widths.py says why it costs).
Layered charts get their data at the top (`LayerChart(..., data=frame)`), where Altair would move it
anyway: given on each layer, Altair first hashes each layer's data by printing the DataFrame as text.

The charts are `LayerChart` and `VConcatChart` of this module: Altair's, but displayed without validating
the spec against the Vega-Lite schema each time (jsonschema, 0.09 CPU s of a jurisdiction's pages in a
batch), since every spec here is built by this module from fixed shapes, and tests/test_chart_specs.py
validates each kind. Title and width are given when the chart is made, not by `.properties()`, which
copies the chart and so every layer again. The same specs, the same `alt.LayerChart(...)` text.

Encoding channels are given as objects (`alt.X("q1:Q")`, `_tooltip(...)`), not as the strings Altair
would accept: it turns each string into the same object through a converter that hashes every
schema class first, about 0.2 CPU s of a jurisdiction's pages. The specs are the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import altair as alt
import pandas as pd

from indicators.paths import MEASURING_FONT
from indicators.publish.display import BOUND_SIGN, DIRECTION_ZH
from indicators.publish.font_widths import all_narrower

FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"
PRINT_FONT = "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"
FONT_DIRS = (Path("/usr/share/fonts/truetype/wqy"), Path("/usr/share/fonts/opentype/noto"),
             Path("/usr/share/fonts/truetype/noto"))
LABEL_LIMIT = 320  # the theme's axis labelLimit (px)
LABEL_SIZE = 10  # Vega's axis labelFontSize, which the theme leaves as it is
THEME = "fazhi"
_REGISTERED_FONT_DIRS: set[Path] = set()  # folders this process gave vl-convert (use_offline_rendering)
DIRECTION_COLORS = {"good": "#1a9850", "bad": "#d73027", "neutral": "#7f7f7f", "unchanged": "#bdbdbd"}
# every status a target chart draws: judged ones in colour, the undecided in greys. A report covering part of its
# year (`part of the year`) is never drawn: a bar beside a yearly target's tick reads as a comparison (`charted`)
STATUS_COLORS = {"met": "#1a9850", "met ahead of deadline": "#66bd63", "not met": "#d73027",
                 "not yet due": "#fdae61", "not shown to be met": "#969696", "scope ambiguous": "#bdbdbd"}
NOT_CHARTED = ("part of the year",)
WIDTH = 520


class _Unvalidated:
    """Turns an Altair chart into its spec without validation unless asked (`to_dict(validate=True)`)."""

    def to_dict(self, validate: bool = False, **kwargs) -> dict:
        return super().to_dict(validate, **kwargs)


class LayerChart(_Unvalidated, alt.LayerChart):
    """Altair's layered chart, not validated when shown. Named as Altair's: a notebook shows its class name as
    text ("alt.LayerChart(...)")."""


class VConcatChart(_Unvalidated, alt.VConcatChart):
    """Altair's vertical concatenation, not validated when shown, as `LayerChart`."""


def fazhi_theme() -> alt.theme.ThemeConfig:
    """Every text in the CJK fonts (else vl-convert falls back to tofu or Noto Serif); flat labels."""
    return {
        "config": {
            "font": FONT,
            "title": {"font": FONT, "fontSize": 14, "anchor": "start"},
            "axis": {"labelFont": FONT, "titleFont": FONT, "labelAngle": 0, "labelLimit": LABEL_LIMIT},
            "legend": {"labelFont": FONT, "titleFont": FONT},
            "header": {"labelFont": FONT, "titleFont": FONT},
            "text": {"font": FONT},
            "view": {"stroke": None},
        }
    }


def use_offline_rendering() -> None:
    """Static SVG charts in the project theme, and pandas tables that show whole quotes.

    Registers the CJK font folders with vl-convert as well, because vl-convert scans system fonts
    only when the process starts: a kernel started before the fonts were installed draws boxes.
    Each folder once per process: every notebook calls this, a batch's warm kernel runs hundreds of
    notebooks, and vl-convert adds a folder's fonts again at each call, so registering and measuring
    text grew slower with every page (5 to 50 ms a folder over 100 notebooks, measured).
    """
    import vl_convert

    for folder in FONT_DIRS:
        if folder.is_dir() and folder not in _REGISTERED_FONT_DIRS:
            vl_convert.register_font_directory(str(folder))
            _REGISTERED_FONT_DIRS.add(folder)
    alt.theme.register(THEME, enable=True)(fazhi_theme)  # here, not on import: importing changes nothing global
    alt.renderers.enable("svg")
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.precision", 4)


def _label_axis(labels: Iterable[object]) -> alt.Axis:
    """An axis without the theme's label limit when no label can reach it: Vega then measures each label
    once (to place it), not twice (and again to see whether to cut it); the labels are drawn the same."""
    if all_narrower(labels, LABEL_SIZE, LABEL_LIMIT, MEASURING_FONT):
        return alt.Axis(labelLimit=0)
    return alt.Undefined


def _tooltip(*fields: str) -> list[alt.Tooltip]:
    """Tooltip channels as objects. Altair turns a field name given as a string into the same object, but
    through a converter that hashes all ~570 schema classes each time (4 ms): 50 channels a jurisdiction."""
    return [alt.Tooltip(field) for field in fields]


def _bars(frame: pd.DataFrame, x: str, x_title: str, label: str, title: str, domain: list[float] | None = None) -> LayerChart:
    scale = alt.Scale(domain=domain) if domain else alt.Undefined
    base = alt.Chart().encode(
        y=alt.Y("name_zh:N", sort=None, title=None, axis=_label_axis(frame["name_zh"])),
        x=alt.X(f"{x}:Q", title=x_title, scale=scale, axis=alt.Axis(labelOverlap=True, tickCount=5)),
        tooltip=_tooltip("name_zh", "name_en", x, label),
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
        y=alt.Y("name_zh:N", sort=None, title=None, axis=_label_axis(frame["name_zh"])),
        x=alt.X("relative_change:Q", title="相对变化 relative change (%)"),
        tooltip=_tooltip("name_zh", "name_en", "base_period", "period", "label", "direction"),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("direction:N", title="方向 direction",  # the legend in Chinese first, as the table reads
                        legend=alt.Legend(labelExpr=f"{json.dumps(DIRECTION_ZH, ensure_ascii=False)}[datum.label]"),
                        scale=alt.Scale(domain=list(DIRECTION_COLORS), range=list(DIRECTION_COLORS.values())))
    )
    text = base.mark_text(align="left", dx=4, x=4).encode(text=alt.Text("label:N"))
    return LayerChart(layer=[bars, text], data=frame, title=title, width=WIDTH)


def _by_unit(frame: pd.DataFrame, build: Callable[[pd.DataFrame, str], alt.LayerChart], title: str) -> VConcatChart:
    """One panel per unit, so % and working days never share an axis."""
    return VConcatChart(vconcat=[build(part, unit) for unit, part in frame.groupby("unit", sort=True)], title=title)


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
                             "status", "document_number"]].copy()
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
        base = alt.Chart().encode(y=alt.Y("row:N", sort=None, title=None, axis=_label_axis(part["row"])))
        back = base.mark_bar(color="#eeeeee", size=22).encode(x=alt.datum(top))
        bars = base.mark_bar(size=10).encode(
            x=alt.X("value:Q", title=f"数值 value（{unit}）", scale=alt.Scale(domain=[0, top])),
            color=alt.Color("status:N", title="达标 status", legend=legend,
                            scale=alt.Scale(domain=drawn, range=[STATUS_COLORS[s] for s in drawn])),
            tooltip=_tooltip("name_zh", "target_set", "value_text", "target_text", "document_number", "status"),
        )
        ticks = base.mark_tick(color="black", thickness=2, size=24).encode(x=alt.X("target_value:Q"))
        text = base.mark_text(align="left", dx=8, fontSize=11).encode(x=alt.X("label_at:Q"), text=alt.Text("label:N"))
        return LayerChart(layer=[back, bars, ticks, text], data=part, width=WIDTH)

    return _by_unit(frame, panel, title)


def peer_chart(standing: pd.DataFrame, focus_name: str, title: str) -> VConcatChart:
    """Spread of the peers on each indicator (min–max line, quartile box, median tick) and the focus point.

    One row per indicator whatever the number of peers (analysis.peer_standing aggregates in SQL).
    """
    frame = standing.loc[standing["peers"] > 0, ["name_zh", "name_en", "value", "unit", "rank", "peers", "min_value",
                                                   "q1", "median", "q3", "max_value", "comparison_zh"]].copy()
    frame["label"] = frame["comparison_zh"]  # a rank only where peer_ranked allows one

    def panel(part: pd.DataFrame, unit: str) -> LayerChart:
        base = alt.Chart().encode(y=alt.Y("name_zh:N", sort=None, title=None, axis=_label_axis(part["name_zh"])))
        spread = base.mark_rule(color="#999999").encode(x=alt.X("min_value:Q", title=f"数值 value（{unit}）"),
                                                        x2=alt.X2("max_value:Q"))
        box = base.mark_bar(color="#c6dbef", size=12).encode(x=alt.X("q1:Q"), x2=alt.X2("q3:Q"))
        median = base.mark_tick(color="#08519c", size=14).encode(x=alt.X("median:Q"))
        point = base.mark_point(color="#d73027", filled=True, size=70).encode(
            x=alt.X("value:Q"), tooltip=_tooltip("name_zh", "value", "rank", "peers", "median")
        )
        text = base.mark_text(align="left", dx=8, color="#d73027").encode(x=alt.X("value:Q"), text=alt.Text("label:N"))
        return LayerChart(layer=[spread, box, median, point, text], data=part, width=WIDTH)

    return _by_unit(frame, panel, f"{title}（红点 red: {focus_name}）")
