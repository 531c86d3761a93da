"""Faults found from outside (#18): raw inputs and parameters that crashed, hung or ran away.

Each gives exit 1 and one-line `Error:`s (no traceback), leaves the database built before byte for
byte, and writes nothing: YAML bombs and deep nesting in `-p` values and in report metadata, raw
files that are pipes or devices, a file name that is not UTF-8, a read-only or full disk, numbers
too large to compute with, and floods of errors.
"""

from __future__ import annotations

import csv
import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from digests import folder_digests, sha256
from error_lines import english
from raw_edits import apply_steps, copy_raw

from indicators.cli import cli
from indicators.cli_options import MAX_ERROR_LINES
from indicators.read.db import query_frame

ALIAS_BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
DEEP = "[" * 50_000 + "]" * 50_000



@pytest.fixture()
def raw(raw_dir: Path, tmp_path: Path) -> Path:
    return copy_raw(raw_dir, tmp_path / "data" / "raw")


def errors_only(result, code: str, max_lines: int = 1) -> list[str]:
    assert result.exit_code == 1, result.output
    assert not result.exception or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert 1 <= len(lines) <= max_lines and all(english(line).startswith("Error: ") for line in lines), result.stderr
    assert any(f"[{code}]" in line for line in lines), result.stderr
    return lines


def build_refused(raw: Path, db: Path, code: str, max_lines: int = 1) -> list[str]:
    before = sha256(db)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    lines = errors_only(result, code, max_lines)
    assert sha256(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(".lock")) == ["indicators.duckdb"]
    return lines


# --- -p values -----------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["[", "!!python/object/apply:os.system ['touch pwned']", "&a [*a]", ALIAS_BOMB.replace(
    "\n", ", ").join("{}"), DEEP, "x" * 20_000], ids=["unclosed", "python-object", "circular-alias", "alias-bomb",
                                                    "deep-nesting", "too-long"])
def test_yaml_parameter_values_are_refused_in_one_line(value: str, db: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(tmp_path / "out"),
                                      "-p", f"top={value}", "--db", str(db)])
    line = errors_only(result, "bad-parameter")[0]
    assert "field top" in line and len(line) < 400
    assert not (tmp_path / "out").exists() and not (tmp_path / "pwned").exists()


def test_a_parameter_with_its_own_option_is_refused_before_a_kernel_starts(db: Path, tmp_path: Path):
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(tmp_path / "out"),
                                      "-p", "year=1999", "--db", str(db)])
    assert "--year" in errors_only(result, "parameter-has-an-option")[0]
    assert not (tmp_path / "out").exists()


# --- report metadata -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [(ALIAS_BOMB, "unsafe-yaml"), (f"title: {DEEP}\n", "unsafe-yaml"),
                                            ("title: &t [*t]\n", "unsafe-yaml")], ids=["alias-bomb", "deep", "circular"])
def test_unsafe_metadata_is_refused(text: str, code: str, raw: Path, db: Path):
    (raw / "reports" / "441284-2017.meta.yml").write_text(text, encoding="utf-8")
    assert "data/raw/reports/441284-2017.meta.yml line" in build_refused(raw, db, code)[0]


def test_metadata_that_is_a_device_is_refused(raw: Path, db: Path):
    meta = raw / "reports" / "441284-2017.meta.yml"
    meta.unlink()
    meta.symlink_to("/dev/zero")
    build_refused(raw, db, "not-a-file")


def test_a_fifo_as_figures_file_is_refused_without_blocking(raw: Path, db: Path):
    figures = raw / "figures" / "441284-2017.csv"
    figures.unlink()
    os.mkfifo(figures)
    assert stat.S_ISFIFO(figures.stat().st_mode)
    build_refused(raw, db, "not-a-file")


def test_a_file_name_that_is_not_utf8_gives_a_readable_error(raw: Path, db: Path):
    figures = raw / "figures" / "441284-2017.csv"
    os.rename(figures, os.path.join(os.fsencode(figures.parent), b"441284-2017\xff.csv"))
    line = build_refused(raw, db, "bad-file-name")[0]
    assert "441284-2017\\udcff.csv" in line


# --- the disk ------------------------------------------------------------------------------------
def test_a_read_only_processed_folder_gives_one_error(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The tests run as root, for whom chmod makes nothing read-only: the OS's refusal is simulated where
    the build first writes (its lock file), as a read-only folder gives it."""
    db = tmp_path / "processed" / "indicators.duckdb"
    real_open = os.open

    def read_only_folder(path, flags, *args):
        if Path(path).parent == db.parent and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr("indicators.build.os.open", read_only_folder)
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    line = errors_only(result, "permission-denied")[0]
    assert str(db.parent) in line
    assert not db.exists()


FULL_DISK = """
import resource, signal, sys
from indicators.cli import cli
from indicators.cli_options import MAX_ERROR_LINES
from indicators.read.db import query_frame
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
cli(sys.argv[2:])
"""


def full_disk(limit: int, *args: str) -> subprocess.CompletedProcess:
    """`indicators ARGS` in a process that cannot write a file beyond `limit` bytes."""
    return subprocess.run([sys.executable, "-c", FULL_DISK, str(limit), *args], capture_output=True, text=True,
                          timeout=300)


def test_a_full_disk_during_build_keeps_the_old_database(raw: Path, db: Path):
    before = sha256(db)
    result = full_disk(64 * 1024, "build", "--raw", str(raw), "--db", str(db))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and english(lines[0]).startswith("Error: ") and "[disk-full]" in lines[0], result.stderr
    assert sha256(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(".lock")) == ["indicators.duckdb"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_full_disk_during_export_keeps_the_old_export(fmt: str, db: Path, tmp_path: Path):
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["export", "--format", fmt, "--out", str(out), "--db", str(db)])
    assert first.exit_code == 0, first.output
    before = folder_digests(out)
    result = full_disk(4 * 1024, "export", "--format", fmt, "--out", str(out), "--db", str(db))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and english(lines[0]).startswith("Error: ") and "[disk-full]" in lines[0], result.stderr
    assert folder_digests(out) == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [], "a temporary folder stayed"


# --- wrong results -------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["86.27", "86.270", "86.2700"])
def test_the_stated_rate_tolerance_comes_from_the_quote_not_the_typing(typed: str, raw: Path, tmp_path: Path):
    """The report writes 86.27%: ±0.005 however the analyst typed it; 86.270 made the check an error."""
    apply_steps(raw, [{"file": "figures/441284-2017.csv", "set_cell": {"row": 12, "field": "value", "value": typed}}])
    db = tmp_path / "typed.duckdb"
    built = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    assert built.exit_code == 0, built.output
    found = query_frame("select status, observed, expected from consistency_findings "
                        "where rule_id = 'stated_online_full_process_rate'", db_path=db)
    assert found["status"].tolist() == ["ok"], found
    tolerance = query_frame("select stated_tolerance from stated_figures "
                            "where indicator_id = 'online_full_process_rate'", db_path=db)
    assert tolerance["stated_tolerance"].tolist() == [pytest.approx(0.005)]


# --- floods --------------------------------------------------------------------------------------
@pytest.mark.parametrize("csv_limit", [131_072, 10**9], ids=["csv-default", "raised-by-frictionless"])
def test_a_megabyte_quote_is_refused_with_its_row(csv_limit: int, raw: Path, db: Path):
    """Whether or not something in the process raised the csv module's field limit (frictionless does)."""
    apply_steps(raw, [{"file": "figures/441284-2017.csv",
                       "set_cell": {"row": 9, "field": "quote", "value": "其中行政许可510项" + "长" * 1_000_000}}])
    before = csv.field_size_limit(csv_limit)
    try:
        line = build_refused(raw, db, "cell-too-long")[0]
    finally:
        csv.field_size_limit(before)
    assert "data/raw/figures/441284-2017.csv row 9, field quote" in line and "131,072" in line
    assert len(line.replace(str(raw), "data/raw")) < 400  # --raw's folder named in full (qa50), the value cut


def test_thousands_of_duplicate_rows_print_a_capped_list_and_a_count(raw: Path, db: Path):
    figures = raw / "figures" / "441284-2017.csv"
    lines = figures.read_text(encoding="utf-8").splitlines(keepends=True)
    figures.write_text("".join(lines) + lines[8] * 5_000, encoding="utf-8")
    shown = build_refused(raw, db, "more-problems", max_lines=MAX_ERROR_LINES + 1)
    assert len(shown) == MAX_ERROR_LINES + 1
    assert all("[duplicate-row]" in line for line in shown[:-1])
    total = int(shown[-1].split(", ")[-1].split(" in all")[0].replace(",", ""))
    assert total >= 5_000 and f"{total - MAX_ERROR_LINES:,} more problem(s) not shown" in shown[-1]
