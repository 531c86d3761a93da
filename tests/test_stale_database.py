"""A database built by another version of the package is refused before anything is read from it.

The build records the fingerprint of the `.sql` files that define what it stores (read/stamp.py). A
file from another version (found on 2026-12-03: a national batch over a database built two commits
earlier failed its profile page on a missing macro in each of 100 jurisdictions, while its other pages
rendered from the old relations) gets one `Error:` line per command, no page, table or export, and
works again once rebuilt.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from error_lines import english

from indicators.cli import cli
from indicators.read.db import query_frame
from indicators.read.stamp import layout_fingerprint

REPORT = ["--jurisdiction", "441284", "--year", "2017"]
AGE = {
    "another version's stamp": "update build_stamp set layout_fingerprint = 'built by an older version'",
    "no stamp (built before stamps)": "drop table build_stamp",
}


def age(db: Path, statement: str) -> None:
    with duckdb.connect(str(db)) as con:
        con.execute(statement)
        con.execute("checkpoint")


def one_stale_line(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert not result.exception or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and english(lines[0]).startswith("Error: ") and "[stale-database]" in lines[0], result.stderr
    assert "indicators build" in lines[0]


def test_a_fresh_build_records_this_versions_layout(built_db: Path):
    assert query_frame("select * from build_stamp", db_path=built_db).to_dict("records") == [
        {"layout_fingerprint": layout_fingerprint()}
    ]


@pytest.mark.parametrize("statement", AGE.values(), ids=AGE.keys())
def test_every_reading_command_refuses_an_older_database_with_one_line(db: Path, tmp_path: Path, statement: str):
    age(db, statement)
    for args in (["show", *REPORT], ["check", *REPORT],
                 ["export", "--format", "csv", "--out", str(tmp_path / "exports")]):
        one_stale_line([*args, "--db", str(db)])
    assert not (tmp_path / "exports").exists() or not any((tmp_path / "exports").iterdir()), "an export was written"


def test_a_run_makes_no_page_from_an_older_database(db: Path, tmp_path: Path):
    age(db, AGE["another version's stamp"])
    one_stale_line(["run", *REPORT, "--db", str(db), "--out", str(tmp_path / "reports")])
    assert not list(tmp_path.glob("reports/**/*.html")), "a page was made from the older database"


def test_a_reader_notices_when_the_file_it_checked_is_replaced_by_an_older_one(db: Path):
    assert len(query_frame("select * from indicator_values", db_path=db)) > 0  # checked, and remembered as good
    age(db, AGE["another version's stamp"])
    with pytest.raises(Exception, match="stale-database"):
        query_frame("select * from indicator_values", db_path=db)


def test_a_rebuild_makes_it_readable_again(db: Path, raw_dir: Path):
    age(db, AGE["no stamp (built before stamps)"])
    assert CliRunner().invoke(cli, ["build", "--raw", str(raw_dir), "--db", str(db)]).exit_code == 0
    assert CliRunner().invoke(cli, ["show", *REPORT, "--db", str(db)]).exit_code == 0
