"""`indicators add-report`, the review loop and the build, in a copy of the reference raw data."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from error_lines import english

from indicators.cli import cli
from indicators.onboard import code_table

PAGE = ("朝阳区人民政府2024年法治政府建设年度情况报告\r\n"
        "2024年，区政府收到行政复议申请120件，受理98件，审结行政复议案件90件。\r\n"
        "全区行政诉讼案件45件，败诉3件。全年清理规范性文件37件，废止5件。\r\n"
        "新建法治文化阵地12个，举办法治讲座8场。全区共有律师事务所15家。\r\n")


def run(project: Path, *args: str):
    return CliRunner().invoke(cli, list(args), env={"INDICATORS_ROOT": str(project)})


def add(project: Path, tmp_path: Path, encoding: str = "gbk", option: str | None = "gbk"):
    source = tmp_path / "page.txt"
    source.write_bytes(PAGE.encode(encoding))
    return source, run(project, "add-report", str(source), "--jurisdiction", "110105", "--year", "2024",
                       *(["--encoding", option] if option else []))


def test_add_report_copies_the_text_byte_for_byte_and_writes_its_metadata(project, tmp_path) -> None:
    source, result = add(project, tmp_path)
    assert result.exit_code == 0, result.output
    text = project / "data" / "raw" / "reports" / "110105-2024.txt"
    assert text.read_bytes() == source.read_bytes()
    meta = yaml.safe_load((project / "data" / "raw" / "reports" / "110105-2024.meta.yml").read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (meta["jurisdiction_name"], meta["encoding"]) == ("朝阳区", "gb18030")  # from the shipped GB/T 2260 table
    assert (meta["title"], meta["issuer"]) == ("朝阳区人民政府2024年法治政府建设年度情况报告", "朝阳区人民政府")
    assert "接下来请审核：To review next:" in result.output.splitlines() and "110105-2024-candidates.csv" in result.output
    candidates = project / "data" / "processed" / "review" / "110105-2024-candidates.csv"
    assert "reconsideration_cases" in candidates.read_text(encoding="utf-8")


def test_the_encoding_is_detected_when_not_named(project, tmp_path) -> None:
    _, result = add(project, tmp_path, encoding="gb18030", option=None)
    assert result.exit_code == 0, result.output
    meta = (project / "data" / "raw" / "reports" / "110105-2024.meta.yml").read_text(encoding="utf-8")
    assert "encoding: gb18030" in meta


def test_add_report_never_overwrites(project, tmp_path) -> None:
    add(project, tmp_path)
    text = project / "data" / "raw" / "reports" / "110105-2024.txt"
    before = text.read_bytes()
    _, again = add(project, tmp_path, encoding="utf-8", option="utf-8")
    assert again.exit_code == 1 and "[exists]" in again.output
    assert text.read_bytes() == before


def test_review_then_build(project, tmp_path) -> None:
    add(project, tmp_path)
    candidates = project / "data" / "processed" / "review" / "110105-2024-candidates.csv"
    figures = project / "data" / "raw" / "figures" / "110105-2024.csv"
    shutil.copy(candidates, figures)
    rows = list(csv.DictReader(figures.open(encoding="utf-8")))
    unreviewed = [r for r in rows if not r["metric_id"]]
    assert unreviewed
    refused = run(project, "build", "--db", str(tmp_path / "db.duckdb"))
    assert refused.exit_code == 1
    errors = [line for line in refused.output.splitlines() if english(line).startswith("Error:")]
    assert len(errors) == len(unreviewed) and all("[unreviewed-row]" in e for e in errors)  # one line each
    with figures.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(r for r in rows if r["metric_id"])
    built = run(project, "build", "--db", str(tmp_path / "db.duckdb"))
    assert built.exit_code == 0, built.output  # 110105 is known through the shipped code table


def test_a_figure_may_take_another_measure_word_of_its_family_that_its_quote_writes(project, tmp_path) -> None:
    add(project, tmp_path)
    figures = project / "data" / "raw" / "figures" / "110105-2024.csv"
    header = "metric_id,period,value,unit,qualifier,quote,note\n"
    figures.write_text(header + "normative_docs_reviewed,2024,37,件,,全年清理规范性文件37件,\n", encoding="utf-8")
    assert run(project, "build", "--db", str(tmp_path / "db.duckdb")).exit_code == 0  # 件 for a metric in 份
    figures.write_text(header + "normative_docs_reviewed,2024,37,件,,全年清理规范性文件37份,\n", encoding="utf-8")
    refused = run(project, "build", "--db", str(tmp_path / "db.duckdb"))
    assert refused.exit_code == 1 and "[unit-mismatch]" in refused.output


def test_a_text_without_metadata_gets_a_warning(project, tmp_path) -> None:
    (project / "data" / "raw" / "reports" / "999999-2020.txt").write_text("某报告", encoding="utf-8")
    result = run(project, "build", "--db", str(tmp_path / "db.duckdb"))
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.output and "999999-2020.txt has no 999999-2020.meta.yml" in result.output
    assert "警告：" in result.output and "999999-2020.txt 旁边没有 999999-2020.meta.yml，未构建" in result.output


@pytest.mark.parametrize(("code", "year", "name"), [("420821", "2015", "京山县"), ("420882", "2022", "京山市"),
                                                    ("130481", "2016", "武安市"), ("130408", "2021", "永年区")])
def test_codes_retired_and_created_since_both_resolve_with_their_parent(project, tmp_path, code, year, name) -> None:
    """京山县 became 京山市 (420882) in 2018 and 永年县 永年区 (130408) in 2016: a report of either year keeps its own
    code, and add-report names the jurisdiction and its prefecture from the shipped table for both."""
    source = tmp_path / "page.txt"
    source.write_text(f"{name}{year}年法治政府建设情况报告\n全年办理行政复议案件12件。\n", encoding="utf-8")
    result = run(project, "add-report", str(source), "--jurisdiction", code, "--year", year)
    assert result.exit_code == 0, result.output
    meta = yaml.safe_load((project / "data" / "raw" / "reports" / f"{code}-{year}.meta.yml").read_text(encoding="utf-8"))
    assert meta["jurisdiction_name"] == name
    table = code_table().set_index("jurisdiction_code")
    assert table.loc[table.loc[code, "parent_code"], "level"] == "prefecture"
