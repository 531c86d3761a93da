"""The `Error:` lines that are no single problem read Chinese first too, the English beside unchanged: the count of
problems not shown, `run`'s count of failed notebooks, and `run --all`'s line per failed jurisdiction and its count.
The runs are replaced by their summaries (a notebook failing for real is tests/test_notebooks_runner.py's)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from test_add_report_chinese_first import chinese_first

from indicators.cli import cli
from indicators.cli_options import MAX_ERROR_LINES, reports_errors
from indicators.errors import IndicatorsError, Problem
from indicators.publish import batch, execute


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if "Error: " in line]


def test_the_count_of_problems_not_shown() -> None:
    @click.command()
    @reports_errors
    def refuse() -> None:
        raise IndicatorsError([Problem("duplicate-row", f"row {n}", file="f.csv", row=n) for n in range(2, 1_302)])

    result = CliRunner().invoke(refuse, [])
    lines = error_lines(result.stderr)
    assert result.exit_code == 1 and len(lines) == MAX_ERROR_LINES + 1 and all(chinese_first(line) for line in lines)
    assert lines[0] == "错误：f.csv 第2行：行重复。Error: f.csv row 2: row 2 [duplicate-row]"
    assert lines[-1] == ("错误：另有 1,100 个问题未列出，共 1,300 个。"
                         "Error: 1,100 more problem(s) not shown, 1,300 in all [more-problems]")


def test_the_count_of_failed_notebooks(built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = [execute.NotebookResult("01_report_profile", False, 1.0, error="ValueError: x"),
               execute.NotebookResult("02_year_on_year", True, 2.0)]
    monkeypatch.setattr(execute, "run_suite", lambda *args, **kwargs: execute.RunSummary(tmp_path, results))
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(tmp_path),
                                      "--notebook", "01_report_profile", "--db", str(built_db), "--log-output"])
    assert result.exit_code == 1, result.output
    assert error_lines(result.stderr) == ["错误：2 个笔记本中有 1 个失败。Error: 1 of 2 notebook(s) failed"]


def test_each_failed_jurisdiction_and_their_count(built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = [batch.JurisdictionOutcome("441284", "四会市", False, 3.0, failures=["01_report_profile: FAILED: x"]),
                batch.JurisdictionOutcome("441200", "肇庆市", True, 2.0)]
    monkeypatch.setattr(batch, "run_all", lambda *args, **kwargs: batch.BatchSummary(tmp_path, outcomes))
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--out", str(tmp_path), "--notebook",
                                      "01_report_profile", "--db", str(built_db), "--log-output"])
    assert result.exit_code == 1, result.output
    assert error_lines(result.stderr) == [
        "错误：441284 四会市运行失败。Error: 441284 四会市: FAILED: 01_report_profile: FAILED: x (3.0 s)",
        "错误：2 个行政区中有 1 个失败。Error: 1 of 2 jurisdiction(s) failed"]
