"""The change chart's legend reads in Chinese first, as the year-on-year table beside it does (向好 good, 变差 bad).
Trial qa32 read 慈溪市 2017's chart of law lectures against 2015 (tests/extract/real blind26): its legend said only
good, bad, neutral and unchanged, English alone under a Chinese title."""

from __future__ import annotations

import pandas as pd
import vl_convert as vlc

from indicators.publish import charts

CHANGES = pd.DataFrame({
    "name_zh": ["法治专题讲座"], "name_en": ["Law lectures for officials"], "base_period": [2015], "period": [2017],
    "base_value": [16.0], "value": [7.0], "base_unit": ["期"], "unit": ["次"], "direction": ["bad"],
    "relative_change": [-0.5625],
})


def test_the_legend_names_each_direction_in_chinese_then_english() -> None:
    charts.use_offline_rendering()
    svg = vlc.vegalite_to_svg(charts.change_chart(CHANGES, "慈溪市（330282）2017年 相对变化").to_json())
    assert "变差 bad" in svg
    for label in ("向好 good", "中性 neutral", "不变 unchanged"):  # the legend names only the directions drawn
        assert label not in svg, label


def test_the_target_legend_names_the_statuses_drawn_in_the_tables_words() -> None:
    """The target chart's legend read met, not met, not yet due… in English alone, and listed statuses no bar has."""
    gaps = pd.DataFrame({"target_set": ["gd-2017-prd"], "name_zh": ["网上全流程办理率"], "value": [86.27],
                         "value_text": ["86.27%"], "target_value": [90.0], "target_text": ["≥ 90%"], "unit": ["%"],
                         "status": ["not met"], "status_zh": ["未达标"], "document_number": ["粤府〔2017〕1号"]})
    charts.use_offline_rendering()
    svg = vlc.vegalite_to_svg(charts.bullet_chart(gaps, "四会市（441284）2017年 数值与目标").to_json())
    assert "未达标 not met" in svg
    assert "not yet due" not in svg and ">met<" not in svg
