"""Faults found from outside (#18): outputs that land where they must not.

No command writes inside any `data/raw` folder, however the path is given (relative from another
folder, through a symlink, into another checkout); `extract --out` never overwrites its own inputs and
replaces its output only when complete; the build lock never follows a symlink; an odd `--db` gets a
one-line error. Each case asserts exit 1, one `Error:` line, no traceback, and that nothing changed.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from digests import folder_digests
from error_lines import english
from raw_edits import copy_raw

from indicators.cli import cli

REPORT = "data/raw/reports/441284-2017.txt"
FIGURES = "data/raw/figures/441284-2017.csv"


@pytest.fixture()
def checkout(raw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A second checkout's data/raw; the working directory is an unrelated empty folder."""
    root = tmp_path / "other-checkout"
    copy_raw(raw_dir, root / "data" / "raw")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    return root


def refused(args: list[str], code: str, watched: Path) -> None:
    before = folder_digests(watched)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert not result.exception or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and english(lines[0]).startswith("Error: ") and f"[{code}]" in lines[0], result.stderr
    assert folder_digests(watched) == before, "a refused command changed files"


def test_build_db_into_a_catalog_file_is_refused(checkout: Path):
    raw = checkout / "data" / "raw"
    refused(["build", "--raw", str(raw), "--db", str(raw / "catalog" / "units.csv")], "output-in-raw", raw)
    assert not list(raw.rglob(".*.lock"))


def test_build_db_through_a_symlink_into_raw_is_refused(checkout: Path, tmp_path: Path):
    raw = checkout / "data" / "raw"
    (tmp_path / "link").symlink_to(raw / "catalog")
    refused(["build", "--raw", str(raw), "--db", str(tmp_path / "link" / "indicators.duckdb")], "output-in-raw", raw)


def test_build_db_into_a_raw_folder_not_named_data_raw_is_refused(raw_dir: Path, tmp_path: Path):
    raw = copy_raw(raw_dir, tmp_path / "corpus")
    refused(["build", "--raw", str(raw), "--db", str(raw / "x.duckdb")], "output-in-raw", raw)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_into_another_checkouts_raw_is_refused(fmt: str, checkout: Path, built_db: Path):
    raw = checkout / "data" / "raw"
    refused(["export", "--format", fmt, "--out", str(raw / "catalog"), "--db", str(built_db)], "output-in-raw", raw)


def test_export_relative_path_into_raw_is_refused(checkout: Path, built_db: Path):
    raw = checkout / "data" / "raw"
    relative = os.path.relpath(raw / "figures", Path.cwd())
    refused(["export", "--format", "csv", "--out", relative, "--db", str(built_db)], "output-in-raw", raw)


def test_run_into_another_checkouts_raw_is_refused(checkout: Path, built_db: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])  # run needs this checkout's notebooks
    raw = checkout / "data" / "raw"
    refused(["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(raw), "--db", str(built_db)],
            "output-in-raw", raw)


def test_extract_over_a_curated_file_in_another_checkout_is_refused(checkout: Path):
    raw = checkout / "data" / "raw"
    refused(["extract", str(checkout / REPORT), "--jurisdiction", "441284", "--year", "2017",
             "--out", str(checkout / FIGURES)], "output-in-raw", raw)


def test_extract_out_equal_to_compare_is_refused(checkout: Path, tmp_path: Path):
    reference = tmp_path / "reference.csv"
    shutil.copyfile(checkout / FIGURES, reference)
    refused(["extract", str(checkout / REPORT), "--jurisdiction", "441284", "--year", "2017",
             "--compare", str(reference), "--out", str(reference)], "output-is-input", tmp_path)


def test_extract_out_equal_to_the_report_is_refused(checkout: Path, tmp_path: Path):
    report = tmp_path / "report.txt"
    shutil.copyfile(checkout / REPORT, report)
    (tmp_path / "alias.txt").symlink_to(report)
    refused(["extract", str(report), "--jurisdiction", "441284", "--year", "2017", "--out",
             str(tmp_path / "alias.txt")], "output-is-input", tmp_path)


def test_extract_on_a_full_disk_keeps_the_old_output(checkout: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "candidates.csv"
    out.write_text("the earlier candidates\n", encoding="utf-8")
    real_fdopen = os.fdopen

    class FullDisk:
        """A stream that takes 4 KB, then fails as a full disk does."""

        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, text: str) -> int:
            self.stream.write(text[:4096])
            raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr("indicators.outputs.os.fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    refused(["extract", str(checkout / REPORT), "--jurisdiction", "441284", "--year", "2017", "--out", str(out),
             "--raw", str(checkout / "data" / "raw")], "disk-full", tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".candidates")] == []


def test_extract_out_replaces_the_file_whole(checkout: Path, tmp_path: Path):
    out = tmp_path / "candidates.csv"
    out.write_text("the earlier candidates\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(checkout / REPORT), "--jurisdiction", "441284", "--year", "2017",
                                      "--out", str(out), "--raw", str(checkout / "data" / "raw")])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("metric_id,period,value,unit,qualifier,quote,note")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["candidates.csv"]


def test_lock_file_never_follows_a_symlink(raw_dir: Path, tmp_path: Path):
    precious = tmp_path / "precious.txt"
    precious.write_text("must stay\n", encoding="utf-8")
    db_folder = tmp_path / "db"
    db_folder.mkdir()
    (db_folder / ".indicators.duckdb.lock").symlink_to(precious)
    refused(["build", "--raw", str(raw_dir), "--db", str(db_folder / "indicators.duckdb")], "lock-is-a-symlink",
            tmp_path)
    assert precious.read_text(encoding="utf-8") == "must stay\n"


def test_db_naming_a_folder_is_refused(raw_dir: Path, tmp_path: Path):
    (tmp_path / "folder.duckdb").mkdir()
    refused(["build", "--raw", str(raw_dir), "--db", str(tmp_path / "folder.duckdb")], "db-is-a-folder", tmp_path)
    for command in (["show"], ["check"]):
        refused([*command, "--jurisdiction", "441284", "--year", "2017", "--db", str(tmp_path / "folder.duckdb")],
                "unreadable-database", tmp_path)


def test_db_with_a_240_character_name_is_refused(raw_dir: Path, tmp_path: Path):
    refused(["build", "--raw", str(raw_dir), "--db", str(tmp_path / ("x" * 231 + ".duckdb"))], "db-name-too-long",
            tmp_path)


@pytest.mark.parametrize("parent", ["a-file", "missing-folder"])
def test_an_out_that_cannot_be_written_names_it_not_its_temporary_file(raw_dir: Path, tmp_path: Path, parent: str):
    """`extract --out x/c.csv` where x is a file or no folder named the hidden `.c.csv.….tmp` beside it."""
    if parent == "a-file":
        (tmp_path / parent).write_text("", encoding="utf-8")
    out = tmp_path / parent / "c.csv"
    result = CliRunner().invoke(cli, ["extract", str(raw_dir / "reports" / "441284-2017.txt"), "--jurisdiction",
                                      "441284", "--year", "2017", "--out", str(out)])
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and str(out) in lines[0] and ".tmp" not in lines[0], result.stderr
