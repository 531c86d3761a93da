"""Exports opened in a spreadsheet run nothing: every free-text field of the raw data, made to start
like a formula (= + - @, tab, carriage return), comes out of the CSV export with a leading `'` and out
of the xlsx export as a string cell marked "quote prefix", never as a formula. Numbers stay numbers,
negative ones included, and an over-long text says in its cell that it was cut."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from raw_edits import apply_steps, copy_raw

from indicators.cli import cli
from indicators.export.cells import XLSX_CELL_LIMIT, starts_like_formula, xlsx_text

SENTENCE = "其中行政许可510项,公共服务421项"
# every free-text field the exports show, with the formula start it is given
HOSTILE_FIELDS = {
    "figures/441284-2017.csv": {"note": "=1+1"},
    "catalog/jurisdictions.csv": {"name_zh": "@SUM(1+1)", "name_en": "-2+3"},
    "catalog/metrics.csv": {"name_zh": "+cmd|' /C calc'!A0", "name_en": '=HYPERLINK("http://x.invalid","y")'},
    "catalog/indicators.csv": {"name_zh": "=1+1", "name_en": "@x"},
    "catalog/consistency_rules.csv": {"description_zh": "\t=1+1", "description_en": "\t@x"},
    "catalog/targets.csv": {"scope_zh": "=1+1", "document_title": "+1+1", "document_number": "-1+1", "issuer": "@1",
                            "quote": "=1+1", "note": "=1+1"},
}


def prefix_fields(raw: Path) -> None:
    """Put each hostile start in front of every value of its field (an empty value becomes the start alone)."""
    for name, fields in HOSTILE_FIELDS.items():
        path = raw / name
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        for row in rows:
            for field, start in fields.items():
                row[field] = start + row[field]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def exported(raw_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("formulas")
    raw = copy_raw(raw_dir, tmp / "raw")
    prefix_fields(raw)
    # a quote (two figures and a stated one share it) that starts like a formula
    apply_steps(raw, [
        {"file": "reports/441284-2017.txt", "replace": {"old": SENTENCE, "new": "-" + SENTENCE}},
        {"file": "reports/441284-2017.txt", "rehash": True},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "quote", "value": "-" + SENTENCE}},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 10, "field": "quote", "value": "-" + SENTENCE}},
        {"file": "reports/441284-2017.meta.yml", "replace": {"old": "jurisdiction_name: 四会市",
                                                            "new": "jurisdiction_name: '@SUM(1+1)四会市'"}},
    ])
    runner = CliRunner()
    db = tmp / "indicators.duckdb"
    built = runner.invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    assert built.exit_code == 0, built.output
    for fmt in ("csv", "xlsx"):
        result = runner.invoke(cli, ["export", "--format", fmt, "--out", str(tmp / "out"), "--db", str(db)])
        assert result.exit_code == 0, result.output
    return tmp / "out"


def csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / "indicators_all_all_csv" / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_cells_that_start_like_a_formula_get_a_leading_quote(exported: Path):
    tables = ("figures", "indicator_values", "consistency_findings", "target_gaps")
    cells = [value for table in tables for row in csv_rows(exported, table) for value in row.values()]
    assert not [c for c in cells if starts_like_formula(c)], "a CSV cell would run as a formula"
    prefixed = [c for c in cells if c.startswith("'")]
    assert all(starts_like_formula(c[1:]) for c in prefixed), "a leading ' was put on a harmless cell"
    figures = csv_rows(exported, "figures")
    assert {row["note"][:5] for row in figures} == {"'=1+1"}
    assert {row["jurisdiction_name"] for row in figures} == {"'@SUM(1+1)四会市"}
    assert sum(row["quote"] == "'-" + SENTENCE for row in figures) == 2
    assert {row["issuer"][:3] for row in csv_rows(exported, "target_gaps")} == {"'@1"}
    descriptions = {row["description_zh"][:2] for row in csv_rows(exported, "consistency_findings")
                    if not row["rule_id"].startswith("stated_")}
    assert descriptions == {"'\t"}
    negative = [row["gap"] for row in csv_rows(exported, "target_gaps") if row["gap"].startswith("-")]
    assert negative and all(float(v) < 0 for v in negative), "negative numbers stay plain numbers"


def test_xlsx_text_cells_are_strings_never_formulas(exported: Path):
    book = load_workbook(exported / "indicators_all_all.xlsx")
    formulas, unmarked, texts = [], [], []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":
                    formulas.append(cell.coordinate)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    if starts_like_formula(cell.value) and not cell.quotePrefix:
                        unmarked.append((sheet.title, cell.coordinate, cell.value))
    assert formulas == []
    assert unmarked == []
    assert sum(t.startswith("=1+1") for t in texts) >= 45, "the notes were not written as their text"
    assert texts.count("-" + SENTENCE) == 2
    values = [c.value for c in book["指标值 indicator_values"]["M"][1:]]
    assert book["指标值 indicator_values"]["M1"].value == "指标值 value"
    assert all(v is None or isinstance(v, float | int) for v in values)
    gaps = [c.value for c in book.worksheets[3]["S"][1:]]
    assert book.worksheets[3]["S1"].value == "差距 gap"
    assert any(isinstance(v, float | int) and v < 0 for v in gaps), "negative numbers stay numbers"


def test_a_text_longer_than_an_xlsx_cell_says_it_was_cut():
    text = "长" * 42_019
    cell = xlsx_text(text)
    assert len(cell) == XLSX_CELL_LIMIT
    assert cell.startswith("长" * 30_000) and cell.endswith("[cut: 42,019 characters in all; the CSV and Parquet "
                                                            "exports hold the whole text]")
    assert xlsx_text("短") == "短"


@pytest.mark.parametrize(("text", "formula"), [
    ("=1+1", True), ("+1+1", True), ("+1", False), ("-2+3", True), ("@SUM(A1)", True), ("\t=1", True), ("\r1", True),
    ("-510", False), ("+3.5", False), ("86.27", False), ("四会市", False), ("", False), ("a=1", False),
])
def test_what_starts_like_a_formula(text, formula):
    assert starts_like_formula(text) is formula


def test_show_as_csv_neutralizes_formula_text_too(exported: Path):
    """`indicators show --format csv > x.csv` is opened in spreadsheets as well."""
    db = exported.parent / "indicators.duckdb"
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017", "--format", "csv",
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["name_zh"][:5] for row in rows} == {"'=1+1"}
    assert not [v for row in rows for v in row.values() if starts_like_formula(v)]
