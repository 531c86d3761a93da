"""A page onboarded into conftest's project folder as an analyst does it (`add-report`, the issuer filled
in, reviewed figures written, `build`), for the tests of what the build accepts from a real page."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from indicators.cli import cli

HEADER = "metric_id,period,value,unit,qualifier,quote,note\n"


def run(project: Path, *args: str):
    """The CLI on `project` (INDICATORS_ROOT), as a user in that folder runs it."""
    return CliRunner().invoke(cli, list(args), env={"INDICATORS_ROOT": str(project)})


def add_page(project: Path, folder: Path, page: str, report_id: str, issuer: str) -> Path:
    """`page` added as `report_id` (<code>-<year>) with its issuer filled in; returns the project."""
    code, year = report_id.split("-")
    source = folder / "page.txt"
    source.write_text(page, encoding="utf-8")
    result = run(project, "add-report", str(source), "--jurisdiction", code, "--year", year)
    assert result.exit_code == 0, result.output
    meta = project / "data" / "raw" / "reports" / f"{report_id}.meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('issuer: ""', f'issuer: "{issuer}"'), encoding="utf-8")
    return project


def page_project(page: str, report_id: str, issuer: str):
    """A test module's `project` fixture (`project = page_project(PAGE, "411000-2023", "某市人民政府")`): conftest's
    project folder with `page` added as `report_id`, so that each module does not define the same fixture again."""
    @pytest.fixture()
    def project(project: Path, tmp_path: Path) -> Path:
        return add_page(project, tmp_path, page, report_id, issuer)
    return project


def build(project: Path, report_id: str, rows: str, db: Path, header: str = HEADER):
    """The reviewed `rows` (figures CSV lines under `header`) saved for `report_id`, then `indicators build`."""
    (project / "data" / "raw" / "figures" / f"{report_id}.csv").write_text(header + rows, encoding="utf-8")
    return run(project, "build", "--db", str(db))


def built_page(project: Path, folder: Path, page: str, report_id: str, issuer: str, rows: str) -> Path:
    """`page` added and its reviewed `rows` built into folder/db.duckdb, which is returned: the three steps each page
    test of a real report's imperfection takes before it reads what the pages show."""
    add_page(project, folder, page, report_id, issuer)
    db = folder / "db.duckdb"
    result = build(project, report_id, rows, db)
    assert result.exit_code == 0, result.output
    return db


def stored_rows(db: Path, report_id: str, columns: str) -> list[tuple]:
    """`columns` of `report_id`'s figures as the build stored them, in their file's row order (read-only)."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"select {columns} from figures where report_id = ? order by row_number",
                           [report_id]).fetchall()
