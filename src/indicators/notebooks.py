"""`indicators run`: execute the notebook suite with papermill and write HTML, charts and a summary.

papermill injects unknown or mistyped parameters with only a warning, so every parameter is checked
against `papermill.inspect_notebook` before any kernel starts. Each run writes into a new dated
folder (never over an earlier run); a failing notebook is recorded with its cell and the others
still run; the caller exits non-zero when any failed, so that cron or systemd notices.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import nbformat
import papermill
from papermill.exceptions import PapermillExecutionError
from traitlets.config import Config

from indicators import paths
from indicators.errors import IndicatorsError, Problem, quoted
from indicators.outputs import output_folder
from indicators.publish.page import page_title

log = logging.getLogger("indicators.run")

NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
TEMPLATES_DIR = paths.PACKAGE_DIR / "templates"
PYTHON_TYPES = {"int": int, "str": str, "float": float, "bool": bool, "list": list, "dict": dict}
# a script or stylesheet loaded from the network: what an offline page must not contain
REMOTE_REFERENCE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)


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

    @property
    def failed(self) -> list[NotebookResult]:
        return [r for r in self.results if not r.ok]


def kernel_config(socket_dir: str) -> Config:
    """Talk to the kernel over Unix sockets in `socket_dir` instead of TCP ports.

    On a shared server a TCP kernel listens on 127.0.0.1 ports that every local user can reach, and
    ipykernel says so with a warning in every scheduled-run log. The sockets go in a private folder
    per run: jupyter_client otherwise names them `kernel-ipc-N` in the working directory, and two
    batch workers running notebooks from the same folder would take each other's sockets.
    """
    config = Config()
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = str(Path(socket_dir) / "kernel")
    return config


def notebooks_dir() -> Path:
    return paths.project_root() / "notebooks"


def suite(folder: Path | None = None, names: Sequence[str] = ()) -> list[Path]:
    """The numbered notebooks of the suite, or those whose name contains one of `names`."""
    found = sorted((folder or notebooks_dir()).glob(NOTEBOOK_PATTERN))
    if not names:
        return found
    chosen = [nb for nb in found if any(n in nb.stem for n in names)]
    if not chosen:
        raise IndicatorsError.single("unknown-notebook", f"{quoted(', '.join(names))} matches no notebook; "
                                     f"notebooks: {', '.join(nb.stem for nb in found)}", field="notebook")
    return chosen


def check_parameters(notebook: Path, parameters: Mapping[str, object]) -> list[Problem]:
    """Unknown names and values of the wrong type, which papermill itself would only warn about."""
    spec = papermill.inspect_notebook(str(notebook))
    problems: list[Problem] = []
    for name, value in parameters.items():
        if name not in spec:
            problems.append(Problem("unknown-parameter", f"{quoted(name)} is not a parameter of this notebook",
                                    file=notebook.name, field=name, value=value,
                                    hint=f"parameters: {', '.join(spec) or 'none'}"))
            continue
        expected = PYTHON_TYPES.get(spec[name]["inferred_type_name"])
        if expected is not None and type(value) is not expected and not (expected is float and type(value) is int):
            problems.append(Problem("wrong-parameter-type",
                                    f"{quoted(value)} is {type(value).__name__}, expected {expected.__name__}",
                                    file=notebook.name, field=name, value=value))
    return problems


def notebook_parameters(notebook: Path, offered: Mapping[str, object]) -> dict[str, object]:
    """The offered run parameters this notebook declares (each notebook takes the ones it needs)."""
    spec = papermill.inspect_notebook(str(notebook))
    return {name: value for name, value in offered.items() if name in spec}


def new_run_folder(out: Path, label: str, now: datetime | None = None) -> Path:
    """A new folder `<out>/<date>_<time>_<label>` that did not exist before; never reuses one.

    `out` is resolved first and the folder is created directly inside it, so an odd `--out`
    (relative, with `..`, a symlink) ends up as one real directory and nothing is written elsewhere.
    """
    out = output_folder(out)
    safe_label = re.sub(r"[^0-9A-Za-z_-]+", "_", label)[:60]
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    for attempt in range(1, 1000):
        folder = out / (f"{stamp}_{safe_label}" + (f"_{attempt}" if attempt > 1 else ""))
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder
    raise IndicatorsError.single("output-exhausted", f"no free run folder name under {out}", field="out")


def export_html(executed: Path, target: Path) -> None:
    """A self-contained HTML page of an executed notebook: no script, style or font from the network.

    The `offline` template (templates/offline) drops the require.js, MathJax, mermaid and widget
    scripts that nbconvert's lab template loads from CDNs; charts are inline SVG.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    notebook = nbformat.read(executed, as_version=4)
    title = page_title(notebook.cells)  # "四会市（441284）2017年 报告概况 Report profile", not the file name
    if title:
        notebook.metadata["title"] = title
    body, _ = exporter.from_notebook_node(notebook)
    remote = remote_references(body)
    if remote:
        raise IndicatorsError.single("html-not-offline", f"{target.name} loads {remote[0]!r} from the network", file=str(target))
    target.write_text(body, encoding="utf-8")


def remote_references(html: str) -> list[str]:
    """Every tag in `html` that would load a script, stylesheet, image or frame from the network."""
    return [m.group(0) for m in REMOTE_REFERENCE.finditer(html)]


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


def run_notebook(notebook: Path, parameters: Mapping[str, object], folder: Path, progress: bool) -> NotebookResult:
    """Execute one notebook into `folder`; a failure is recorded, never raised."""
    started = time.monotonic()
    executed = folder / notebook.name
    charts_dir = folder / f"{notebook.stem}_charts"
    params = dict(parameters)
    if "charts_dir" in papermill.inspect_notebook(str(notebook)):
        params["charts_dir"] = str(charts_dir)
    result = NotebookResult(notebook.stem, ok=True, seconds=0.0, notebook=str(executed))
    try:
        with tempfile.TemporaryDirectory(prefix="indicators-kernel-") as sockets:
            papermill.execute_notebook(
                str(notebook), str(executed), parameters=params, kernel_name="python3", language="python",
                progress_bar={"desc": notebook.stem, "leave": False} if progress else False,
                log_output=False, cwd=str(notebook.parent), config=kernel_config(sockets),
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

    from tqdm import tqdm

    done: dict[Path, NotebookResult] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {}
        for notebook, params in chosen.items():
            if not progress:  # queued: the pool starts `jobs` of them at a time
                log.info("queue %s with %s", notebook.stem, json.dumps(params, ensure_ascii=False))
            futures[pool.submit(run_notebook, notebook, params, folder, False)] = notebook
        bar = tqdm(total=len(futures), desc="notebooks", unit="notebook", file=sys.stderr, disable=not progress)
        for future in as_completed(futures):
            result = done[futures[future]] = future.result()
            bar.set_postfix_str(result.name)
            bar.update()
            if not progress:
                (log.info if result.ok else log.error)("%s", result.describe())
        bar.close()
    return [done[notebook] for notebook in chosen]


def run_suite(notebooks: Sequence[Path], offered: Mapping[str, object], out: Path, label: str,
              progress: bool | None = None, db_path: Path | None = None, jobs: int = 1) -> RunSummary:
    """Check every notebook's parameters, then run them all into a new dated folder under `out`.

    With `jobs` > 1 the notebooks run in that many worker processes at once: each has its own kernel
    and writes only its own files, and most of a notebook's time is a kernel starting and importing,
    which two cores overlap (about 21 s for the suite one after the other, 12 s two at a time).
    """
    progress = sys.stderr.isatty() if progress is None else progress
    chosen = {nb: notebook_parameters(nb, offered) for nb in notebooks}
    problems = [p for nb, params in chosen.items() for p in check_parameters(nb, params)]
    if problems:
        raise IndicatorsError(problems)
    folder = new_run_folder(out, label)
    previous_db = os.environ.get("INDICATORS_DB")
    if db_path:
        os.environ["INDICATORS_DB"] = str(Path(db_path).resolve())  # the kernels inherit it
    results: list[NotebookResult] = []
    try:
        if jobs > 1 and len(chosen) > 1:
            results = _run_in_parallel(chosen, folder, jobs, progress)
        elif progress:
            from tqdm import tqdm

            bar = tqdm(chosen.items(), desc="notebooks", unit="notebook", file=sys.stderr)
            for notebook, params in bar:
                bar.set_postfix_str(notebook.stem)
                results.append(run_notebook(notebook, params, folder, progress=True))
        else:
            for notebook, params in chosen.items():
                log.info("start %s with %s", notebook.stem, json.dumps(params, ensure_ascii=False))
                result = run_notebook(notebook, params, folder, progress=False)
                (log.info if result.ok else log.error)("%s", result.describe())
                results.append(result)
    finally:
        if db_path:
            if previous_db is None:
                os.environ.pop("INDICATORS_DB", None)
            else:
                os.environ["INDICATORS_DB"] = previous_db
    summary = RunSummary(folder, results)
    (folder / "summary.json").write_text(
        json.dumps({"parameters": dict(offered), "results": [asdict(r) for r in results]}, ensure_ascii=False, indent=2),
        encoding="utf-8",
    )
    return summary
