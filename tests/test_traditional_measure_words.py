"""A quote in traditional characters writes its measure word so (配套舉措24個, 普法活動2656場): a reviewer
enters the figure with the simplified word (24 个, 2656 场) and the build accepts it as it accepts 个 for
a metric counted in 项. Trial 20 found 巴州 2024, 合肥 2023 and 宝鸡 2024 refused with [unit-mismatch]."""

from __future__ import annotations

from pathlib import Path

import onboarded_page
import pytest
from onboarded_page import page_project

PAGE = ("某州人民政府2024年法治政府建設情況報告\n"
        "2024年，推出法治為民辦實事等配套舉措24個，開展普法活動2656場，新建法治文化陣地12處，書面述法3.4萬人。\n")


project = page_project(PAGE, "652800-2024", "某州人民政府")  # conftest's project with the page added


def build(project: Path, rows: str, db: Path):
    return onboarded_page.build(project, "652800-2024", rows, db)


@pytest.mark.parametrize("row", [
    "rule_of_law_measures,2024,24,个,,法治為民辦實事等配套舉措24個,\n",  # 個 for a metric in 项
    "publicity_events,2024,2656,场,,開展普法活動2656場,\n",  # 場 for a metric in 次
    "written_law_report_persons,2024,3.4,万人,,書面述法3.4萬人,\n",  # 萬 is 万
])
def test_a_measure_word_its_quote_writes_in_traditional_characters_is_accepted(project, tmp_path, row) -> None:
    result = build(project, row, tmp_path / "db.duckdb")
    assert result.exit_code == 0, result.output


def test_a_measure_word_the_quote_does_not_write_in_either_script_is_still_refused(project, tmp_path) -> None:
    result = build(project, "rule_of_law_measures,2024,12,个,,新建法治文化陣地12處,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1 and "[unit-mismatch]" in result.output  # 處 is 处, not 个


def test_a_figure_without_the_scale_its_quote_writes_in_traditional_characters_is_refused(project, tmp_path) -> None:
    result = build(project, "written_law_report_persons,2024,3.4,人,,書面述法3.4萬人,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1 and "[unit-scale-not-in-quote]" in result.output  # 3.4 人 would be 10^4 off
