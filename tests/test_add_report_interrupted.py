"""add-report killed between its two links (SIGKILL, a power cut) leaves the text without its meta.yml: the build
warns that the text has no meta.yml and that add-report writes one, and add-report, run again on the same text,
finishes the add instead of refusing the text as a second report of its year. Another text there is still refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml
from click.testing import CliRunner

from indicators.cli import cli

PAGE = "凯里市人民政府2024年法治政府建设情况报告\n2024年，全市开展法律和政策宣讲70场次，收到行政复议申请120件。\n"


def add(project: Path, source: Path):
    return CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", "522601", "--year", "2024"],
                              env={"INDICATORS_ROOT": str(project)})


def left_by_a_kill(project: Path, tmp_path: Path, placed: bytes) -> tuple[Path, Path]:
    """The state a kill after the first link leaves: the text placed, no meta.yml, no candidates."""
    source = tmp_path / "kaili.txt"
    source.write_bytes(PAGE.encode("utf-8"))
    text = project / "data" / "raw" / "reports" / "522601-2024.txt"
    text.write_bytes(placed)
    return source, text


def test_add_report_finishes_an_add_stopped_between_its_links(project, tmp_path) -> None:
    source, text = left_by_a_kill(project, tmp_path, PAGE.encode("utf-8"))
    result = add(project, source)
    assert result.exit_code == 0, result.output
    meta = yaml.safe_load(text.with_name("522601-2024.meta.yml").read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256(text.read_bytes()).hexdigest()
    assert text.read_bytes() == source.read_bytes()
    assert "522601-2024-candidates.csv" in result.output
    built = CliRunner().invoke(cli, ["build", "--db", str(tmp_path / "db.duckdb")], env={"INDICATORS_ROOT": str(project)})
    assert built.exit_code == 0 and "Warning" not in built.output, built.output


def test_another_text_in_its_place_is_still_refused(project, tmp_path) -> None:
    source, text = left_by_a_kill(project, tmp_path, PAGE.replace("120件", "121件").encode("utf-8"))
    before = text.read_bytes()
    result = add(project, source)
    assert result.exit_code == 1 and "[exists]" in result.output
    assert text.read_bytes() == before and not text.with_name("522601-2024.meta.yml").exists()


def test_a_text_with_its_meta_yml_is_still_refused(project, tmp_path) -> None:
    source = tmp_path / "kaili.txt"
    source.write_bytes(PAGE.encode("utf-8"))
    assert add(project, source).exit_code == 0
    again = add(project, source)
    assert again.exit_code == 1 and "[already-added]" in again.output
