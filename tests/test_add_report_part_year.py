"""add-report asks about a part of the year the text's figures speak of when its heading names none. qa36 added
浙江省 2023's 上半年 news piece: its candidates were each noted "a part of the year", but meta.yml got no covers and
the list of what to review said nothing, so its half year's figures would have been set against whole years."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from indicators.cli import cli

HALF = "浙江省人民政府新闻\n上半年，全省共受理行政复议案件1200件，办结900件。\n1-6月，新增备案规范性文件30件。\n"
WHOLE = "浙江省2023年法治政府建设情况报告\n全年共受理行政复议案件1200件，办结900件。\n新增备案规范性文件30件。\n"


def _added(project: Path, tmp_path: Path, text: str) -> tuple[str, dict]:
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "330000", "--year", "2023"],
                                env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    meta = project / "data" / "raw" / "reports" / "330000-2023.meta.yml"
    return result.output, yaml.safe_load(meta.read_text(encoding="utf-8"))


def test_figures_read_as_a_part_of_the_year_under_a_heading_naming_none_are_pointed_out(
        project: Path, tmp_path: Path) -> None:
    output, meta = _added(project, tmp_path, HALF)
    assert "covers" not in meta  # the heading names no part: nothing is guessed into meta.yml
    assert ("候选数字多属年内部分时段：data/raw/reports/330000-2023.meta.yml：3 个候选数字中有 3 个读作年内部分时段：若全文只涉及"
            "年内某一时段，请写为 covers:（上半年、第一季度、1-10月…），否则其数字将与全年数字对照。") in output
    assert ("data/raw/reports/330000-2023.meta.yml: 3 of the 3 candidate figures are read as a part of the year: if the "
            "whole text covers only a part of its year, write it as covers: (上半年, 第一季度, 1-10月...), or its figures "
            "will be set against whole years") in output


def test_a_whole_year_text_is_not_asked_about(project: Path, tmp_path: Path) -> None:
    output, _ = _added(project, tmp_path, WHOLE)
    assert "read as a part of the year" not in output and "candidate figures" in output
