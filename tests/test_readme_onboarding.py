"""The README's onboarding example, run command by command in a copy of the project: its output is the
README's, verbatim."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner

from indicators.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _example() -> list[tuple[str, list[str]]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"From a fresh clone:\n\n```\n(.*?)```", readme, re.S).group(1)
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def test_the_readme_onboarding_example_runs_as_written(raw_dir, tmp_path, monkeypatch) -> None:
    project = tmp_path / "clone"
    shutil.copytree(raw_dir, project / "data" / "raw")
    example = project / "tests" / "extract" / "real" / "round1"
    example.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "extract" / "real" / "round1" / "jinghai_2020.txt", example)
    monkeypatch.chdir(project)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    steps = _example()
    assert [command.split()[0] for command, _ in steps] == ["indicators", "sed", "grep", "indicators"]
    for command, expected in steps:
        if command.startswith("indicators "):
            result = CliRunner().invoke(cli, shlex.split(command)[1:])
            assert result.exit_code == 0, result.output
            output = result.output
        else:
            output = subprocess.run(command, shell=True, check=True, capture_output=True, text=True).stdout
        assert output.splitlines() == expected, command
