"""`indicators extract REPORT` checks its REPORT as add-report checks its text (onboard.read_source): /dev/zero was
read until memory ran out, a folder was click's four-line usage error; each is now one Error: line, exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from error_lines import english

from indicators.cli import cli


@pytest.mark.parametrize(("source", "code"), [("/dev/zero", "not-a-file"), ("folder", "not-a-file"),
                                              ("missing.txt", "missing-file")])
def test_a_device_a_folder_or_a_missing_report_is_one_error_line(source: str, code: str, raw_dir: Path,
                                                                tmp_path: Path):
    (tmp_path / "folder").mkdir()
    path = source if source.startswith("/") else str(tmp_path / source)
    result = CliRunner().invoke(cli, ["extract", path, "--jurisdiction", "441204", "--year", "2018",
                                      "--raw", str(raw_dir)])
    assert result.exit_code == 1, result.output
    assert english(result.stderr) == f"Error: {path}: " + {
        "not-a-file": "is not a regular file (a pipe, a device or a folder): raw data are plain files",
        "missing-file": "report text not found"}[code] + f" [{code}]\n"
    assert result.stdout == ""
