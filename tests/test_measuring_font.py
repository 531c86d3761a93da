"""The measuring font of a run's kernels: WenQuanYi's first face alone, its tables packed, found first by
vl-convert through the fontconfig file the kernels are given, and measuring every text as the installed file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from fontTools.ttLib import TTCollection, TTFont

from indicators.paths import MEASURING_FONT
from indicators.publish import charts, kernels, measuring_font

MEASURED_AS_BEFORE = ("cmap", "hmtx", "loca", "glyf", "GDEF", "GSUB", "GPOS", "hhea", "maxp", "OS/2", "name")
# a chart that measures Chinese, Latin, digits, punctuation and a character WenQuanYi lacks (a fallback font's)
LABELS = ["网上可办率 → 2017", "Online share (%)", "规范性文件：废止、修改", "行政复议纠错率 ℻ 🀄"]


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> Path:
    made = measuring_font.prepare(cache=tmp_path_factory.mktemp("cache"))
    assert made is not None, "scripts/setup_system.sh installs fonts-wqy-microhei and fontconfig"
    return made


def _font_of(config: Path) -> Path:
    (font,) = config.with_suffix("").glob("*.ttf")
    return font


def _svg(font_config: Path | None) -> str:
    """The chart's SVG from a new process (vl-convert reads fontconfig's file once, when it starts)."""
    frame = pd.DataFrame({"name_zh": LABELS, "name_en": ["a", "b", "c", "d"], "value": [40.0, 12.5, 7.0, 99.0],
                          "numerator": [4.0, 1.0, 7.0, 99.0], "denominator": [10.0, 8.0, 100.0, 100.0],
                          "count_unit": ["件"] * 4})
    charts.use_offline_rendering()
    spec = charts.share_chart(frame, "四会市 2017 年 占比 Shares").to_dict()
    code = ("import json, sys, vl_convert\n"
            "for folder in sys.argv[2:]: vl_convert.register_font_directory(folder)\n"
            "sys.stdout.write(vl_convert.vegalite_to_svg(json.loads(sys.argv[1])))")
    environment = {k: v for k, v in os.environ.items() if k != measuring_font.CONFIG_VARIABLE}
    if font_config is not None:
        environment[measuring_font.CONFIG_VARIABLE] = str(font_config)
    folders = [str(folder) for folder in charts.FONT_DIRS if folder.is_dir()]
    done = subprocess.run([sys.executable, "-c", code, json.dumps(spec), *folders], env=environment,
                          capture_output=True, text=True, check=True)
    return done.stdout


def test_the_measuring_face_keeps_every_table_text_is_measured_with(config) -> None:
    installed = TTCollection(MEASURING_FONT, lazy=True).fonts[measuring_font.FACE]
    made = TTFont(_font_of(config), lazy=True)
    for tag in MEASURED_AS_BEFORE:
        assert made.reader[tag] == installed.reader[tag], tag
    assert made["head"].unitsPerEm == installed["head"].unitsPerEm
    assert not set(measuring_font.UNREAD) & set(made.keys())
    # the small tables every glyph's cycle reads come first, the per-glyph ones last
    offsets = sorted(made.reader.tables, key=lambda tag: made.reader.tables[tag].offset)
    assert offsets == list(measuring_font.TABLE_ORDER)
    assert made.reader.tables["hmtx"].offset < 64 * 1024


def test_the_svg_is_the_same_measured_in_the_measuring_font(config) -> None:
    assert _svg(config) == _svg(None)


def test_vl_convert_measures_in_the_face_the_config_names_first(config, tmp_path) -> None:
    """Without this the test above would pass with the installed file measured in both processes."""
    face = TTFont(io.BytesIO(_font_of(config).read_bytes()))
    face["head"].unitsPerEm *= 2  # every glyph half as wide
    folder = tmp_path / "measuring-font-altered"
    folder.mkdir()
    face.save(folder / "altered.ttf")
    altered = tmp_path / "altered.conf"
    altered.write_text(measuring_font.CONFIG.format(folder=folder, base=measuring_font.SYSTEM_CONFIG))
    assert _svg(altered) != _svg(None)


def test_it_is_made_once_and_found_again(config) -> None:
    font = _font_of(config)
    made_at = font.stat().st_mtime_ns
    assert measuring_font.prepare(cache=config.parent) == config
    assert font.stat().st_mtime_ns == made_at
    text = config.read_text()
    assert text.index(str(font.parent)) < text.index(str(measuring_font.SYSTEM_CONFIG))


def test_nothing_changes_without_the_installed_font_or_a_system_config(tmp_path, monkeypatch) -> None:
    assert measuring_font.prepare(source=tmp_path / "missing.ttc", cache=tmp_path) is None
    monkeypatch.setenv(measuring_font.CONFIG_VARIABLE, str(tmp_path / "missing.conf"))
    assert measuring_font.prepare(cache=tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_a_runs_kernels_are_given_it_and_the_process_keeps_its_own(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(measuring_font.CONFIG_VARIABLE, raising=False)
    with kernels.kernel_environment(None, ["svg"]):
        given = Path(os.environ[measuring_font.CONFIG_VARIABLE])
        assert given.parent == tmp_path / "fazhi-indicators" and given.is_file()
        with kernels.kernel_environment(None, ["svg"]):  # a run inside a run includes no config twice
            assert os.environ[measuring_font.CONFIG_VARIABLE] == str(given)
    assert measuring_font.CONFIG_VARIABLE not in os.environ
