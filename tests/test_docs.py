"""The README is the user's reference: every command and option of `indicators` is in its Commands
table (as sqlite-utils' tests/test_docs.py holds its docs to the CLI), nothing it lists there is
gone, and its layout section names every module and folder of src/indicators and no other."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from indicators import paths
from indicators.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"
TEXT = README.read_text(encoding="utf-8")
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b")


def commands_table() -> dict[str, str]:
    """Each command's rows of the README's Commands table, joined: `indicators run ...` → its text."""
    section = TEXT.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        found = re.match(r"\| `indicators ([a-z][a-z-]*)([^`]*)`", line)
        if found:
            rows[found.group(1)] = rows.get(found.group(1), "") + found.group(2) + " "
    return rows


def options(command: click.Command) -> set[str]:
    return {opt for param in command.params if isinstance(param, click.Option) for opt in param.opts + param.secondary_opts}


def test_every_command_has_a_row():
    assert sorted(commands_table()) == sorted(cli.commands)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_option_of_a_command_is_in_its_row(name: str):
    row = commands_table().get(name, "")
    assert sorted(options(cli.commands[name]) - set(OPTION.findall(row))) == []


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_the_row_names_no_option_the_command_lacks(name: str):
    assert sorted(set(OPTION.findall(commands_table().get(name, ""))) - options(cli.commands[name])) == []


def layout_block() -> str:
    """The lines of the README's annotated tree from `src/indicators/` to the next top-level entry."""
    tree = TEXT.split("src/indicators/", 1)[1]
    lines = []
    for line in tree.splitlines()[1:]:
        if line and not line.startswith(" "):
            break
        lines.append(line)
    return "\n".join(lines)


def package_entries() -> set[str]:
    """Every module (but __init__.py) and folder of the package, by name."""
    found = set()
    for path in paths.PACKAGE_DIR.rglob("*"):
        if "__pycache__" in path.parts or path.name == "__init__.py":
            continue
        if path.suffix == ".py":
            found.add(path.name)
        elif path.is_dir() and path.parent == paths.PACKAGE_DIR:
            found.add(path.name + "/")
    return found


def test_the_layout_section_names_every_module_and_folder():
    block = layout_block()
    assert sorted(e for e in package_entries() if not re.search(rf"(?<![\w/]){re.escape(e)}", block)) == []


def test_the_layout_section_names_no_module_that_is_gone():
    named = set(re.findall(r"\b([a-z_]+\.py)\b", layout_block()))
    assert sorted(named - package_entries()) == []
