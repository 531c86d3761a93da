"""Altair charts of the notebooks: the project theme, offline rendering, and each kind of chart
(bar_charts.py, target_chart.py, peer_chart.py, built from chart_parts.py), named here as the notebooks call them.

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
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd

from indicators.paths import MEASURING_FONT
from indicators.publish.bar_charts import DIRECTION_COLORS, change_chart, share_chart, split_chart
from indicators.publish.chart_parts import LABEL_LIMIT, LABEL_SIZE, WIDTH, LayerChart, VConcatChart
from indicators.publish.peer_chart import peer_chart
from indicators.publish.target_chart import NOT_CHARTED, STATUS_COLORS, bullet_chart, charted

__all__ = ["DIRECTION_COLORS", "FONT", "FONT_DIRS", "LABEL_LIMIT", "LABEL_SIZE", "MEASURING_FONT", "NOT_CHARTED",
           "PRINT_FONT", "STATUS_COLORS", "THEME", "WIDTH", "LayerChart", "VConcatChart", "bullet_chart",
           "change_chart", "charted", "fazhi_theme", "peer_chart", "share_chart", "split_chart",
           "use_offline_rendering"]

FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"
PRINT_FONT = "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"
FONT_DIRS = (Path("/usr/share/fonts/truetype/wqy"), Path("/usr/share/fonts/opentype/noto"),
             Path("/usr/share/fonts/truetype/noto"))
THEME = "fazhi"
_REGISTERED_FONT_DIRS: set[Path] = set()  # folders this process gave vl-convert (use_offline_rendering)


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
