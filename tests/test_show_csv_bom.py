"""`show` and `check` as CSV bound for a file start with a UTF-8 BOM, as export's CSVs do: Excel on a Chinese
Windows reads a CSV without one as GBK, so `indicators show --format csv > x.csv` opened with every name garbled.
A terminal gets none."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indicators.cli import cli
from indicators.export.writers import BOM

REPORT = ["--jurisdiction", "441284", "--year", "2017"]


@pytest.mark.parametrize("command", ["show", "check"])
def test_csv_redirected_to_a_file_starts_with_the_bom(command: str, built_db: Path, tmp_path: Path):
    target = tmp_path / "shown.csv"
    with target.open("wb") as sink:  # a real redirection: stdout is a file, not a terminal
        done = subprocess.run([sys.executable, "-c", "from indicators.cli import cli; cli()", command, *REPORT, "--format", "csv",
                               "--db", str(built_db)], stdout=sink, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 0, done.stderr
    data = target.read_bytes()
    assert data.startswith(BOM) and data.count(BOM) == 1
    assert data.decode("utf-8-sig").split(",")[0] == "jurisdiction_code"  # Excel's reading: the BOM is no text


def test_out_writes_the_csv_with_the_bom_and_prints_nothing(built_db: Path, tmp_path: Path):
    target = tmp_path / "values.csv"
    result = CliRunner().invoke(cli, ["show", *REPORT, "--format", "csv", "--out", str(target), "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 15 and rows[0]["jurisdiction_code"] == "441284"
    assert target.read_bytes().startswith(BOM)


def test_out_refuses_the_database_it_reads(built_db: Path):
    before = built_db.read_bytes()[:4096]
    result = CliRunner().invoke(cli, ["show", *REPORT, "--format", "csv", "--out", str(built_db), "--db", str(built_db)])
    assert result.exit_code == 1 and "[output-is-input]" in result.stderr
    assert built_db.read_bytes()[:4096] == before


def test_a_table_or_json_gets_no_bom(built_db: Path, tmp_path: Path):
    for fmt in ("table", "json"):
        target = tmp_path / f"values.{fmt}"
        result = CliRunner().invoke(cli, ["show", *REPORT, "--format", fmt, "--out", str(target), "--db", str(built_db)])
        assert result.exit_code == 0, result.output
        assert not target.read_bytes().startswith(BOM)
    assert "指标值 Indicator values" in (tmp_path / "values.table").read_text(encoding="utf-8")  # the heading too
