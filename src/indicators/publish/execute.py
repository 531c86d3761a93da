"""`indicators run`: execute the notebook suite with papermill and write HTML, charts and a summary.

Parameters are checked (params.py) before any kernel starts and each run writes into a new dated
folder (folders.py); a failing notebook is recorded with its cell and the others still run; the
caller exits non-zero when any failed, so that cron or systemd notices.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
import papermill
from papermill.exceptions import PapermillExecutionError

from indicators import paths
from indicators.errors import IndicatorsError
from indicators.publish.folders import new_run_folder, write_summary
from indicators.publish.html import export_html
from indicators.publish.kernels import QuietAsyncKernelManager, kernel_config, kernel_environment, socket_parent, warm_kernel_of
from indicators.publish.params import check_parameters, notebook_parameters
from indicators.publish.pdf import summary_pdfs
from indicators.publish.progress import Progress
from indicators.signals import exit_on_sigterm

log = logging.getLogger("indicators.run")


@dataclass
class NotebookResult:
    name: str
    ok: bool
    seconds: float
    notebook: str | None = None
    html: str | None = None
    charts: list[str] = field(default_factory=list)
    failed_cell: int | None = None  # execution count, as the notebook shows it: In [N]
    failed_cell_id: str | None = None
    error: str | None = None
    pdf: str | None = None  # the summary page printed on A4 beside it (`pdf.summary_pdfs`), when it was

    def describe(self) -> str:
        if self.ok:
            return f"{self.name}: ok ({self.seconds:.1f} s)"
        where = f"cell In [{self.failed_cell}]" + (f" (id {self.failed_cell_id})" if self.failed_cell_id else "")
        if self.failed_cell is None:
            return f"{self.name}: FAILED: {self.error}"
        return f"{self.name}: FAILED at {where}: {self.error}"


@dataclass
class RunSummary:
    folder: Path
    results: list[NotebookResult]
    notes: list[str] = field(default_factory=list)  # one line per PDF printed or not (a `警告：… Warning:` says why)

    @property
    def failed(self) -> list[NotebookResult]:
        return [r for r in self.results if not r.ok]


def _failed_cell(executed: Path) -> str | None:
    """The id of the cell that raised, found by its error output (papermill adds cells before it)."""
    try:
        cells = nbformat.read(executed, as_version=4).cells
    except (OSError, ValueError):
        return None
    for cell in cells:
        if any(out.get("output_type") == "error" for out in cell.get("outputs", [])):
            return cell.get("id")
    return None


def run_notebook(notebook: Path, parameters: Mapping[str, object], folder: Path, progress: bool,
                 warm: bool = False) -> NotebookResult:
    """Execute one notebook into `folder`; a failure is recorded, never raised. `warm`: on this process's kept kernel."""
    started = time.monotonic()
    executed = folder / notebook.name
    charts_dir = folder / f"{notebook.stem}_charts"
    params = dict(parameters)
    if "charts_dir" in papermill.inspect_notebook(str(notebook)):
        params["charts_dir"] = str(charts_dir)
    result = NotebookResult(notebook.stem, ok=True, seconds=0.0, notebook=str(executed))
    try:
        with tempfile.TemporaryDirectory(prefix="indicators-kernel-", dir=socket_parent()) as sockets:
            kernel = ({"km": warm_kernel_of(notebook.parent)} if warm
                      else {"config": kernel_config(sockets), "kernel_manager_class": QuietAsyncKernelManager})
            # papermill rewrites the whole notebook before and after every cell, SVG outputs and all, so that
            # someone can watch it fill; in a batch's scratch folder nobody does (0.2 CPU s a jurisdiction).
            # It is still written once at the end, and when a cell raises; a kernel that dies leaves none.
            # coalesce_streams: the kernel may send one print as two stream messages ("False", then "\n"),
            # so without it a cell's text is split at a place that depends on timing
            papermill.execute_notebook(
                str(notebook), str(executed), parameters=params, kernel_name="python3", language="python",
                progress_bar={"desc": notebook.stem, "leave": False} if progress else False,
                log_output=False, cwd=str(notebook.parent), request_save_on_cell_execute=not warm, coalesce_streams=True,
                **kernel,
            )
    except PapermillExecutionError as exc:
        result.ok = False
        result.failed_cell = exc.exec_count
        result.failed_cell_id = _failed_cell(executed)
        result.error = f"{exc.ename}: {exc.evalue}".strip()
    except Exception as exc:  # kernel death, invalid notebook: still record it and go on
        result.ok, result.error = False, f"{type(exc).__name__}: {exc}"
    if executed.exists():
        html = folder / f"{notebook.stem}.html"
        try:
            export_html(executed, html)
            result.html = str(html)
        except Exception as exc:
            result.ok = False
            result.error = (result.error + "; " if result.error else "") + f"HTML export: {exc}"
    if charts_dir.is_dir():
        result.charts = sorted(str(p) for p in charts_dir.iterdir())
    result.seconds = time.monotonic() - started
    return result


def _run_in_parallel(chosen: Mapping[Path, Mapping[str, object]], folder: Path, jobs: int, progress: bool
                     ) -> list[NotebookResult]:
    """`run_notebook` of every notebook in `jobs` spawned processes; results in the suite's order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    done: dict[Path, NotebookResult] = {}
    with (ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                              initializer=exit_on_sigterm) as pool,
          Progress(len(chosen), "笔记本 notebooks", "notebook", progress, log) as report):
        futures = {}
        for notebook, params in chosen.items():
            # queued: the pool starts `jobs` of them at a time
            report.start(notebook.stem, f"排队 queue {notebook.stem} with {json.dumps(params, ensure_ascii=False)}")
            futures[pool.submit(run_notebook, notebook, params, folder, False)] = notebook
        try:
            for future in as_completed(futures):
                result = done[futures[future]] = future.result()
                report.done(result.name, result.describe(), result.ok)
        except BaseException:  # SIGTERM or Ctrl-C: queued notebooks do not start
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return [done[notebook] for notebook in chosen]


def run_suite(notebooks: Sequence[Path], offered: Mapping[str, object], out: Path, label: str,
              progress: bool | None = None, db_path: Path | None = None, jobs: int = 1,
              chart_formats: Sequence[str] = paths.CHART_FORMATS, warm: bool = False, pdf: bool = False) -> RunSummary:
    """Check every notebook's parameters, then run them all into a new dated folder under `out`.

    With `jobs` > 1 the notebooks run in that many worker processes at once: each has its own kernel
    and writes only its own files, and most of a notebook's time is a kernel starting and importing,
    which two cores overlap (about 21 s for the suite one after the other, 12 s two at a time).
    `chart_formats` names the chart files to write (`chart_files.export`); `warm` runs them one after the
    other on this process's kept kernel (`kernels.warm_kernel_of`), as batch workers do. With `pdf` the
    summary page is also printed on A4 before summary.json is written, so that the file lists it.
    """
    progress = sys.stderr.isatty() if progress is None else progress
    chosen = {nb: notebook_parameters(nb, offered) for nb in notebooks}
    problems = [p for nb, params in chosen.items() for p in check_parameters(nb, params)]
    if problems:
        raise IndicatorsError(problems)
    folder = new_run_folder(out, label)
    results: list[NotebookResult] = []
    with kernel_environment(db_path, chart_formats):
        if jobs > 1 and len(chosen) > 1 and not warm:
            results = _run_in_parallel(chosen, folder, jobs, progress)
        else:
            with Progress(len(chosen), "笔记本 notebooks", "notebook", progress and not warm, log) as report:
                for notebook, params in chosen.items():
                    report.start(notebook.stem, f"开始 start {notebook.stem} with {json.dumps(params, ensure_ascii=False)}")
                    results.append(run_notebook(notebook, params, folder, progress=progress and not warm, warm=warm))
                    report.done(notebook.stem, results[-1].describe(), results[-1].ok)
    notes = summary_pdfs(results) if pdf else []
    summary = RunSummary(folder, results, notes)
    write_summary(folder, {"state": "complete", "parameters": dict(offered), "results": [asdict(r) for r in results]})
    return summary
