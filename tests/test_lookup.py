"""Every `unknown-*` problem of a query is worded once (read/lookup.py), whoever asks.

`show`, `check`, `export`, `run`, `run --all`, the notebooks' first cell and the batch all refuse an
unknown jurisdiction or year with the same line, so a user who met it once recognizes it everywhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from click.testing import CliRunner
from error_lines import english

from indicators import paths
from indicators.cli import cli
from indicators.errors import IndicatorsError
from indicators.publish.batch import batch_jobs
from indicators.read.lookup import validate_parameters

UNKNOWN_JURISDICTION = 'Error: field jurisdiction: "441299" is not loaded; loaded: 441284 四会市 [unknown-jurisdiction]\n'
UNKNOWN_YEAR_OF = 'Error: field year: "2016" has no report for 441284; years loaded: 2017 [unknown-year]\n'
UNKNOWN_YEAR = 'Error: field year: "2011" has no report; years loaded: 2017 [unknown-year]\n'


def stderr_of(built_db: Path, tmp_path: Path, *args: str) -> str:
    out = ["--out", str(tmp_path)] if args[0] in ("run", "export") else []
    result = CliRunner().invoke(cli, [*args, *out, "--db", str(built_db)])
    assert result.exit_code == 1, result.output
    return english(result.stderr)


COMMANDS = [("show",), ("check",), ("export", "--format", "csv"), ("run",)]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_unknown_jurisdiction_reads_the_same_from_every_command(built_db, tmp_path, command):
    assert stderr_of(built_db, tmp_path, *command, "--jurisdiction", "441299", "--year", "2017") == UNKNOWN_JURISDICTION


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_unknown_year_of_a_jurisdiction_reads_the_same_from_every_command(built_db, tmp_path, command):
    assert stderr_of(built_db, tmp_path, *command, "--jurisdiction", "441284", "--year", "2016") == UNKNOWN_YEAR_OF


@pytest.mark.parametrize("command", [("export", "--format", "csv"), ("run", "--all")], ids=lambda c: c[0])
def test_a_year_without_any_report_reads_the_same_from_every_command(built_db, tmp_path, command):
    assert stderr_of(built_db, tmp_path, *command, "--year", "2011") == UNKNOWN_YEAR


def test_notebooks_and_the_batch_word_them_as_the_commands_do(built_db):
    with pytest.raises(IndicatorsError) as notebook:
        validate_parameters(jurisdiction="441299", year=2017, db_path=built_db)
    with pytest.raises(IndicatorsError) as peers:
        validate_parameters(jurisdictions=["441284", "441299"], db_path=built_db)
    with pytest.raises(IndicatorsError) as batch:
        batch_jobs(2011, db_path=built_db)
    assert f"Error: {notebook.value}\n" == UNKNOWN_JURISDICTION
    assert f"Error: {peers.value}\n" == UNKNOWN_JURISDICTION.replace("field jurisdiction:", "field jurisdictions:")
    assert f"Error: {batch.value}\n" == UNKNOWN_YEAR


def codes_in(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and n.value.startswith("unknown-") and " " not in n.value}


def test_each_unknown_code_of_the_package_is_defined_in_one_module():
    where: dict[str, list[str]] = {}
    for module in sorted(paths.PACKAGE_DIR.rglob("*.py")):
        for code in codes_in(module):
            where.setdefault(code, []).append(str(module.relative_to(paths.PACKAGE_DIR)))
    assert {code: modules for code, modules in where.items() if len(modules) > 1} == {}
    assert where["unknown-jurisdiction"] == where["unknown-year"] == ["read/lookup.py"]
