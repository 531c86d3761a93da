"""The `indicators` command: exact output shapes and error lines, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indicators.cli import cli


@pytest.fixture()
def run(built_db):
    def invoke(*args: str):
        return CliRunner().invoke(cli, [*args, "--db", str(built_db)])

    return invoke


def test_show_json_has_the_documented_fields(run):
    result = run("show", "--jurisdiction", "441284", "--year", "2017", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 15
    for key in ("jurisdiction_code", "year", "indicator_id", "value", "numerator", "denominator", "unit"):
        assert key in rows[0]
    online = next(r for r in rows if r["indicator_id"] == "online_full_process_rate")
    assert (online["numerator"], online["denominator"], online["stated_value"]) == (440, 510, 86.27)


def test_show_table_lists_indicators_with_chinese_names(run):
    result = run("show", "--jurisdiction", "441284", "--year", "2017")
    assert result.exit_code == 0
    assert "网上全流程办理率" in result.stdout
    assert "86.27" in result.stdout
    title, columns = result.stdout.splitlines()[:2]
    assert title == "四会市（441284）2017年 指标值 Indicator values"
    assert "分子 numerator" in columns and "报告所述值 stated value" in columns
    assert "stated_value" not in columns and "name_zh" not in columns, "a column id as a header"


def test_check_table_names_the_report_and_titles_its_columns(run):
    result = run("check", "--jurisdiction", "441284", "--year", "2017")
    title, columns = result.stdout.splitlines()[:2]
    assert title == "四会市（441284）2017年 一致性检查 Consistency checks"
    assert "应为 expected" in columns and "description_zh" not in columns
    # each row's result in words, as the consistency page says it, not the stored code alone
    assert "错误 error" in result.stdout and "通过 ok" in result.stdout


def test_show_csv(run):
    result = run("show", "--jurisdiction", "441284", "--year", "2017", "--format", "csv")
    # stdout is no terminal here: the UTF-8 BOM a spreadsheet needs comes first (tests/test_show_csv_bom.py)
    assert result.stdout.splitlines()[0].startswith("\ufeffjurisdiction_code,jurisdiction_name,year,indicator_id")
    # a header and the 15 indicators, each line ended once: no blank row at the end of a redirected file
    assert result.stdout.count("\n") == 16 and result.stdout.endswith("\n") and not result.stdout.endswith("\n\n")


def test_unknown_jurisdiction_lists_what_exists(run):
    result = run("show", "--jurisdiction", "441299", "--year", "2017")
    assert result.exit_code == 1
    assert result.stderr == ('错误：字段 jurisdiction：行政区未知。'
                             'Error: field jurisdiction: "441299" is not loaded; loaded: 441284 四会市 [unknown-jurisdiction]\n')


def test_unknown_year_lists_years(run):
    result = run("show", "--jurisdiction", "441284", "--year", "2016")
    assert result.exit_code == 1
    assert result.stderr == ('错误：字段 year：年度没有报告。'
                             'Error: field year: "2016" has no report for 441284; years loaded: 2017 [unknown-year]\n')


def test_check_reports_the_document_gap_and_strict_fails(run):
    result = run("check", "--jurisdiction", "441284", "--year", "2017")
    assert result.exit_code == 0
    assert "normative_doc_outcomes" in result.stdout
    assert "（相差 5）" in result.stdout
    assert "1 error(s), 0 warning(s), 12 check(s) passed, 1 not evaluated." in result.stderr
    strict = run("check", "--jurisdiction", "441284", "--year", "2017", "--strict")
    assert strict.exit_code == 1


def test_missing_database_says_to_build(tmp_path):
    missing = str(tmp_path / "none.duckdb")
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017", "--db", missing])
    assert result.exit_code == 1
    assert "run `indicators build` first" in result.stderr
