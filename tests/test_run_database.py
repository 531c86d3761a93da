"""`indicators run` from a project folder reads that project's database in its notebooks too.

The notebooks run in kernels whose working directory is the checkout's `notebooks/`: a kernel left to
find the project itself walks up from there, to the checkout's `data/raw`, while the command validated
its parameters against the project it was started in. Found onboarding 津南区 2024 in a scratch project
(round 31): every notebook failed on the checkout's missing database, where a checkout with one would
have shown its figures under the project's heading.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from test_notebooks_runner import write_notebook

from indicators import paths
from indicators.publish.execute import run_suite


@pytest.fixture()
def two_projects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A checkout (its own data/raw and notebooks/) and the analyst's project, the working directory."""
    checkout, project = tmp_path / "checkout", tmp_path / "project"
    for root in (checkout, project):
        (root / "data" / "raw").mkdir(parents=True)
    (checkout / "notebooks").mkdir()
    for variable in (paths.ROOT_VARIABLE, paths.DB_VARIABLE):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.chdir(project)
    return checkout, project


def test_the_kernels_read_the_database_of_the_folder_the_run_started_in(two_projects: tuple[Path, Path],
                                                                          tmp_path: Path) -> None:
    checkout, project = two_projects
    notebook = write_notebook(checkout / "notebooks" / "where.ipynb",
                              "from indicators import paths\nprint(paths.database_path())")
    summary = run_suite([notebook], {}, tmp_path / "out", "where", progress=False, chart_formats=())
    assert [r.ok for r in summary.results] == [True], json.dumps([r.error for r in summary.results])
    executed = nbformat.read(summary.results[0].notebook, as_version=4)
    printed = "".join(output.get("text", "") for output in executed.cells[-1].outputs).strip()
    assert printed == str(project.resolve() / "data" / "processed" / "indicators.duckdb")
