"""A chart's axis drops the theme's label limit only where no label can reach it, so that vl-convert
measures each label once: the SVG must be the one the limit gives. Layered charts carry their data at
the top, so that Altair never prints a DataFrame to hash it."""

from __future__ import annotations

import copy

import pandas as pd
import pytest
import vl_convert

from indicators.publish import chart_files, charts
from indicators.publish.font_widths import all_narrower, font_bound

# the last is the longest the bound lets through: 26 characters, 260 px drawn, at most 315 px by the bound
SHORT = ["网上可办率", "行政复议案件（改革后）", "W@—%", "7 → 7 个工作日", "以乡镇政府、街道办事处为被申请人的复议案件占比（报告"]
LONG = "以乡镇政府、街道办事处为被申请人的复议案件占比（报告所述）再加上更多的字以超过上限"  # 43 characters


@pytest.fixture(autouse=True)
def _offline() -> None:
    charts.use_offline_rendering()
    assert charts.MEASURING_FONT.is_file(), "WenQuanYi Micro Hei is missing: scripts/setup_system.sh installs it"


def _shares(names: list[str]) -> pd.DataFrame:
    n = len(names)
    return pd.DataFrame({"name_zh": names, "name_en": ["x"] * n, "value": [40.0] * n, "numerator": [4.0] * n,
                         "denominator": [10.0] * n, "count_unit": ["件"] * n})


def _svg(spec: dict) -> str:
    return vl_convert.vegalite_to_svg(spec, vl_version=chart_files.vega_lite_version())


def _with_theme_limit(spec: dict) -> dict:
    """The same spec with the y axes left to the theme's label limit, as the charts were before."""
    spec = copy.deepcopy(spec)
    for layer in spec.get("layer", [spec]):
        layer.get("encoding", {}).get("y", {}).pop("axis", None)
    return spec


def test_the_font_bound_reads_the_measuring_font() -> None:
    bound = font_bound(charts.MEASURING_FONT)
    assert bound is not None
    assert 1.0 <= bound.widest_em < 2.0  # Chinese characters are 1 em; nothing in it is as wide as 2
    assert {ord(c) for c in "法治政府（）→·%W"} <= bound.chars
    assert 0x20000 not in bound.chars  # CJK Extension B: not in WenQuanYi, measured in a fallback font


def test_labels_narrower_than_the_limit_and_those_that_may_not_be() -> None:
    assert all_narrower(SHORT, charts.LABEL_SIZE, charts.LABEL_LIMIT, charts.MEASURING_FONT)
    assert not all_narrower(SHORT + [LONG], charts.LABEL_SIZE, charts.LABEL_LIMIT, charts.MEASURING_FONT)
    assert not all_narrower(["法\U00020000"], charts.LABEL_SIZE, charts.LABEL_LIMIT, charts.MEASURING_FONT)
    assert not all_narrower([None], charts.LABEL_SIZE, charts.LABEL_LIMIT, charts.MEASURING_FONT)
    assert not all_narrower(SHORT, charts.LABEL_SIZE, charts.LABEL_LIMIT, charts.MEASURING_FONT.with_name("none.ttc"))


def test_short_labels_drop_the_limit_and_draw_the_same_svg() -> None:
    spec = charts.share_chart(_shares(SHORT), "四会市 2017 年 占比").to_dict()
    assert [layer["encoding"]["y"]["axis"] for layer in spec["layer"]] == [{"labelLimit": 0}] * 2
    assert _svg(spec) == _svg(_with_theme_limit(spec))


def test_a_label_that_may_reach_the_limit_keeps_it_and_is_cut() -> None:
    spec = charts.share_chart(_shares(SHORT + [LONG]), "四会市 2017 年 占比").to_dict()
    assert all("axis" not in layer["encoding"]["y"] for layer in spec["layer"])
    svg = _svg(spec)
    assert f">{LONG}</text>" not in svg and f">{LONG[:20]}" in svg and "…</text>" in svg  # cut at the theme's 320 px


def test_charts_never_print_a_dataframe_to_hash_its_layers(monkeypatch) -> None:
    def refuse(self) -> str:
        raise AssertionError("a chart printed its DataFrame")

    monkeypatch.setattr(pd.DataFrame, "__repr__", refuse)
    changes = pd.DataFrame({"name_zh": SHORT, "name_en": SHORT, "base_period": 2016, "period": 2017,
                            "base_value": 1.0, "value": 2.0, "base_unit": "件", "unit": "件", "direction": "good",
                            "relative_change": 1.0})
    chart = charts.change_chart(changes, "同比")
    spec = chart.to_dict()
    assert spec["datasets"] and "data" in spec and all("data" not in layer for layer in spec["layer"])
    chart = charts.share_chart(_shares(SHORT), "占比")
    assert all("data" not in layer for layer in chart.to_dict()["layer"])
