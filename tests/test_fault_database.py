"""Faults found from outside (#18): the database file itself in a bad state.

A read-write session killed mid-way leaves `<db>.wal`; DuckDB would replay it into every read-only
connection, so readers refuse the database instead of showing that session's changes, and the next
build removes the log with the file it belonged to, after which readers work again. A damaged page
or a file from another version gives one `Error:` line in every reading command, never a traceback.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import duckdb
from click.testing import CliRunner
from digests import sha256
from error_lines import english

from indicators.cli import cli
from indicators.read.db import query_frame, wal_path

KILLED_WRITER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("delete from indicator_values")
print("deleted", flush=True)
time.sleep(600)
"""
REPORT = ["--jurisdiction", "441284", "--year", "2017"]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_error(result, code: str) -> None:
    assert result.exit_code == 1, result.output
    assert not result.exception or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and english(lines[0]).startswith("Error: ") and f"[{code}]" in lines[0], result.stderr


def kill_a_writer_mid_session(db: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "deleted"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert wal_path(db).exists(), "the killed session left no WAL: the test shows nothing"


def test_a_killed_writers_wal_is_never_shown_and_the_next_build_removes_it(db: Path, raw_dir: Path, tmp_path: Path):
    kill_a_writer_mid_session(db)
    before = {path.name: sha256(path) for path in (db, wal_path(db))}
    for command in ("show", "check"):
        result = invoke(command, *REPORT, "--db", str(db))
        one_error(result, "stale-wal")
        assert "indicators build" in result.stderr
    one_error(invoke("export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(db)), "stale-wal")
    after = {path.name: sha256(path) for path in (db, wal_path(db))}
    assert after == before, "a refused reader changed the database or its log"

    built = invoke("build", "--raw", str(raw_dir), "--db", str(db))
    assert built.exit_code == 0, built.output
    assert not wal_path(db).exists()
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(".lock")) == ["indicators.duckdb"]
    assert query_frame("select count(*) as n from indicator_values", db_path=db)["n"].iloc[0] == 15
    for command in ("show", "check"):
        assert invoke(command, *REPORT, "--db", str(db)).exit_code == 0
    again = invoke("build", "--raw", str(raw_dir), "--db", str(db))
    assert again.exit_code == 0, again.output
    assert invoke("show", *REPORT, "--db", str(db)).exit_code == 0


def test_a_database_from_another_version_gives_one_error_line(db: Path, tmp_path: Path):
    con = duckdb.connect(str(db))
    con.execute("alter table figures drop column quote")  # as an older layout would lack it
    con.execute("checkpoint")
    con.close()
    one_error(invoke("export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(db)),
              "unreadable-database")
    assert not list((tmp_path / "out").glob("*_csv")), "a half export was published"


def test_a_corrupt_page_gives_one_error_line_in_every_reader(db: Path, tmp_path: Path):
    data = bytearray(db.read_bytes())
    block = 256 * 1024  # DuckDB's block size: the header blocks stay, the data blocks after them are garbage
    for start in range(3 * 4096 + block, len(data), block):
        data[start:start + 4096] = b"\xa5" * min(4096, len(data) - start)
    db.write_bytes(bytes(data))
    for args in (["show", *REPORT], ["check", *REPORT], ["export", "--format", "xlsx", "--out", str(tmp_path / "x")]):
        result = invoke(*args, "--db", str(db))
        assert result.exit_code == 1, (args, result.output)
        assert not result.exception or isinstance(result.exception, SystemExit), (args, repr(result.exception))
        lines = result.stderr.splitlines()
        assert lines and all(english(line).startswith("Error: ") for line in lines), (args, result.stderr)
