"""What build, export, run, run --all and extract --compare print reads Chinese first, the English beside (as
check's count, every --help and add-report's steps do): an analyst sees these lines on every `make run`, and they
were English only. A listed figure of --compare (indented: metric, period, value, quote) is a row of a table, not
a sentence, and stays as it is."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
from click.testing import CliRunner
from onboarded_page import run
from synthetic_corpus import synthetic_database
from test_add_report_chinese_first import chinese_first

from indicators.cli import cli

ROW = re.compile(r"^  \S+ \d{4}")  # a listed figure of --compare: metric_id (or (unassigned)) and period
LOG = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d")  # a timestamped log line (--log-output), not a message


def english_first(output: str) -> list[str]:
    return [line for line in output.splitlines()
            if line.strip() and not ROW.match(line) and not LOG.match(line) and not chinese_first(line)]


def test_build_and_its_warning(project: Path, tmp_path: Path) -> None:
    (project / "data" / "raw" / "reports" / "999999-2020.txt").write_text("某报告", encoding="utf-8")
    result = run(project, "build", "--db", str(tmp_path / "db.duckdb"))
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2 and english_first(result.output) == []


def test_export(built_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    shutil.copyfile(built_db, db)
    result = CliRunner().invoke(cli, ["export", "--format", "xlsx", "--out", str(tmp_path / "out"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Exported xlsx to" in result.output and english_first(result.output) == []


def test_extract_compare(raw_dir: Path, tmp_path: Path) -> None:
    curated = pd.read_csv(raw_dir / "figures" / "441284-2017.csv", dtype=str, keep_default_na=False)
    curated.loc[0, "value"] = "40"  # missed, and the text's 39 spurious: the lists are printed too
    curated.loc[1, "metric_id"] = ""  # a figure without a metric: the "of which with a metric" line
    path = tmp_path / "curated.csv"
    curated.to_csv(path, index=False)
    result = CliRunner().invoke(cli, ["extract", str(raw_dir / "reports" / "441284-2017.txt"), "--jurisdiction",
                                      "441284", "--year", "2017", "--compare", str(path), "--raw", str(raw_dir)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) >= 9 and any(ROW.match(line) for line in lines)  # counts, lists and their rows
    assert english_first(result.stdout) == []


def test_run_of_one_jurisdiction(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(tmp_path),
                                      "--notebook", "01_report_profile", "--log-output"])
    assert result.exit_code == 0, result.output
    assert "Reports in" in result.stdout and "self-contained page" in result.stdout
    assert english_first(result.stdout) == [] and english_first(result.stderr) == []


def test_run_all(tmp_path: Path) -> None:
    _, db = synthetic_database(tmp_path / "corpus", jurisdictions=2, years=1)
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--jobs", "1", "--notebook", "01_report_profile",
                                      "--db", str(db), "--out", str(tmp_path / "out"), "--log-output"])
    assert result.exit_code == 0, result.output
    assert "Running 1 notebook(s)" in result.stderr and "index:" in result.stdout
    assert english_first(result.stdout) == [] and english_first(result.stderr) == []
