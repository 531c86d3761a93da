"""Charts name WenQuanYi first, which vl-convert measures about 3x faster than Noto; PNG files, which
vl-convert draws itself, name Noto first for bold titles. Both lists end in families every reader has."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from indicators import paths
from indicators.publish import chart_files, charts


def _chart() -> alt.TopLevelMixin:
    charts.use_offline_rendering()
    frame = pd.DataFrame({"name_zh": ["网上可办率"], "name_en": ["Online"], "value": [40.0], "numerator": [4.0],
                          "denominator": [10.0], "count_unit": ["件"]})
    return charts.share_chart(frame, "四会市 2017 年 占比")


def _fonts(spec: object) -> set[str]:
    """Every value of a key naming a font, anywhere in the spec."""
    if isinstance(spec, dict):
        own = {v for k, v in spec.items() if k.lower().endswith("font") and isinstance(v, str)}
        return own.union(*(_fonts(v) for v in spec.values()))
    if isinstance(spec, list):
        return set().union(*(_fonts(v) for v in spec))
    return set()


def test_the_page_charts_name_the_fast_font_first_and_the_print_spec_noto() -> None:
    chart = _chart()
    assert _fonts(chart.to_dict()) == {charts.FONT}
    assert charts.FONT.startswith("WenQuanYi Micro Hei,") and charts.FONT.endswith("sans-serif")
    printed = chart_files.print_spec(chart)
    assert _fonts(printed) == {charts.PRINT_FONT}
    assert charts.PRINT_FONT.startswith("Noto Sans CJK SC,")
    # nothing but the fonts differs
    assert json.dumps(printed).replace(charts.PRINT_FONT, charts.FONT) == json.dumps(chart.to_dict())


def test_the_svg_names_the_whole_family_list_for_the_readers_browser() -> None:
    import vl_convert

    svg = vl_convert.vegalite_to_svg(_chart().to_dict(), vl_version=chart_files.vega_lite_version())
    assert f'font-family="{charts.FONT}"' in svg and "网上可办率" in svg


def test_a_png_file_is_written_when_asked_for(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(paths.CHART_FORMATS_VARIABLE, "png")
    written = chart_files.export({"shares": _chart()}, tmp_path, prefix="441284_2017_")
    assert written == [tmp_path / "441284_2017_shares.png"]
    assert written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_kernel_registers_each_font_folder_once_however_many_notebooks_it_runs(monkeypatch) -> None:
    """A batch's warm kernel runs every notebook of hundreds of jurisdictions; vl-convert adds a folder's
    fonts again at each registration, so repeating it made each page slower than the one before."""
    import vl_convert

    calls: list[str] = []
    monkeypatch.setattr(vl_convert, "register_font_directory", calls.append)
    monkeypatch.setattr(charts, "_REGISTERED_FONT_DIRS", set())
    for _ in range(3):
        charts.use_offline_rendering()
    present = [str(folder) for folder in charts.FONT_DIRS if folder.is_dir()]
    assert present, "no CJK font folder: scripts/setup_system.sh installs them"
    assert calls == present
