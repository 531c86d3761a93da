"""Year on year compares only figures of the same metric, scope and variant: a 2018 report of 四会市
against its 2017 report. The bureau's officers (same named unit both years) and the licensing items
(whole city both years) are changes; items counted as 网上可办 are not the 2017 网上全流程办理 items."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.build import build_database
from indicators.errors import IndicatorsError
from indicators.read import analysis

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，行政许可事项500项，其中网上可办事项450项。"
        "市水务局水政监察大队又清理行政执法人员3名。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note,scope,variant
licensing_items,2018,500,项,,行政许可事项500项,,,
online_full_process_items,2018,450,项,,其中网上可办事项450项,,,网上可办
enforcement_officers_cleared,2018,3,名,,市水务局水政监察大队又清理行政执法人员3名,,市水务局水政监察大队,
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("two-years"), TEXT, FIGURES)


def test_only_same_scope_and_variant_are_compared(db: Path) -> None:
    changes = analysis.year_on_year("441284", 2017, 2018, db)
    figures = changes[changes["measure_kind"] == "figure"].set_index("measure_id")
    assert bool(figures.loc["enforcement_officers_cleared", "comparable"])  # 6 → 3, the same bureau
    assert figures.loc["enforcement_officers_cleared", ["base_value", "value"]].tolist() == [6, 3]
    assert bool(figures.loc["licensing_items", "comparable"])
    online = figures.loc["online_full_process_items"]
    assert not online["comparable"] and online["not_comparable_reason"] == "口径不同 different variant：目录口径 / 网上可办"


def test_a_scope_or_variant_absent_from_the_quote_is_refused(tmp_path: Path) -> None:
    raw = imperfect.raw_folder(tmp_path, fixtures=())
    imperfect.add_2018_report(raw, TEXT, FIGURES.replace(",网上可办\n", ",网上全程网办\n"))
    with pytest.raises(IndicatorsError) as caught:
        build_database(raw_dir=raw, db_path=tmp_path / "indicators.duckdb")
    assert "variant-not-in-quote" in str(caught.value) and "网上全程网办" in str(caught.value)
