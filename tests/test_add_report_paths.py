"""add-report's printed paths are ones the analyst can open. qa36 onboarded 33 reports with
`add-report --raw /tmp/qa36/raw` from a checkout and was told to review `qa36/raw/reports/…`: the paths were
shown relative to the raw folder's grandparent, a folder that holds no such path for the reader."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from indicators.cli import cli

TEXT = "鼎湖区2024年法治政府建设情况报告\n全年共受理行政复议案件12件，办结10件。\n"


def _printed_paths(output: str) -> list[str]:
    """Every path the command names (data/raw/…, data/processed/review/… or an absolute one), ended by a blank,
    punctuation or the Chinese half's next character (…candidates.csv。Added)."""
    return re.findall(r"(/[^\s;:,，；。：（）\u3400-\u9fff]+|data/[^\s;:,，；。：（）\u3400-\u9fff]+)", output)


def test_paths_under_a_raw_folder_outside_the_project_are_the_folder_s_own(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "work" / "raw"
    shutil.copytree(project / "data" / "raw", elsewhere)
    source = tmp_path / "page.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "441203", "--year", "2024",
                                      "--raw", str(elsewhere)], env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    named = [path for path in _printed_paths(result.output) if "441203-2024" in path]
    to_open = [path for path in named if "/figures/" not in path]  # the figures file is the one to save
    assert len(set(to_open)) == 3 and all(Path(path).is_absolute() and Path(path).exists() for path in to_open), result.output
    assert f"{elsewhere}/reports/441203-2024.txt" in result.output
    assert "work/raw/reports" not in result.output.replace(str(elsewhere), "")


def test_paths_inside_the_project_stay_relative_to_it(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "441203", "--year", "2024"],
                                env={"INDICATORS_ROOT": str(project)})
    assert result.exit_code == 0, result.output
    assert "已添加 data/raw/reports/441203-2024.txt 和 data/raw/reports/441203-2024.meta.yml；" in result.output
    assert "Added data/raw/reports/441203-2024.txt and data/raw/reports/441203-2024.meta.yml" in result.output
    assert all((project / path).exists() for path in _printed_paths(result.output)
               if "441203-2024" in path and not path.startswith("data/raw/figures")), result.output
