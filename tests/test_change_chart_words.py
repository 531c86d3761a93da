"""The change chart says what the year-on-year table says (qa33 read both on real reports): a value the report
writes in another scale as written (汉滨区's 26万余件, not 260000), a before/after pair under both metrics' names
(南昌县 2020's 开办企业全流程时限 改革前 → 改革后, not the after metric alone), and its legend clear of the labels."""

from __future__ import annotations

import pandas as pd

from indicators.publish import charts
from indicators.publish.bar_charts import pair_name


def frame(**columns: list) -> pd.DataFrame:
    row = {"name_zh": "办结申请件数", "name_en": "Applications concluded", "base_period": 2021, "period": 2022,
           "base_value": 260000.0, "value": 209000.0, "base_unit": "件", "unit": "件", "direction": "neutral",
           "relative_change": -0.196, "base_qualifier": "lower_bound", "qualifier": "lower_bound"}
    return pd.DataFrame([row | {key: values[0] for key, values in columns.items()}])


def test_a_value_written_in_another_scale_is_labelled_as_the_report_writes_it() -> None:
    chart = charts.change_chart(frame(base_written=["26万件"], written=["20.9万件"]), "同比")
    assert list(chart.data["label"]) == ["≥ 26万件 → ≥ 20.9万件"]


def test_without_the_reports_words_the_label_is_value_and_unit() -> None:
    chart = charts.change_chart(frame(base_written=[None], written=[None]), "同比")
    assert list(chart.data["label"]) == ["≥ 260000 → ≥ 209000 件"]


def test_a_before_after_pair_is_named_by_both_metrics() -> None:
    changes = frame(name_zh=["开办企业全流程时限（改革后）"], base_name_zh=["开办企业全流程时限（改革前）"],
                    base_value=[21.0], value=[2.0], base_unit=["个工作日"], unit=["个工作日"],
                    base_qualifier=[None], qualifier=[None])
    assert list(charts.change_chart(changes, "改革前后").data["name_zh"]) == ["开办企业全流程时限（改革前 → 改革后）"]


def test_pair_names() -> None:
    assert pair_name("行政权力事项（精简前）", "权责清单事项数") == "行政权力事项（精简前） → 权责清单事项数"
    assert pair_name(None, "权责清单事项数") == "权责清单事项数"
    assert pair_name("权责清单事项数", "权责清单事项数") == "权责清单事项数"


def test_the_legend_sits_below_the_bars() -> None:
    spec = charts.change_chart(frame(), "同比").to_dict()
    assert spec["layer"][0]["encoding"]["color"]["legend"]["orient"] == "bottom"


def test_the_legend_names_only_the_directions_drawn() -> None:
    changes = pd.concat([frame(), frame(direction=["good"])], ignore_index=True)
    scale = charts.change_chart(changes, "同比").to_dict()["layer"][0]["encoding"]["color"]["scale"]
    assert scale == {"domain": ["good", "neutral"], "range": ["#1a9850", "#7f7f7f"]}
