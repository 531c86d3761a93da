"""The chart files of a run: PNG, SVG and a self-contained interactive HTML page per chart.

The pages show the charts inline (charts.py); these files are for analysts who paste a chart into a
document or open it alone. Only the formats asked for are written (a batch asks for none by default):
each file is a second rendering of the chart.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Mapping
from pathlib import Path

import altair as alt
from altair.utils.html import INLINE_HTML_TEMPLATE

from indicators import paths
from indicators.publish.charts import FONT, PRINT_FONT
from indicators.publish.vega_bundle import vega_embed_bundle, vega_lite_version


class ScriptSafeJSON(json.JSONEncoder):
    """JSON that cannot end the <script> element it is embedded in.

    Altair writes the spec, data included, inside a <script> of the standalone HTML: a report
    sentence or catalog name holding `</script><script>...` would otherwise run in the analyst's
    browser. `<`, `>` and `&` only occur inside JSON strings, where `\\u003c` reads back as `<`.
    """

    def encode(self, o: object) -> str:
        return super().encode(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def standalone_html(chart: alt.TopLevelMixin) -> str:
    """A self-contained interactive page of one chart: what `chart.save(html, inline=True)` writes, with
    the vega-embed bundle from the disk cache (`vega_bundle`) instead of built anew in every kernel, the
    spec as script-safe JSON, and the chart's title (which names jurisdiction and year) as the page title."""
    spec = chart.to_dict()
    page = INLINE_HTML_TEMPLATE.render(
        spec=json.dumps(spec, cls=ScriptSafeJSON),
        embed_options=json.dumps({"renderer": "svg", "actions": False, "mode": "vega-lite"}),
        output_div="vis",
        vegalite_version=alt.VEGALITE_VERSION,
        vegaembed_script=vega_embed_bundle(),
    )
    title = spec.get("title")
    text = title.get("text") if isinstance(title, dict) else title
    if isinstance(text, str) and "<head>" in page:
        page = page.replace("<head>", f"<head>\n<title>{html.escape(text)}</title>", 1)
    return page


def print_spec(chart: alt.TopLevelMixin) -> dict:
    """The chart's spec with Noto first in every font: vl-convert draws a PNG itself, with the first font
    installed, and WenQuanYi (first on screen, for its speed) has no bold face for the titles."""
    screen, printed = json.dumps(FONT)[1:-1], json.dumps(PRINT_FONT)[1:-1]
    return json.loads(json.dumps(chart.to_dict()).replace(screen, printed))


def print_png(chart: alt.TopLevelMixin) -> bytes:
    """The chart as a PNG at 2x, as `chart.save(png, scale_factor=2)` draws it, in the print fonts."""
    import vl_convert

    return vl_convert.vegalite_to_png(print_spec(chart), scale=2, vl_version=vega_lite_version())


def export(charts: Mapping[str, alt.TopLevelMixin | None], folder: str | Path, prefix: str = "") -> list[Path]:
    """Write each chart as PNG, SVG and self-contained HTML into `folder`; nothing when folder is ''.

    File names start with `prefix` (the notebooks pass "<code>_<year>_") so a chart copied out of
    its run folder still says whom it is about; a section that drew nothing (None) writes nothing, and a
    notebook that drew no chart leaves no folder.
    The HTML inlines the Vega bundle, so it works with no network. Only the formats named in
    $INDICATORS_CHART_FORMATS are written (all when unset, as in the lab; none when empty): a batch
    asks for none unless told otherwise, since its pages show the charts inline, each file is a
    second rendering, the PNG at 2x is most of a chart's cost and each HTML carries the 0.9 MB
    bundle (5.4 of a jurisdiction's 7.5 MB).
    """
    wanted = os.environ.get(paths.CHART_FORMATS_VARIABLE, ",".join(paths.CHART_FORMATS)).split(",")
    formats = [f for f in paths.CHART_FORMATS if f in wanted]
    if not str(folder) or not formats:
        return []
    target = Path(folder)
    written: list[Path] = []
    for name, chart in charts.items():
        if chart is None:
            continue
        # made for a chart only: qa39's single runs of 2022 reports with no figure to chart left four empty
        # <notebook>_charts/ folders each, which the run's last line announced as holding PNG, SVG and HTML
        target.mkdir(parents=True, exist_ok=True)
        stem = f"{prefix}{name}"
        if "png" in formats:
            (target / f"{stem}.png").write_bytes(print_png(chart))
        if "svg" in formats:
            chart.save(target / f"{stem}.svg")
        if "html" in formats:
            (target / f"{stem}.html").write_text(standalone_html(chart), encoding="utf-8")
        written += [target / f"{stem}.{ext}" for ext in formats]
    return written
