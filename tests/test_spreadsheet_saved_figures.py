"""A figures file saved by a spreadsheet carries what the analyst never typed: empty trailing columns (a header
ending in ",,", each row too), rows of commas where rows were deleted, a blank line. They hold no figure, so the
build takes the file as if they were not there; probed with a second report (safety36), the first was refused as
`column "Unnamed: 8" is not a known column` and the second as `a candidate not yet reviewed ( : )`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from raw_edits import copy_raw

from indicators.cli import cli
from indicators.read.db import query_frame

FIGURES = "figures/441284-2017.csv"


def trailing_columns(text: str) -> str:
    return "".join(line + ",,\n" for line in text.splitlines())


def header_comma(text: str) -> str:
    header, _, body = text.partition("\n")
    return f"{header},\n{body}"


def rows_of_commas(text: str) -> str:
    header, _, body = text.partition("\n")
    return f"{header}\n,,,,,,,\n{body},,,,,,,\n,,,,,,,\n"


@pytest.mark.parametrize("saved", [trailing_columns, header_comma, rows_of_commas])
def test_what_a_spreadsheet_adds_is_taken_as_not_there(saved, raw_dir: Path, tmp_path: Path):
    raw = copy_raw(raw_dir, tmp_path / "raw")
    path = raw / FIGURES
    path.write_text(saved(path.read_text(encoding="utf-8")), encoding="utf-8")
    db = tmp_path / "indicators.duckdb"
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "45 figures, 15 indicator values" in result.output
    counted = query_frame("select count(*) as n, count(distinct metric_id) as metrics from figures", db_path=db)
    assert counted.iloc[0].tolist() == [45, 44]


def test_a_trailing_column_holding_a_cell_is_still_refused(raw_dir: Path, tmp_path: Path):
    """Only a column with no name and no cell goes: one with a cell is data nobody can place."""
    raw = copy_raw(raw_dir, tmp_path / "raw")
    path = raw / FIGURES
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0] + ","] + [lines[1] + ",x"] + [line + "," for line in lines[2:]]) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "indicators.duckdb")])
    assert result.exit_code == 1
    assert "[unknown-column]" in result.stderr


@pytest.mark.parametrize("saved", [trailing_columns, lambda text: text + ",,,,,\n,,,,,\n"])
def test_a_catalog_row_added_in_a_spreadsheet_is_read_without_what_it_adds(saved, raw_dir: Path, tmp_path: Path):
    """jurisdictions.csv saved by Excel after adding a county: refused as `column "Unnamed: 6"`, or as six empty
    fields of a row nobody typed."""
    raw = copy_raw(raw_dir, tmp_path / "raw")
    path = raw / "catalog" / "jurisdictions.csv"
    path.write_text(saved(path.read_text(encoding="utf-8") + "441204,高要区,Gaoyao District,county,441200,440000\n"),
                    encoding="utf-8")
    db = tmp_path / "indicators.duckdb"
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    assert result.exit_code == 0, result.output
    names = query_frame("select name_zh from jurisdictions where jurisdiction_code = '441204'", db_path=db)
    assert names["name_zh"].tolist() == ["高要区"]
