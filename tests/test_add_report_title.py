"""A report text without a title line must not take its first section heading as its title. Trial 20's
银川市 2024 and 武汉市 2023 excerpts start with the body and have "一、主要工作落实情况" or "一、2023年工作情况"
a few lines down: add-report recorded that as the title, did not ask for one, and every page's source line
read 《一、主要工作落实情况》."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from indicators.cli import cli

BODY = "2024年，某市坚持依法行政，全年收到行政复议申请120件。\n"


@pytest.mark.parametrize("heading", ["一、主要工作落实情况", "（一）2024年工作情况", "1. 工作推进情况"])
def test_a_numbered_section_heading_is_not_taken_for_the_title(project: Path, tmp_path: Path, heading: str) -> None:
    source = tmp_path / "page.txt"
    source.write_text(BODY + heading + "\n" + BODY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "640100", "--year", "2024"],
                                env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    meta = yaml.safe_load((project / "data" / "raw" / "reports" / "640100-2024.meta.yml").read_text(encoding="utf-8"))
    assert meta["title"] == ""
    assert "title is not stated in the text: fill it in" in result.output


def test_a_title_line_is_still_taken(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text("银川市2024年法治政府建设情况报告\n" + BODY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "640100", "--year", "2024"],
                                env={"INDICATORS_ROOT": str(project)})
    meta = yaml.safe_load((project / "data" / "raw" / "reports" / "640100-2024.meta.yml").read_text(encoding="utf-8"))
    assert meta["title"] == "银川市2024年法治政府建设情况报告", result.output


def test_a_title_naming_another_year_than_the_one_given_is_pointed_out(project: Path, tmp_path: Path) -> None:
    """Trial 24 added 吐祥镇's page (blind20), titled 奉节县吐祥镇2025年法治政府建设情况报告, as --year 2024: it
    was added with nothing said, and its figures would read as 2024's."""
    source = tmp_path / "page.txt"
    source.write_text("某镇2025年法治政府建设情况报告\n" + BODY.replace("2024", "2025"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "500236", "--year", "2024"],
                                env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    assert ("  1. data/raw/reports/500236-2024.meta.yml: the title names 2025年, the report year given is 2024: "
            "check --year (the year the report is about)") in result.output.splitlines()
    right = tmp_path / "right.txt"
    right.write_text("某镇2024年法治政府建设情况报告\n" + BODY, encoding="utf-8")
    same = CliRunner().invoke(cli, ["add-report", str(right), "--jurisdiction", "500241", "--year", "2024"],
                              env={"INDICATORS_ROOT": str(project)})
    assert same.exit_code == 0 and "the title names" not in same.output, same.output
