"""The CLI's own words are Chinese first with the English beside, as the pages are: qa39 read every `--help` of
`indicators` (all English) and `check`'s closing count (0 error(s), 0 warning(s)… on 银州区 2022's report)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from indicators.cli import cli

CJK = re.compile(r"[\u4e00-\u9fff]")
COMMANDS = sorted(cli.commands)


def _chinese_first_then_english(text: str) -> bool:
    """A Chinese character before the first English word, and an English word after it."""
    chinese, english = CJK.search(text), re.search(r"[A-Za-z]{3,}", text)
    return bool(chinese and english) and chinese.start() < english.start()


def test_the_group_and_every_command_describe_themselves_chinese_first():
    assert _chinese_first_then_english(cli.help)
    english_only = [name for name in COMMANDS if not _chinese_first_then_english(cli.commands[name].help or "")]
    assert not english_only


@pytest.mark.parametrize("name", COMMANDS)
def test_every_options_help_reads_chinese_first(name: str):
    options = [p for p in cli.commands[name].params if isinstance(p, click.Option) and p.help]
    english_only = [o.name for o in options if not _chinese_first_then_english(o.help)]
    assert not english_only


def test_the_help_page_shows_both(db: Path):
    result = CliRunner().invoke(cli, ["show", "--help"])
    assert result.exit_code == 0
    assert "列出一份报告的指标值。Print the indicator values of one report." in result.output
    assert "报告年度 Report year, e.g. 2017." in result.output


def test_checks_count_is_chinese_first(db: Path):
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", "2017", "--db", str(db)])
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("错误 1 项、提示 0 项、通过 12 项、未检查 1 项。"), last
    assert last.endswith("1 error(s), 0 warning(s), 12 check(s) passed, 1 not evaluated.")
