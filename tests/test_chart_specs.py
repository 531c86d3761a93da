"""Every kind of chart the pages draw makes a spec that Vega-Lite's schema accepts. The charts skip that
check when a notebook displays them (charts.LayerChart, charts.VConcatChart: 0.09 CPU s a jurisdiction in
a batch), so this test is where each kind is validated, on frames of the shapes the queries return."""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest
from altair.utils.schemapi import SchemaValidationError

from indicators.publish import charts


@pytest.fixture(autouse=True)
def _offline() -> None:
    charts.use_offline_rendering()  # the svg renderer, as in the notebooks


TWO = {"name_zh": ["网上可办率", "行政复议案件（改革后）"], "name_en": ["online", "reviews"]}


def _every_kind() -> dict[str, alt.TopLevelMixin]:
    split = pd.DataFrame({**TWO, "value": [12.0, 3.0], "unit": ["件", "件"], "share": [80.0, None]})
    shares = pd.DataFrame({**TWO, "value": [40.0, 75.5], "numerator": [4.0, 151.0], "denominator": [10.0, 200.0],
                           "count_unit": ["件", "项"]})
    changes = pd.DataFrame({**TWO, "base_period": [2016, 2016], "period": [2017, 2017], "base_value": [10.0, 7.0],
                            "value": [12.0, 5.0], "base_unit": ["件", "个工作日"],
                            "unit": ["件", "个工作日"], "direction": ["good", "bad"],
                            "relative_change": [0.2, -0.2857]})
    gaps = pd.DataFrame({"target_set": ["gd-2017-prd", "cn-2019"], **{"name_zh": TWO["name_zh"]}, "value": [90.0, 5.0],
                         "value_text": ["90", "≤ 5"], "target_value": [100.0, 7.0], "target_text": ["100", "7"],
                         "unit": ["%", "个工作日"], "status": ["not met", "met"],
                         "status_zh": ["未达标", "达标"], "document_number": ["粤府〔2017〕1号", None]})
    standing = pd.DataFrame({**TWO, "value": [90.0, 5.0], "unit": ["%", "个工作日"], "rank": [2, 1], "peers": [5, 4],
                             "min_value": [50.0, 3.0], "q1": [60.0, 4.0], "median": [70.0, 5.0], "q3": [80.0, 6.0],
                             "max_value": [95.0, 9.0], "comparison_zh": ["第2/5", "第1/4"],
                             "median_text": ["70", "5"], "value_text": ["90", "5"]})
    return {"split": charts.split_chart(split, "四会市（441284）2017年 构成"),
            "share": charts.share_chart(shares, "四会市（441284）2017年 占比"),
            "change": charts.change_chart(changes, "四会市（441284）2017年 相对变化"),
            "bullet": charts.bullet_chart(gaps, "四会市（441284）2017年 数值与目标"),
            "peer": charts.peer_chart(standing, "四会市", "四会市（441284）2017年 同级比较")}


@pytest.mark.parametrize("kind", ["split", "share", "change", "bullet", "peer"])
def test_each_kind_of_chart_is_a_valid_vega_lite_spec(kind: str) -> None:
    chart = _every_kind()[kind]
    validated = chart.to_dict(validate=True)  # raises SchemaValidationError on a spec the schema refuses
    assert validated == chart.to_dict()
    assert validated["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert validated["title"]
    assert repr(chart) in ("alt.LayerChart(...)", "alt.VConcatChart(...)")  # the text a notebook shows beside the SVG


def test_displaying_a_chart_does_not_validate_it_but_asking_does(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(alt.LayerChart, "validate", classmethod(lambda cls, *a, **k: calls.append(cls.__name__)))
    chart = _every_kind()["split"]
    assert "image/svg+xml" in chart._repr_mimebundle_()
    assert calls == []
    chart.to_dict(validate=True)
    assert calls == ["LayerChart"]


def test_a_spec_the_schema_refuses_is_still_caught_when_asked() -> None:
    chart = _every_kind()["share"]
    broken = charts.LayerChart(layer=chart.layer, data=chart.data, title=chart.title, width="wide")
    broken.to_dict()  # unvalidated: the display path would hand it to vl-convert as it is
    with pytest.raises(SchemaValidationError):
        broken.to_dict(validate=True)
