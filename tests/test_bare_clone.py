"""A clone that stands on its own: the package names what it looked for when run outside a checkout,
`make lab` starts where analysts run it, and `run --all` takes a target set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from error_lines import english
from reference_data import copy_reference_raw

from indicators.cli import cli
from indicators.errors import IndicatorsError
from indicators.read.lookup import validate_parameters

REPO = Path(__file__).resolve().parents[1]
INDICATORS = [sys.executable, "-m", "indicators.cli"]


def outside_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("INDICATORS_DB", "INDICATORS_ROOT")}
    return {**env, **extra}


def indicators(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    code = "from indicators.cli import cli; cli()"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("args", [["build"], ["show", "--jurisdiction", "441284", "--year", "2017"],
                                  ["export", "--format", "csv", "--out", "exports"]])
def test_outside_a_checkout_one_line_says_what_was_looked_for(tmp_path: Path, args: list[str]):
    result = indicators(args, tmp_path, outside_env())
    assert result.returncode == 1
    assert [english(line) for line in result.stderr.splitlines()] == [
        f"Error: field INDICATORS_ROOT: no data/raw folder in {tmp_path.resolve()} or any folder above it: this is not a "
        "fazhi-indicators checkout (run inside the checkout, set INDICATORS_ROOT=/path/to/checkout, or pass --raw DIR / "
        "--db FILE) [no-project]"
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_root_without_data_raw_is_named(tmp_path: Path):
    result = indicators(["build"], tmp_path, outside_env(INDICATORS_ROOT=str(tmp_path)))
    assert result.returncode == 1
    assert english(result.stderr).startswith(f'Error: field INDICATORS_ROOT: INDICATORS_ROOT={tmp_path} holds no data/raw folder')
    assert len(result.stderr.splitlines()) == 1


def test_indicators_root_points_at_a_project_from_anywhere(tmp_path: Path):
    project = tmp_path / "project"
    copy_reference_raw(project / "data" / "raw")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = outside_env(INDICATORS_ROOT=str(project))
    assert indicators(["build"], elsewhere, env).returncode == 0
    assert (project / "data" / "processed" / "indicators.duckdb").is_file()
    shown = indicators(["show", "--jurisdiction", "441284", "--year", "2017", "--format", "csv"], elsewhere, env)
    assert shown.returncode == 0 and "zero_visit_rate" in shown.stdout
    assert list(elsewhere.iterdir()) == []


def test_run_all_accepts_a_target_set(built_db: Path):
    validate_parameters(year=2017, target_set="gd-2017-prd", db_path=built_db)  # raised unknown-jurisdiction "None"


def test_run_all_refuses_an_unknown_target_set(built_db: Path, tmp_path: Path):
    with pytest.raises(IndicatorsError) as caught:
        validate_parameters(year=2017, target_set="gd-2099", db_path=built_db)
    assert [p.code for p in caught.value.problems] == ["unknown-target-set"]
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--target-set", "gd-2099", "--db", str(built_db),
                                      "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert english(result.stderr).startswith('Error: field target_set: "gd-2099" is not in target_sets.csv; known: ')
    assert list(tmp_path.iterdir()) == []


def test_run_all_with_a_target_set_runs_the_target_page(built_db: Path, tmp_path: Path):
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--target-set", "gd-2017-prd", "--notebook",
                                      "target_gap", "--db", str(built_db), "--out", str(tmp_path), "--log-output"])
    assert result.exit_code == 0, result.output
    pages = list(tmp_path.glob("*_all_2017/*_441284_2017/03_target_gap.html"))
    assert len(pages) == 1
    assert "粤办函〔2017〕265号" in pages[0].read_text(encoding="utf-8")


def lab_command(tmp_path: Path, uid: int, display: str | None) -> list[str]:
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (fake / "id").chmod(0o755)
    env = outside_env(PATH=f"{fake}:{os.environ['PATH']}")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if display:
        env["DISPLAY"] = display
    venv = tmp_path / "venv"
    result = subprocess.run(["bash", str(REPO / "scripts" / "lab.sh"), str(venv), "--print"], env=env,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    overrides = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert '"fetchNews": "false"' in overrides.read_text()
    return result.stdout.split()


def test_lab_as_root_without_display_allows_root_and_opens_no_browser(tmp_path: Path):
    command = lab_command(tmp_path, uid=0, display=None)
    assert {"--allow-root", "--no-browser", "--LabApp.news_url=None"} <= set(command)


def test_lab_as_a_user_with_a_display_opens_the_browser(tmp_path: Path):
    command = lab_command(tmp_path, uid=1000, display=":0")
    assert "--allow-root" not in command and "--no-browser" not in command
