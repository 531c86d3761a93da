"""A batch worker's kept kernel: each notebook starts clean, and running many leaves nothing behind in the
worker (nbclient used to leave a client per notebook: a heartbeat thread and ~10 sockets, 7,000 threads
over a national year). A failing notebook is still written, though a batch saves it only at the end."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from test_notebooks_runner import write_notebook

from indicators.publish import warm_kernel
from indicators.publish.execute import run_suite


@pytest.fixture()
def kept() -> Iterator[None]:
    warm_kernel.shutdown()
    yield
    warm_kernel.shutdown()  # no kernel of this test outlives it


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_notebooks_on_the_kept_kernel_start_clean_and_leave_no_threads_or_sockets(kept: None, tmp_path: Path) -> None:
    first = write_notebook(tmp_path / "01_first.ipynb", "leftover = jurisdiction", "print(leftover)")
    second = write_notebook(tmp_path / "02_second.ipynb", "print('leftover' in dir())", "1 + 1")
    counts = []
    for round_ in range(4):
        summary = run_suite([first, second], {"jurisdiction": "441284", "year": 2017}, tmp_path / "out", label=f"r{round_}",
                            progress=False, warm=True)
        assert [r.ok for r in summary.results] == [True, True], [r.describe() for r in summary.results]
        counts.append((threading.active_count(), _open_files()))
        executed = {c["id"]: c for c in nbformat.read(summary.folder / "02_second.ipynb", as_version=4).cells}
        assert executed["cell-1"]["outputs"][0]["text"] == "False\n"  # the first notebook's variable is gone
        # numbered from 1 as in a fresh kernel: the parameters, papermill's injected ones, then the cells
        assert [c.get("execution_count") for c in executed.values()] == [1, 2, 3, 4]
    assert counts[1:] == [counts[1]] * 3, counts  # after the first round, nothing grows


def test_a_failing_notebook_on_the_kept_kernel_is_written_with_its_error(kept: None, tmp_path: Path) -> None:
    failing = write_notebook(tmp_path / "01_failing.ipynb", "x = 1", "raise ValueError('no figures')", "y = 2")
    summary = run_suite([failing], {"jurisdiction": "441284", "year": 2017}, tmp_path / "out", label="f", progress=False,
                        warm=True)
    result = summary.results[0]
    assert not result.ok and result.failed_cell_id == "cell-2", result.describe()
    executed = nbformat.read(summary.folder / "01_failing.ipynb", as_version=4)
    assert any(o.get("ename") == "ValueError" for c in executed.cells for o in c.get("outputs", []))
    assert result.html and "no figures" in Path(result.html).read_text(encoding="utf-8")


@pytest.mark.parametrize("warm", [True, False])
def test_a_cells_printed_lines_are_one_output_whatever_the_kernels_timing(kept: None, tmp_path: Path, warm: bool) -> None:
    """The kernel sends what a cell prints in as many stream messages as it flushed; a page should not show
    one line split over outputs depending on timing (CI once saw "False" and "\\n" arrive apart)."""
    printing = write_notebook(tmp_path / "01_printing.ipynb",
                              "import time\nprint('a', flush=True)\ntime.sleep(0.3)\nprint('b', flush=True)")
    summary = run_suite([printing], {"jurisdiction": "441284", "year": 2017}, tmp_path / "out", label="p",
                        progress=False, warm=warm)
    assert summary.results[0].ok, summary.results[0].describe()
    cell = nbformat.read(summary.folder / "01_printing.ipynb", as_version=4).cells[-1]
    assert [(o["output_type"], o.get("text")) for o in cell.outputs] == [("stream", "a\nb\n")]
