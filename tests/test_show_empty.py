"""`indicators show` and `check` on a report that gives nothing to compute or check: one sentence in
Chinese and English, never pandas' "Empty DataFrame" and its column list; CSV and JSON stay
machine-readable (a header, an empty list)."""

from __future__ import annotations

import json
from pathlib import Path

import imperfect
import pytest
from click.testing import CliRunner

from indicators.cli import cli

TEXT = "四会市2018年法治政府建设情况。全年组织行政执法人员培训，达600多人参加了培训。\n"
FIGURES = ("metric_id,period,value,unit,qualifier,quote,note,scope\n"
           "enforcement_training_participants,2018,600,人,lower_bound,达600多人参加了培训,600多人: more than 600,\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The reference data plus a 2018 report of 四会市 whose one figure feeds no indicator and no rule."""
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("no-indicators"), TEXT, FIGURES)


def test_show_says_there_are_no_indicator_values(db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2018", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Empty DataFrame" not in result.output and "Columns" not in result.output
    assert result.output.strip().splitlines() == [
        "四会市（441284）2018年没有指标值：报告的数字算不出任何指标。No indicator values for 441284 2018: "
        "the report's figures complete no indicator."]


def test_show_keeps_csv_and_json_machine_readable_when_empty(db: Path) -> None:
    runner = CliRunner()
    csv = runner.invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2018", "--format", "csv", "--db", str(db)])
    assert csv.exit_code == 0 and csv.output.splitlines()[0].startswith("\ufeffjurisdiction_code,")  # no terminal: a BOM
    assert len(csv.output.strip().splitlines()) == 1  # the header, no row
    js = runner.invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2018", "--format", "json", "--db", str(db)])
    assert js.exit_code == 0 and json.loads(js.output) == []


def test_check_says_no_rule_applies(db: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", "2018", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Empty DataFrame" not in result.output


def test_show_still_prints_the_table_of_a_report_with_values(db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017", "--db", str(db)])
    assert result.exit_code == 0 and "没有指标值" not in result.output and "86.27" in result.output


def test_check_names_the_jurisdiction_when_no_rule_applies(db: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", "2018", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "四会市（441284）2018年没有可检查的规则。" in result.output
