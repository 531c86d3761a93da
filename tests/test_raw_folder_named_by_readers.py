"""Every reader of a raw folder names its files from the folder it reads, so `indicators build --raw DIR` names
DIR's files in every Error: line and message with nothing renamed afterwards (the CLI had rewritten data/raw/ in
every message with a regular expression, after readers that all worded their files as data/raw/...).

The catalogs, the meta.yml files, the targets and the SQL checks that name a catalog or a report (sql/checks/)
each get a case, as does add-report's jurisdictions catalog; the whole broken-input corpus is then built from a
scratch folder, none of its lines naming data/raw/. Golden lines of the project's own folder are
tests/test_broken_inputs.py's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from raw_edits import apply_steps, copy_raw

from indicators.cli import cli

CASES = yaml.safe_load((Path(__file__).parent / "broken_inputs" / "cases.yml").read_text(encoding="utf-8"))


@pytest.fixture()
def scratch(raw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the reference raw data outside any project, in a folder no path of data/raw names."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    return copy_raw(raw_dir, tmp_path / "scratch" / "raw")


def refused(raw: Path, steps: list[dict]) -> str:
    """The stderr of `build --raw` over `raw` changed by `steps`, which must refuse it."""
    apply_steps(raw, steps)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(raw.parent / "x.duckdb")])
    assert result.exit_code == 1, result.output
    return result.stderr


def test_a_broken_catalog_file_names_the_folder_built(scratch: Path) -> None:
    stderr = refused(scratch, [{"file": "catalog/metrics.csv", "set_cell": {"row": 2, "field": "kind", "value": "lots"}}])
    assert f"Error: {scratch}{os.sep}catalog/metrics.csv row 2, field kind" in stderr, stderr
    assert "data/raw" not in stderr, stderr


def test_a_broken_meta_yml_names_the_folder_built(scratch: Path) -> None:
    meta = "reports/441284-2017.meta.yml"
    stderr = refused(scratch, [{"file": meta, "replace": {"old": "signed_date: 2017-12-28", "new": "signed_date: 2017-12-32"}}])
    assert f"Error: {scratch}{os.sep}{meta} line 9, field signed_date" in stderr, stderr
    assert "data/raw" not in stderr, stderr


def test_a_meta_yml_refused_by_the_sql_checks_names_the_folder_built(scratch: Path) -> None:
    meta = "reports/441284-2017.meta.yml"
    stderr = refused(scratch, [{"file": meta, "replace": {"old": 'jurisdiction_code: "441284"',
                                                         "new": 'jurisdiction_code: "441299"'}}])
    assert (f"Error: {scratch}{os.sep}{meta} line 4, field jurisdiction_code: \"441299\" no such jurisdiction in "
            f"{scratch}{os.sep}catalog/jurisdictions.csv [unknown-jurisdiction]") in stderr, stderr


def test_a_broken_target_names_the_folder_built(scratch: Path) -> None:
    stderr = refused(scratch, [{"file": "catalog/targets.csv",
                                "set_cell": {"row": 3, "field": "deadline", "value": "2017-02-30"}}])
    assert f"Error: {scratch}{os.sep}catalog/targets.csv row 3, field deadline" in stderr, stderr
    assert "data/raw" not in stderr, stderr


def test_a_target_refused_by_the_sql_checks_names_the_folder_built(scratch: Path) -> None:
    stderr = refused(scratch, [{"file": "catalog/targets.csv", "set_cell": {"row": 2, "field": field, "value": ""}}
                               for field in ("document_title", "document_number")])
    assert f"Error: {scratch}{os.sep}catalog/targets.csv row 2, field document_number" in stderr, stderr
    assert "[missing-source]" in stderr and "data/raw" not in stderr, stderr


def test_a_broken_extraction_rule_names_the_folder_built(scratch: Path) -> None:
    stderr = refused(scratch, [{"file": "catalog/extraction_rules.csv",
                                "set_cell": {"row": 4, "field": "metric_id", "value": "licencing_items"}}])
    assert (f"Error: {scratch}{os.sep}catalog/extraction_rules.csv row 4, field metric_id: \"licencing_items\" no such "
            f"metric in {scratch}{os.sep}catalog/metrics.csv [unknown-metric]") in stderr, stderr


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_no_line_of_a_scratch_folder_names_data_raw(case: dict, scratch: Path) -> None:
    stderr = refused(scratch, case["steps"])
    expected = case["expect"]["file"].replace("data/raw/", f"{scratch}{os.sep}", 1)
    assert f"Error: {expected}" in stderr, stderr
    assert "data/raw" not in stderr, stderr


def test_add_report_names_the_jurisdictions_catalog_of_the_folder_given(scratch: Path, tmp_path: Path) -> None:
    text = tmp_path / "report.txt"
    text.write_text("某地2024年法治政府建设情况报告\n一、主要工作\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(text), "--jurisdiction", "999999", "--year", "2024",
                                      "--raw", str(scratch)])
    assert result.exit_code == 1, result.output
    assert f'"999999" is neither in {scratch}{os.sep}catalog/jurisdictions.csv' in result.stderr, result.stderr
    assert "data/raw" not in result.stderr, result.stderr
