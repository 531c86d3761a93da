"""qa50: `show` and `check --format csv` write whole numbers as the report writes them, as `export` does.

温州市 2024's `show --format csv` read denominator 3326.0 (行政复议申请3326件) and 黄石市 2020's `check --format csv`
read 98.0,107.0,-9.0: a count of cases as 3326.0 in the spreadsheet an analyst opens, where export's CSV of the
same database reads 3326 (export/cells.py: "a count of 150 名 read 150.0 名 in a spreadsheet")."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
from click.testing import CliRunner

from indicators.cli import cli
from indicators.publish.render import render


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_show_csv_writes_whole_counts_without_a_decimal(built_db):
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017", "--format", "csv",
                                      "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    row = next(r for r in _rows(result.stdout) if r["indicator_id"] == "business_startup_time_reduction")
    assert (row["numerator"], row["denominator"], row["value"]) == ("13", "20", "65")


def test_check_csv_writes_whole_counts_without_a_decimal(built_db):
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", "2017", "--format", "csv",
                                      "--db", str(built_db)])
    row = next(r for r in _rows(result.stdout) if r["rule_id"] == "normative_doc_outcomes")
    assert (row["expected"], row["observed"], row["gap"]) == ("221", "216", "5")


def test_fractions_and_missing_values_stay_as_they_are():
    frame = pd.DataFrame({"value": [28.571428571428573, float("nan"), 3.0, -9.0], "text": ["a", None, "=1", "b"]})
    assert render(frame, "csv").splitlines() == ["value,text", "28.571428571428573,a", ",", "3,'=1", "-9,b"]


def test_show_json_writes_whole_counts_as_integers(built_db):
    """`show --format json` wrote 3326.0 where the CSV and the export write 3326 (qa50's noticed item)."""
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017", "--format", "json",
                                      "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    assert '"denominator":20,' in result.stdout.replace(" ", "") and ".0," not in result.stdout.replace(" ", "")


def test_json_keeps_fractions_and_nulls():
    frame = pd.DataFrame({"value": [28.5, float("nan"), 3.0], "text": ["a", None, "b"]})
    assert json.loads(render(frame, "json")) == [{"value": 28.5, "text": "a"}, {"value": None, "text": None},
                                                        {"value": 3, "text": "b"}]
    assert '"value":3,' in render(frame, "json").replace(" ", "")
