"""qa50: `indicators build --raw DIR` names the files of DIR in its errors, not the project's data/raw.

An analyst onboarding in a scratch folder (`--raw /tmp/qa50/raw`) was told
`Error: data/raw/figures/410100-2024.csv row 2, field unit: ...`: the project's data/raw has no such
file, the row to fix was in /tmp/qa50/raw/figures/410100-2024.csv."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner
from raw_edits import apply_steps, copy_raw

from indicators.cli import cli


def test_build_error_names_the_raw_folder_given(raw_dir, tmp_path, monkeypatch):
    raw = copy_raw(raw_dir, tmp_path / "scratch" / "raw")
    apply_steps(raw, [{"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "unit", "value": "件"}}])
    monkeypatch.chdir(tmp_path)  # no project above: the folder is shown as given
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert f"{raw}{os.sep}figures{os.sep}441284-2017.csv row 9, field unit" in line, line
    assert f"{raw}{os.sep}figures{os.sep}441284-2017.csv 第9行" in line, line
    assert " data/raw/" not in line


def test_build_error_in_a_project_keeps_data_raw(raw_dir, tmp_path, monkeypatch):
    project = tmp_path / "project"
    raw = copy_raw(raw_dir, project / "data" / "raw")
    apply_steps(raw, [{"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "unit", "value": "件"}}])
    monkeypatch.chdir(project)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "data/raw/figures/441284-2017.csv row 9, field unit" in result.stderr


def test_catalog_reference_message_names_the_raw_folder(raw_dir, tmp_path, monkeypatch):
    raw = copy_raw(raw_dir, tmp_path / "scratch" / "raw")
    apply_steps(raw, [{"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "metric_id",
                                                                        "value": "no_such_metric"}}])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert str(Path(raw) / "catalog" / "metrics.csv") in result.stderr, result.stderr
    assert " data/raw/" not in result.stderr


def test_a_folder_whose_path_holds_data_raw_is_named_once(raw_dir, tmp_path, monkeypatch):
    """A copy at /tmp/…/copy/data/raw outside any project is named as given, and only once: the regular expression
    that once renamed data/raw/ in every message had to be kept from renaming it inside such a path again."""
    raw = copy_raw(raw_dir, tmp_path / "copy" / "data" / "raw")
    apply_steps(raw, [{"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "unit", "value": "亩"}}])
    monkeypatch.chdir(tmp_path)  # no data/raw here: copy/ is no project of the cwd's
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert f"Error: {raw}{os.sep}figures/441284-2017.csv row 9, field unit" in result.stderr, result.stderr
    assert f"{raw}{os.sep}{raw}" not in result.stderr and " data/raw/" not in result.stderr, result.stderr


def test_extract_names_the_raw_folder_it_was_given(raw_dir, tmp_path, monkeypatch):
    """`extract --raw DIR` said 'after review save as data/raw/figures/…', the project's folder, not DIR."""
    raw = copy_raw(raw_dir, tmp_path / "scratch" / "raw")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    result = CliRunner().invoke(cli, ["extract", str(raw / "reports" / "441284-2017.txt"), "--jurisdiction", "441284",
                                      "--year", "2017", "--out", str(tmp_path / "c.csv"), "--raw", str(raw)])
    assert result.exit_code == 0, result.output
    assert f"after review save as {raw}{os.sep}figures/441284-2017.csv" in result.stderr, result.stderr


def test_a_figure_s_source_file_names_the_raw_folder_built(raw_dir, tmp_path, monkeypatch):
    """Every figure keeps the file it came from (the exports' source_file, the pages' source lines): a build of
    --raw /tmp/qa50/raw exported data/raw/figures/410100-2024.csv, a file the project does not hold."""
    import duckdb

    raw = copy_raw(raw_dir, tmp_path / "scratch" / "raw")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        files = {row[0] for row in con.execute("select distinct source_file from figures").fetchall()}
    assert files == {f"{raw}{os.sep}figures{os.sep}441284-2017.csv"}
