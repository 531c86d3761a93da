"""Chart files say what the tables say: the peer chart draws a median (tick and quartile box) only where the
standing table gives one, and every tooltip is titled as the tables title its column. qa39's peer chart of
镇宁布依族苗族自治县 2022 drew a median tick at 92 for 东丽区's lone 即办件比例 ≥ 92%, which the table reads
—（只有一个数值，无中位数）, and the interactive chart files' tooltips read name_zh, peers, median, document_number."""

from __future__ import annotations

import re

import pandas as pd

from indicators.publish import charts

STANDING = pd.DataFrame({
    "name_zh": ["即办件比例（报告所述）", "网上申办率（报告所述）"], "name_en": ["Share of items handled on the spot",
                                                                  "Share of applications made online"],
    "value": [None, 95.0], "unit": ["%", "%"], "rank": [None, None], "peers": [1, 2],
    "min_value": [92.0, 95.0], "q1": [92.0, 96.25], "median": [92.0, 97.5], "q3": [92.0, 98.75], "max_value": [92.0, 100.0],
    "median_text": ["—（只有一个数值，无中位数）", "≈ 97.5"], "value_text": [None, "≥ 95"],
    "comparison_zh": ["本辖区无数值，不排名", "不足三个可比辖区，不排名"]})


def _peer_data() -> list[dict]:
    spec = charts.peer_chart(STANDING, "银州区", "银州区（211202）2022年 同级比较 Peers").to_dict()
    return next(iter(spec["datasets"].values()))


def test_no_median_is_drawn_where_the_table_gives_none() -> None:
    alone, two = _peer_data()
    assert (alone["median"], alone["q1"], alone["q3"]) == (None, None, None)
    assert alone["median_text"] == "—（只有一个数值，无中位数）" and alone["min_value"] == 92.0
    assert (two["median"], two["median_text"]) == (97.5, "≈ 97.5")


def test_the_focus_value_keeps_its_bound_in_the_tooltip() -> None:
    alone, two = _peer_data()
    assert (alone["value_text"], two["value_text"]) == ("—", "≥ 95")


def test_an_unranked_value_reads_why_in_the_tooltip_not_a_null_rank() -> None:
    """The interactive file's tooltip read 名次 rank: null for 镇宁布依族苗族自治县's unranked 100%."""
    spec = str(charts.peer_chart(STANDING, "银州区", "银州区（211202）2022年 同级比较 Peers").to_dict())
    assert "'field': 'rank'" not in spec.split("'tooltip'")[1]
    assert _peer_data()[1]["comparison_zh"] == "不足三个可比辖区，不排名"


def test_every_tooltip_is_titled_in_words() -> None:
    spec = charts.peer_chart(STANDING, "银州区", "银州区（211202）2022年 同级比较 Peers").to_dict()
    titles = re.findall(r"'title': '([^']*)'", str([layer["encoding"].get("tooltip") for panel in spec["vconcat"]
                                                    for layer in panel["layer"] if "tooltip" in layer["encoding"]]))
    assert titles == ["名称 name (Chinese)", "数值 value", "比较 comparison", "有数值的辖区数 jurisdictions with a value",
                      "中位数 median"]
    bars = charts.change_chart(pd.DataFrame({
        "name_zh": ["政府常务会议学法次数"], "name_en": ["Law study sessions of the executive meeting"],
        "base_period": [2022], "period": [2024], "base_value": [15.0], "value": [4.0], "base_unit": ["次"],
        "unit": ["次"], "direction": ["bad"], "relative_change": [-0.7333]}), "房县（420325）2024年 相对变化").to_dict()
    shown = re.findall(r"'title': '([^']*)'", str(bars["encoding"]["tooltip"] if "encoding" in bars else
                                                  [layer["encoding"].get("tooltip") for layer in bars["layer"]]))
    assert shown and not [t for t in shown if re.fullmatch(r"[a-z_]+", t)], shown


def test_the_target_tooltip_says_the_status_in_words() -> None:
    """The bullet chart's tooltip gave the status code alone (not met), where the table reads 未达标."""
    gaps = pd.DataFrame({"target_set": ["gd-2017-prd"], "name_zh": ["网上全流程办理率"], "value": [86.27],
                         "value_text": ["86.27"], "target_value": [100.0], "target_text": ["100"], "unit": ["%"],
                         "status": ["not met"], "status_zh": ["未达标"], "document_number": [None]})
    spec = charts.bullet_chart(gaps, "四会市（441284）2017年 数值与目标").to_dict()
    tips = [tip for panel in spec["vconcat"] for layer in panel["layer"]
            for tip in layer.get("encoding", {}).get("tooltip", [])]
    assert {"field": "status_zh", "title": "达标情况 status", "type": "nominal"} in tips
    assert next(iter(spec["datasets"].values()))[0]["document_number"] == ""


def test_the_change_tooltip_says_the_direction_in_words() -> None:
    """The change chart's tooltip read 方向 direction: bad where its legend and table read 变差 bad."""
    frame = pd.DataFrame({"name_zh": ["政府常务会议学法次数"], "name_en": ["Law study sessions"], "base_period": [2022],
                          "period": [2024], "base_value": [15.0], "value": [4.0], "base_unit": ["次"], "unit": ["次"],
                          "direction": ["bad"], "relative_change": [-0.7333]})
    spec = charts.change_chart(frame, "房县（420325）2024年 相对变化").to_dict()
    tips = [tip["field"] for layer in spec["layer"] for tip in layer.get("encoding", {}).get("tooltip", [])]
    tips += [tip["field"] for tip in spec.get("encoding", {}).get("tooltip", [])]
    assert "direction_zh" in tips and "direction" not in tips
    assert next(iter(spec["datasets"].values()))[0]["direction_zh"] == "变差 bad"


def test_a_lone_peer_value_is_drawn() -> None:
    """A row whose only value is one peer's (min = max = 92, the focus without one) drew nothing: its line has no
    length and there is no focus point. The spread's ends are points, so 92 shows as the table lists it."""
    spec = charts.peer_chart(STANDING, "银州区", "银州区（211202）2022年 同级比较 Peers").to_dict()
    layers = [layer for panel in spec["vconcat"] for layer in panel["layer"]]
    ends = {layer["encoding"]["x"]["field"] for layer in layers
            if layer["mark"]["type"] == "point" and layer["encoding"]["x"]["field"] != "value"}
    assert ends == {"min_value", "max_value"}
    alone = _peer_data()[0]
    assert (alone["value"], alone["min_value"], alone["max_value"]) == (None, 92.0, 92.0)
