"""A mistyped command line is refused like bad data: `错误：命令行用法有误。Error: <click's message> [usage]`, after click's
usage and help hint, with click's exit status 2 (src/indicators/cli_usage.py)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from indicators.cli import cli

CASES = [
    (["run", "--bogus"], "No such option '--bogus'. (Did you mean one of: '--jobs', '--out'?)", True),
    (["nosuch"], "No such command 'nosuch'.", True),
    (["extract"], "Missing argument 'REPORT'.", True),
    (["run", "--jobs", "x"], "Invalid value for '--jobs': 'x' is not a valid integer range.", True),
    (["build", "--db"], "Option '--db' requires an argument.", False),
]


@pytest.mark.parametrize(("args", "english", "with_usage"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_usage_error_reads_chinese_first_after_clicks_usage(args: list[str], english: str, with_usage: bool) -> None:
    result = CliRunner().invoke(cli, args, prog_name="indicators")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[-1] == f"错误：命令行用法有误。Error: {english} [usage]"
    assert lines[0].startswith("Usage: indicators") == with_usage
    assert sum("Error:" in line for line in lines) == 1  # click's own English-only line is gone


def test_help_and_a_good_command_line_are_untouched() -> None:
    result = CliRunner().invoke(cli, ["run", "--help"])
    assert result.exit_code == 0 and "错误" not in result.output and "--jobs" in result.output
