"""A notebook that draws no chart leaves no `<notebook>_charts/` folder: qa39's single runs of 2022 reports
(镇宁布依族苗族自治县, 阜城县, 延边朝鲜族自治州) each left four empty chart folders, announced by the run's legend
as holding PNG, SVG and interactive HTML."""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
import pytest

from indicators import paths
from indicators.publish import chart_files


@pytest.fixture(autouse=True)
def svg_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.CHART_FORMATS_VARIABLE, "svg")


def test_no_chart_drawn_leaves_no_folder(tmp_path: Path) -> None:
    folder = tmp_path / "01_report_profile_charts"
    assert chart_files.export({"service_items": None, "shares": None}, folder, prefix="520423_2022_") == []
    assert not folder.exists()


def test_a_drawn_chart_gets_its_folder_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "02_year_on_year_charts"
    chart = alt.Chart(pd.DataFrame({"名称": ["政府常务会议学法次数"], "变化": [-73.33]})).mark_bar().encode(
        x="变化:Q", y="名称:N").properties(title="房县（420325）2024年 相对变化")
    written = chart_files.export({"changes": chart, "none": None}, folder, prefix="420325_2024_")
    assert written == [folder / "420325_2024_changes.svg"]
    assert [p.name for p in folder.iterdir()] == ["420325_2024_changes.svg"]
