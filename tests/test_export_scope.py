"""The exported figures say whose a figure is and how the report wrote it. Trial 23 exported its reports
as an analyst would: figures.csv and the xlsx had no scope (the bundled report's 6 officers cleared are
市水务局水政监察大队's, exported as 四会市's with nothing to tell them apart) and said of `value` "in the unit
the report wrote" beside 37600 人 for 云南省 2023's 3.76万名, which the export did not show."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from indicators.cli import cli


def exported(db: Path, out: Path) -> list[dict[str, str]]:
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--jurisdiction", "441284", "--year", "2017",
                                      "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    (figures,) = out.rglob("figures.csv")
    with figures.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_a_figure_of_one_bureau_is_exported_with_its_scope(db: Path, tmp_path: Path) -> None:
    rows = exported(db, tmp_path)
    cleared = [r for r in rows if r["metric_id"] == "enforcement_officers_cleared" and r["period"] == "2017"]
    assert [(r["value"], r["scope"]) for r in cleared] == [("6", "市水务局水政监察大队")]
    assert all(r["scope"] == "" for r in rows if r is not cleared[0])


def test_the_export_has_the_words_the_report_wrote_and_the_variant(db: Path, tmp_path: Path) -> None:
    rows = exported(db, tmp_path)
    assert {"written", "variant"} <= set(rows[0])


def test_every_exported_table_names_the_jurisdiction(db: Path, tmp_path: Path) -> None:
    """Trial 24 exported 29 reports of 27 jurisdictions: consistency_findings and target_gaps listed
    150400 and 440307 with no name beside them, where figures and indicator values named 赤峰市 and 龙岗区."""
    exported(db, tmp_path)
    for table in ("figures", "indicator_values", "consistency_findings", "target_gaps"):
        (path,) = tmp_path.rglob(f"{table}.csv")
        with path.open(encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, table
        assert {r["jurisdiction_name"] for r in rows} == {"四会市"}, table
