"""What every chart of charts.py is built from: Altair's chart classes shown without validation, the axis
of row labels, tooltips, one panel per unit, and the width and label limits the theme sets.

The charts are `LayerChart` and `VConcatChart` of this module: Altair's, but displayed without validating
the spec against the Vega-Lite schema each time (jsonschema, 0.09 CPU s of a jurisdiction's pages in a
batch), since every spec here is built from fixed shapes, and tests/test_chart_specs.py validates each
kind. Title and width are given when the chart is made, not by `.properties()`, which copies the chart and
so every layer again. The same specs, the same `alt.LayerChart(...)` text.
Layered charts get their data at the top (`LayerChart(..., data=frame)`), where Altair would move it
anyway: given on each layer, Altair first hashes each layer's data by printing the DataFrame as text.

An axis whose labels are all certainly narrower than the theme's label limit gets no limit
(`label_axis`): vl-convert then measures each label once instead of twice, for the same SVG, which
took about a third of the charts' text measuring off (font_widths.py says why it costs).

Encoding channels are given as objects (`alt.X("q1:Q")`, `tooltip(...)`), not as the strings Altair
would accept: it turns each string into the same object through a converter that hashes every
schema class first, about 0.2 CPU s of a jurisdiction's pages. The specs are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import altair as alt
import pandas as pd

from indicators.paths import MEASURING_FONT
from indicators.publish.column_titles import header
from indicators.publish.font_widths import all_narrower

LABEL_LIMIT = 320  # the theme's axis labelLimit (px)
LABEL_SIZE = 10  # Vega's axis labelFontSize, which the theme leaves as it is
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


def label_axis(labels: Iterable[object]) -> alt.Axis:
    """An axis without the theme's label limit when no label can reach it: Vega then measures each label
    once (to place it), not twice (and again to see whether to cut it); the labels are drawn the same."""
    if all_narrower(labels, LABEL_SIZE, LABEL_LIMIT, MEASURING_FONT):
        return alt.Axis(labelLimit=0)
    return alt.Undefined


def tooltip(*fields: str) -> list[alt.Tooltip]:
    """Tooltip channels as objects, each titled as the tables title its column ("名次 rank", not `rank`: qa39's
    interactive chart files showed name_zh, peers, median, document_number). Altair turns a field name given as a
    string into the same object, but through a converter that hashes all ~570 schema classes each time (4 ms):
    50 channels a jurisdiction."""
    return [alt.Tooltip(field, title=header(field)) for field in fields]


def by_unit(frame: pd.DataFrame, build: Callable[[pd.DataFrame, str], alt.LayerChart], title: str) -> VConcatChart:
    """One panel per unit, so % and working days never share an axis."""
    return VConcatChart(vconcat=[build(part, unit) for unit, part in frame.groupby("unit", sort=True)], title=title)
