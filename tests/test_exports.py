"""`indicators export`: the xlsx, Parquet and CSV files read back and compared with the database,
the data package validated by frictionless, refusals, and nothing half-written on failure."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import frictionless
import pytest
from click.testing import CliRunner
from error_lines import english
from openpyxl import load_workbook

from indicators.cli import cli
from indicators.export import export

NAME = "indicators_441284_2017"


@pytest.fixture(scope="module")
def exported(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three formats of 441284/2017, written once through the CLI."""
    out = tmp_path_factory.mktemp("exports")
    for fmt in ("csv", "parquet", "xlsx"):
        result = CliRunner().invoke(cli, ["export", "--format", fmt, "--jurisdiction", "441284", "--year", "2017",
                                          "--out", str(out), "--db", str(built_db)])
        assert result.exit_code == 0, result.output
        assert "figures 45, indicator_values 15" in result.stdout
    return out


@pytest.fixture()
def db(built_db: Path):
    con = duckdb.connect(str(built_db), read_only=True)
    yield con
    con.close()


def test_export_writes_the_documented_files(exported: Path):
    assert sorted(p.name for p in exported.iterdir()) == [f"{NAME}.xlsx", f"{NAME}_csv", f"{NAME}_parquet"]
    assert sorted(p.name for p in (exported / f"{NAME}_csv").iterdir()) == [
        "consistency_findings.csv", "datapackage.json", "figures.csv", "indicator_values.csv", "target_gaps.csv"]
    assert sorted(p.name for p in (exported / f"{NAME}_parquet").iterdir()) == [
        "consistency_findings.parquet", "figures.parquet", "indicator_values.parquet", "target_gaps.parquet"]


def test_xlsx_sheets_headers_and_formats(exported: Path):
    book = load_workbook(exported / f"{NAME}.xlsx")
    assert book.sheetnames == ["数据 figures", "指标值 indicator_values", "一致性检查 consistency_findings",
                               "目标差距 target_gaps"]
    sheet = book["指标值 indicator_values"]
    header = [c.value for c in sheet[1]]
    assert header[:13] == ["报告 report", "行政区划代码 jurisdiction code", "行政区 jurisdiction", "报告年度 report year",
                           "报告期间 period covered", "指标 indicator", "名称 name (Chinese)", "英文名称 name",
                           "维度代码 dimension code", "维度 dimension", "分子 numerator", "分母 denominator",
                           "指标值 value"]
    assert sheet.freeze_panes == "A2"
    rows = {r[5].value: r for r in sheet.iter_rows(min_row=2)}
    online = rows["online_full_process_rate"]
    assert online[4].value == "全年"  # the bundled report covers its whole year
    # numbers are numbers; the rate stays in percent and is formatted to show a % sign
    assert (online[10].value, online[11].value) == (440, 510)
    assert online[12].value == pytest.approx(100 * 440 / 510)
    assert online[12].number_format == '0.00"%"'
    assert online[14].value == 86.27
    figures = book["数据 figures"]
    quote_column = [c.value for c in figures[1]].index("原文 quote") + 1
    letter = figures.cell(1, quote_column).column_letter
    # the quote column is sized to its Chinese content (wide characters count double), capped
    assert figures.column_dimensions[letter].width > 40


def test_xlsx_values_match_the_database(exported: Path, db):
    book = load_workbook(exported / f"{NAME}.xlsx")
    sheet = book["指标值 indicator_values"]
    from_sheet = {(r[5].value, r[10].value, r[11].value, None if r[12].value is None else round(r[12].value, 9))
                  for r in sheet.iter_rows(min_row=2)}
    from_db = {(i, n, d, None if v is None else round(v, 9)) for i, n, d, v in db.execute(
        "select indicator_id, numerator, denominator, value from indicator_values where report_id = '441284-2017'").fetchall()}
    assert from_sheet == from_db
    gaps = book["目标差距 target_gaps"]
    header = [c.value for c in gaps[1]]
    status, words = header.index("达标情况代码 status code"), header.index("达标情况 status")
    statuses = sorted(r[status].value for r in gaps.iter_rows(min_row=2))
    # a target of a document issued after the report's year is exported as such, not as `not reported`
    assert statuses == sorted(s for (s,) in db.execute(
        "select if(status = 'not reported' and left(issued, 4) > '2017', 'issued after the report year', status) "
        "from target_gaps where report_id = '441284-2017'").fetchall())
    # beside each code, the words the target page uses (sql/39_code_words.sql): no row left with a bare id
    shown = {r[status].value: r[words].value for r in gaps.iter_rows(min_row=2)}
    assert shown["met"] == "达标" and shown["issued after the report year"] == "文件在报告年度之后印发，未作对照"
    assert all(shown.values())



def test_xlsx_says_each_code_in_words_beside_it(exported: Path):
    """An analyst filtering the xlsx in Excel or WPS reads 下限 and 未检查, not lower_bound and not evaluated; the
    code stays beside the words for whoever joins the tables (the CSV and Parquet carry both too)."""
    book = load_workbook(exported / f"{NAME}.xlsx")
    figures = book["数据 figures"]
    header = [c.value for c in figures[1]]
    code, words = header.index("限定代码 qualifier code"), header.index("限定 qualifier")
    shown = {r[code].value: r[words].value for r in figures.iter_rows(min_row=2)}
    assert shown == {None: None, "lower_bound": "下限（以上、多、余）", "upper_bound": "上限（以内、以下）"}
    findings = book["一致性检查 consistency_findings"]
    header = [c.value for c in findings[1]]
    code, words = header.index("结果代码 status code"), header.index("结果 status")
    shown = {r[code].value: r[words].value for r in findings.iter_rows(min_row=2)}
    assert shown["error"] == "错误" and all(shown.values())


def test_xlsx_says_kinds_and_dimensions_in_words(exported: Path):
    """Trial 28: the target sheet's 对象类型 column showed `metric` and `indicator`, and the figures' and indicator
    values' 维度 column `legal_awareness`: ids an analyst filtering in Excel cannot read. Each now has its words
    beside it, as the qualifier and statuses have."""
    book = load_workbook(exported / f"{NAME}.xlsx")
    gaps = book["目标差距 target_gaps"]
    header = [c.value for c in gaps[1]]
    code, words = header.index("对象类型代码 measure kind code"), header.index("对象类型 measure kind")
    assert words == code + 1
    shown = {r[code].value: r[words].value for r in gaps.iter_rows(min_row=2)}
    assert shown == {"indicator": "指标", "metric": "数据项"}
    for sheet_name, id_column in (("数据 figures", "数据项 metric"), ("指标值 indicator_values", "指标 indicator")):
        sheet = book[sheet_name]
        header = [c.value for c in sheet[1]]
        code, words = header.index("维度代码 dimension code"), header.index("维度 dimension")
        assert words == code + 1 and header.index(id_column) < code
        shown = {r[code].value: r[words].value for r in sheet.iter_rows(min_row=2)}
        assert shown["functions"] == "依法全面履行政府职能" and all(shown.values())

@pytest.mark.parametrize(("table", "view", "key"), [
    ("figures", "figures", "report_id, metric_id, period, value, unit, quote, quote_start, quote_end"),
    ("indicator_values", "indicator_values", "report_id, indicator_id, numerator, denominator, value, stated_value, "
                                             "stated_difference, reason"),
    ("consistency_findings", "consistency_findings", "report_id, period, rule_id, status, expected, observed, gap"),
    ("target_gaps", "target_gaps", "report_id, target_set, measure_kind, measure_id, target_value, value, gap, "
                                   "status, deadline, document_number"),
])
def test_parquet_reads_back_as_the_database_holds_it(exported: Path, db, table: str, view: str, key: str):
    parquet = str(exported / f"{NAME}_parquet" / f"{table}.parquet")
    exported_rows = db.execute(f"select {key} from read_parquet(?)", [parquet]).fetchall()
    db_rows = db.execute(f"select {key} from {view} where report_id = '441284-2017'").fetchall()
    if table == "target_gaps":  # a document issued after the report's year is exported as such
        later = {r for (r,) in db.execute("select target_set from target_gaps where report_id = '441284-2017' "
                                          "and status = 'not reported' and left(issued, 4) > '2017'").fetchall()}
        at = key.split(", ").index("status")
        db_rows = [r[:at] + ("issued after the report year",) + r[at + 1:]
                   if r[at] == "not reported" and r[1] in later else r for r in db_rows]
    assert len(exported_rows) == len(db_rows) > 0
    assert sorted(exported_rows, key=repr) == sorted(db_rows, key=repr)


def test_csv_has_a_bom_and_reads_back_in_chinese(exported: Path, db):
    path = exported / f"{NAME}_csv" / "indicator_values.csv"
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:6] == ["report_id", "jurisdiction_code", "jurisdiction_name", "report_year", "covers",
                                 "indicator_id"]
    online = next(r for r in rows if r["indicator_id"] == "online_full_process_rate")
    assert (online["name_zh"], float(online["numerator"]), float(online["stated_value"])) == ("网上全流程办理率", 440, 86.27)
    assert len(rows) == db.execute("select count(*) from indicator_values").fetchone()[0]


def test_csv_writes_whole_numbers_as_the_report_does(exported: Path):
    """150 名, not 150.0 名 (trial 20: every count of figures.csv ended in .0); 86.27 stays 86.27."""
    with (exported / f"{NAME}_csv" / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
        values = {(r["metric_id"], r["period"]): r["value"] for r in csv.DictReader(f)}
    assert values[("reconsideration_cases", "2017")] == "25"
    assert values[("online_full_process_rate_stated", "2017")] == "86.27"
    assert not [v for v in values.values() if v.endswith(".0")]


def test_data_package_validates(exported: Path):
    report = frictionless.validate(str(exported / f"{NAME}_csv" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "rowNumber", "fieldName", "note"])
    assert len(report.tasks) == 4


def test_data_package_catches_a_wrong_value(exported: Path, tmp_path: Path):
    """The validation has teeth: a number replaced by text in one CSV cell is a type error at that cell."""
    folder = tmp_path / "package"
    shutil.copytree(exported / f"{NAME}_csv", folder)
    path = folder / "indicator_values.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert ",440,510," in text
    path.write_text(text.replace(",440,510,", ",440,n/a,", 1), encoding="utf-8-sig")
    row = next(i for i, line in enumerate(text.splitlines(), start=1) if ",440,510," in line)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert not report.valid
    assert report.flatten(["type", "rowNumber", "fieldName"]) == [["type-error", row, "denominator"]]


def test_all_reports_when_no_selection(built_db: Path, tmp_path: Path, db):
    result = export("parquet", tmp_path, db_path=built_db)
    assert result.path.name == "indicators_all_all_parquet"
    assert result.rows["figures"] == db.execute("select count(*) from figures").fetchone()[0]


def test_a_failed_export_leaves_the_earlier_one_and_no_temporary_files(built_db: Path, tmp_path: Path, monkeypatch):
    first = export("csv", tmp_path, "441284", 2017, db_path=built_db)
    before = {p.name: p.read_bytes() for p in first.files}

    def broken(rel, target):
        target.write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr("indicators.export.run.write_csv", broken)
    with pytest.raises(OSError):
        export("csv", tmp_path, "441284", 2017, db_path=built_db)
    assert [p.name for p in tmp_path.iterdir()] == [f"{NAME}_csv"]
    assert {p.name: p.read_bytes() for p in first.path.iterdir()} == before


def test_export_refuses_unknown_selection_and_raw_output(built_db: Path, tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "csv", "--jurisdiction", "441299", "--out", str(tmp_path),
                                 "--db", str(built_db)])
    assert result.exit_code == 1
    assert english(result.stderr) == ('Error: field jurisdiction: "441299" is not loaded; loaded: 441284 四会市 '
                                      '[unknown-jurisdiction]\n')
    raw = Path(__file__).resolve().parents[1] / "data" / "raw" / "exports"
    result = runner.invoke(cli, ["export", "--format", "csv", "--out", str(raw), "--db", str(built_db)])
    assert result.exit_code == 1
    assert "[output-in-raw]" in result.stderr
    assert not raw.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_column_the_dictionary_does_not_describe_is_refused(built_db: Path):
    from dataclasses import replace

    from indicators.errors import IndicatorsError
    from indicators.export.dictionary import export_tables, relation
    from indicators.read.db import read_only

    table = next(t for t in export_tables() if t.name == "indicator_values")
    short = replace(table, columns=tuple(c for c in table.columns if c.name != "reason"))
    with read_only(built_db) as con, pytest.raises(IndicatorsError) as caught:
        relation(con, short, "441284", 2017)
    assert caught.value.problems[0].code == "export-columns-differ"
    assert "returns report_id" in caught.value.problems[0].message


def test_an_output_path_with_quotes_is_written_where_named(built_db: Path, tmp_path: Path):
    """The path reaches DuckDB as a value, never spliced into SQL: quotes in it are just characters."""
    out = tmp_path / "it's a ''folder'"
    result = export("parquet", out, "441284", 2017, db_path=built_db)
    assert result.path == out.resolve() / f"{NAME}_parquet"
    con = duckdb.connect()
    assert con.execute("select count(*) from read_parquet(?)", [str(result.path / "figures.parquet")]).fetchone()[0] == 45
