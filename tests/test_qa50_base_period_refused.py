"""qa50: `indicators run --base-period` is checked before anything runs, as --target-set and --peer are.

Onboarding 温州市 2024 (its report states 2023's 867件 beside 2024's 3326件), an analyst who typed
`--base-period 2024` got a page saying 没有更早的期间可比：2024年之前本辖区没有已载入的数字 (no figure before
2024), which is false; `--base-period 2025` or `2022` started the suite, failed the year-on-year notebook at
its validate cell and left a dated folder holding a page with a traceback, where a mistyped --target-set
gets one line and runs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indicators.cli import cli


def _run(db: Path, out: Path, base: str):
    return CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--base-period", base,
                                    "--notebook", "02", "--charts", "none", "--db", str(db), "--out", str(out)])


@pytest.mark.parametrize(("base", "code", "words"), [
    ("2017", "[period-order]", "base period 2017 is not before period 2017"),
    ("2018", "[period-order]", "base period 2018 is not before period 2017"),
    ("2012", "[unknown-period]", "field base_period"),
])
def test_a_base_period_that_cannot_be_compared_is_refused_in_one_line(built_db, tmp_path, base, code, words):
    out = tmp_path / "reports"
    result = _run(built_db, out, base)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert code in lines[0] and words in lines[0], lines[0]
    assert lines[0].startswith("错误：字段 base_period：基期不早于报告期") or code != "[period-order]", lines[0]
    assert not out.exists() or not any(out.iterdir())  # nothing ran, no dated folder
