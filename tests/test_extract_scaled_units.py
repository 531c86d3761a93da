"""A figure written with 万 before a measure word of its metric's family (31.5万件), or with another scale
than its metric's unit (1.86亿元 or 650元 for a metric in 万元), passes the build and is stored in the metric's
unit, so that sums and rates add like with like (#17). A figure entered in its metric's unit where the quote
writes the number with another scale (3.2 件 for 3.2万件) is refused: stored so, it would be 10^4 off."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from onboarded_page import stored_rows

from indicators.cli import cli

PAGE = ("某市司法局2024年行政复议工作情况\n"
        "2024年，全市收到行政复议申请3.2万件，受理2.85万件，组织法律知识培训12.5万人次。\n"
        "全年行政处罚罚没款1.86亿元，另一案罚款650元。\n"
        "全市行政赔偿案件12件，赔偿金额12万元。\n")
HEADER = "metric_id,period,value,unit,qualifier,quote,note\n"


@pytest.fixture()
def project(project: Path, tmp_path: Path) -> Path:
    """conftest's project folder with the page added as 110105-2024."""
    root = project
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    result = run(root, "add-report", str(source), "--jurisdiction", "110105", "--year", "2024")
    assert result.exit_code == 0, result.output
    meta = root / "data" / "raw" / "reports" / "110105-2024.meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('issuer: ""', 'issuer: "某市司法局"'), encoding="utf-8")
    return root


def run(project: Path, *args: str):
    return CliRunner().invoke(cli, list(args), env={"INDICATORS_ROOT": str(project)})


def build(project: Path, rows: str, db: Path):
    (project / "data" / "raw" / "figures" / "110105-2024.csv").write_text(HEADER + rows, encoding="utf-8")
    return run(project, "build", "--db", str(db))


def test_wan_before_a_measure_word_of_the_family_is_stored_in_the_metric_unit(project, tmp_path) -> None:
    db = tmp_path / "db.duckdb"
    result = build(project, "reconsideration_cases,2024,3.2,万件,,全市收到行政复议申请3.2万件,\n"
                            "reconsideration_accepted,2024,2.85,万件,,受理2.85万件,\n"
                            "law_training_attendance,2024,12.5,万人次,,组织法律知识培训12.5万人次,\n", db)
    assert result.exit_code == 0, result.output
    rows = stored_rows(db, "110105-2024", "metric_id, value, value_text, unit, quote")
    assert rows == [("reconsideration_cases", 32000.0, "32000", "件", "全市收到行政复议申请3.2万件"),
                    ("reconsideration_accepted", 28500.0, "28500", "件", "受理2.85万件"),
                    ("law_training_attendance", 125000.0, "125000", "人次", "组织法律知识培训12.5万人次")]


@pytest.mark.parametrize("row", [
    "reconsideration_cases,2024,3.2,万宗,,全市收到行政复议申请3.2万件,\n",  # the quote does not write 万宗
    "reconsideration_cases,2024,3.2,万人,,全市收到行政复议申请3.2万件,\n",  # 人 is not a word for cases
    "enforcement_fines,2024,1.86,亿件,,全年行政处罚罚没款1.86亿元,\n",  # 件 is not money, whatever its scale
    "enforcement_fines,2024,650,万元,,另一案罚款650元,\n".replace("万元,,", "亿元,,"),  # the quote writes 元
])
def test_a_scaled_unit_the_quote_does_not_write_or_the_family_does_not_hold_is_refused(project, tmp_path, row) -> None:
    result = build(project, row, tmp_path / "db.duckdb")
    assert result.exit_code == 1 and "[unit-mismatch]" in result.output


@pytest.mark.parametrize(("row", "stored"), [
    ("enforcement_fines,2024,1.86,亿元,,全年行政处罚罚没款1.86亿元,\n", (18600.0, "18600", "万元")),
    ("enforcement_fines,2024,650,元,,另一案罚款650元,\n", (0.065, "0.065", "万元")),
])
def test_another_scale_of_the_metric_unit_is_stored_in_it(project, tmp_path, row, stored) -> None:
    """亿 is 10^4 万, and 元 is 10^-4 万元."""
    db = tmp_path / "db.duckdb"
    result = build(project, row, db)
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as con:
        value = con.execute("select value, value_text, unit from figures where report_id = '110105-2024'").fetchone()
    assert value == stored


@pytest.mark.parametrize("row", [
    "reconsideration_cases,2024,3.2,件,,全市收到行政复议申请3.2万件,\n",  # 3.2 件 would be 32,000 too few
    "enforcement_fines,2024,1.86,万元,,全年行政处罚罚没款1.86亿元,\n",  # 1.86 万元 would be 10^4 too little
])
def test_a_figure_without_the_scale_its_quote_writes_is_refused(project, tmp_path, row) -> None:
    db = tmp_path / "db.duckdb"
    result = build(project, row, db)
    assert result.exit_code == 1 and "[unit-scale-not-in-quote]" in result.output
    assert not db.exists()


def test_a_quote_writing_the_number_with_the_entered_unit_too_is_not_refused(project, tmp_path) -> None:
    """12件 and 12万元 in one quote: the figure entered as 12 件 may be the first, so it passes as written."""
    db = tmp_path / "db.duckdb"
    result = build(project, "reconsideration_cases,2024,12,件,,全市行政赔偿案件12件，赔偿金额12万元,\n", db)
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select value, unit from figures where report_id = '110105-2024'").fetchone() == (12.0, "件")
