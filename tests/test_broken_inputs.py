"""The broken-input corpus (tests/broken_inputs/cases.yml): every case makes `indicators build` exit 1
with an Error: line naming code, file, row or line, field and value (each line reads its Chinese first,
错误：…。Error: …), and leaves the database built before byte-identical. The whole problem list is
compared with the case's golden file (tests/broken_inputs/golden/<id>.txt), as frictionless compares
whole reports, so an extra or a changed error is noticed too; after an intended change, rewrite the
golden files with `INDICATORS_UPDATE_GOLDEN=1 pytest tests/test_broken_inputs.py` and review the diff.
A zero denominator is not an error: the indicator is NULL with a reason."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from digests import sha256
from raw_edits import apply_steps, copy_raw
from test_add_report_chinese_first import chinese_first

from indicators.cli import cli
from indicators.read.db import query_frame

CORPUS = Path(__file__).parent / "broken_inputs"
CASES = yaml.safe_load((CORPUS / "cases.yml").read_text(encoding="utf-8"))
UPDATE = os.environ.get("INDICATORS_UPDATE_GOLDEN") == "1"
CHINESE_THEN_ENGLISH = re.compile(r"错误：[^\n]+?。Error: ")  # the Chinese, then the English as it always read



def expected_parts(expect: dict) -> list[str]:
    """The pieces one Error: line must hold, in the CLI's format."""
    parts = [f"Error: {expect['file']}", f"[{expect['code']}]"]
    if "row" in expect:
        parts.append(f" row {expect['row']}")
    if "line" in expect:
        parts.append(f" line {expect['line']}")
    if "field" in expect:
        parts.append(f"field {expect['field']}")
    if "value" in expect:
        parts.append(f'"{expect["value"]}"')
    return parts


def test_corpus_is_large_and_ids_are_unique():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 30
    assert sorted(p.stem for p in (CORPUS / "golden").glob("*.txt")) == sorted(ids)  # no golden file left over


def problem_lines(stderr: str, raw: Path) -> str:
    """The Error: lines, sorted (SQL checks need not return rows in one order), with the temporary
    raw folder written as data/raw, as a user would see it."""
    return "".join(sorted(stderr.replace(str(raw), "data/raw").splitlines(keepends=True)))


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_broken_input_is_refused_and_changes_nothing(case, raw_dir, built_db, tmp_path):
    raw = copy_raw(raw_dir, tmp_path / "raw")
    apply_steps(raw, case["steps"])
    db = tmp_path / "db" / "indicators.duckdb"
    db.parent.mkdir()
    shutil.copyfile(built_db, db)
    before = sha256(db)

    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])

    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    parts = expected_parts(case["expect"])
    lines = problem_lines(result.stderr, raw).splitlines()  # --raw's folder is named in full (qa50)
    assert any(all(part in line for part in parts) for line in lines), f"no line holds {parts}:\n{result.stderr}"
    # every line reads Chinese first (a CJK character before any ASCII letter), the English `Error:` part beside
    assert all(chinese_first(line) and CHINESE_THEN_ENGLISH.match(line) for line in lines), result.stderr
    golden = CORPUS / "golden" / f"{case['id']}.txt"
    if UPDATE:
        golden.write_text(problem_lines(result.stderr, raw), encoding="utf-8")
    assert problem_lines(result.stderr, raw) == golden.read_text(encoding="utf-8")
    assert "Traceback" not in result.output
    assert sha256(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(".lock")) == ["indicators.duckdb"]


def test_zero_denominator_gives_null_with_a_reason(raw_dir, tmp_path):
    """A report stating 0 licensing items: rates over licensing items are NULL with a reason, not inf."""
    raw = copy_raw(raw_dir, tmp_path / "raw")
    apply_steps(raw, [
        {"file": "reports/441284-2017.txt", "replace": {"old": "其中行政许可510项", "new": "其中行政许可0项"}},
        {"file": "reports/441284-2017.txt", "rehash": True},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "value", "value": "0"}},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "quote", "value": "其中行政许可0项,公共服务421项"}},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 10, "field": "quote", "value": "其中行政许可0项,公共服务421项"}},
    ])
    db = tmp_path / "zero.duckdb"
    runner = CliRunner()
    built = runner.invoke(cli, ["build", "--raw", str(raw), "--db", str(db)])
    assert built.exit_code == 0, built.output
    rows = query_frame("select indicator_id, denominator, value, reason from indicator_values", db_path=db)
    over_licensing = rows[rows["indicator_id"].isin(["online_full_process_rate", "max_one_visit_rate", "zero_visit_rate"])]
    assert len(over_licensing) == 3
    assert (over_licensing["denominator"] == 0).all()
    assert over_licensing["value"].isna().all()
    assert (over_licensing["reason"] == "denominator is zero").all()
    assert query_frame("select count(*) as n from indicator_values where isinf(value)", db_path=db)["n"].iloc[0] == 0
    for command in ("show", "check"):
        shown = runner.invoke(cli, [command, "--jurisdiction", "441284", "--year", "2017", "--db", str(db)])
        assert shown.exit_code == 0, shown.output
    assert "denominator is zero" in runner.invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2017",
                                                        "--format", "csv", "--db", str(db)]).stdout


@pytest.mark.parametrize("period", ["2007", "2018"])
def test_periods_at_the_edges_of_the_window_are_accepted(period, raw_dir, tmp_path):
    """The window is ten years before the report year to one after (sql/checks/figures.sql)."""
    raw = copy_raw(raw_dir, tmp_path / "raw")
    apply_steps(raw, [{"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "period", "value": period}}])
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--db", str(tmp_path / "edge.duckdb")])
    assert result.exit_code == 0, result.output
