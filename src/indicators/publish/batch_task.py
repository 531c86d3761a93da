"""One jurisdiction of `indicators run --all`, as a Dask task: what a worker receives and what it returns.

A worker may be another machine with no view of the client's disk. So the task carries the notebooks
as bytes and either the database's path (when the workers share it, as a LocalCluster's do) or a
slice of the database with what its jurisdiction's pages read (`batch_slice`: a few MB compressed,
where the national database is hundreds of MB). The task writes the slice into a private temporary
folder, runs the suite there on the worker's kept kernel (`warm_kernel`), and returns every file it
wrote as bytes; the client writes them into the run folder (`write_files`). Nothing the task does
outlives it on the worker except the cached notebook files and the kernel, so a task killed with
its worker is simply run again elsewhere.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from indicators.errors import IndicatorsError
from indicators.publish.batch import JurisdictionJob, JurisdictionOutcome, run_jurisdiction
from indicators.publish.batch_slice import Slicer

# `run_suite` points the kernels at the database through the process environment: one task at a time per process
_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class Notebooks:
    """The suite's notebooks by file name, as bytes: the worker needs no checkout."""

    files: dict[str, bytes]

    @classmethod
    def read(cls, notebooks: list[Path]) -> Notebooks:
        return cls({nb.name: nb.read_bytes() for nb in notebooks})

    def local_paths(self) -> list[Path]:
        """The notebooks as files on this worker, written once per content: a warm kernel keeps its working folder."""
        digest = hashlib.sha256(repr(sorted(self.files.items())).encode()).hexdigest()[:32]
        folder = Path(tempfile.gettempdir()) / f"indicators-notebooks-{digest}"
        if not folder.is_dir():
            staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
            for name, content in self.files.items():
                (staging / Path(name).name).write_bytes(content)
            try:
                staging.rename(folder)  # atomic; another process may have done it first
            except OSError:
                shutil.rmtree(staging, ignore_errors=True)
        return [folder / Path(name).name for name in sorted(self.files)]


@dataclass(frozen=True)
class Database:
    """The database as a worker opens it: a `path` it shares with the client, or the zlib-compressed
    `content` of a per-jurisdiction slice (`batch_slice`), written into the task's scratch folder."""

    digest: str
    path: str | None = None
    content: bytes | None = None

    @classmethod
    def shared(cls, path: Path) -> Database:
        return cls(digest="", path=str(Path(path).resolve()))

    @classmethod
    def sliced(cls, slicer: Slicer, jurisdiction: str) -> Database:
        """One jurisdiction's slice of the batch's database, compressed: a few MB, not the whole file."""
        content = zlib.compress(slicer.slice_bytes(jurisdiction), 1)
        return cls(digest=hashlib.sha256(content).hexdigest(), content=content)

    def local_path(self, folder: Path) -> Path:
        """The file to open on this worker: the shared path, or the slice written into `folder`."""
        if self.path is not None:
            return Path(self.path)
        assert self.content is not None
        target = folder / f"indicators-slice-{self.digest[:16]}.duckdb"
        target.write_bytes(zlib.decompress(self.content))
        return target


@dataclass
class TaskResult:
    """A jurisdiction's outcome and its files, relative to its own folder, as the client will write them."""

    outcome: JurisdictionOutcome
    folder_name: str | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    worker: str = ""


def run_task(job: JurisdictionJob, notebooks: Notebooks, database: Database) -> TaskResult:
    """Run the suite of `job` in a temporary folder on this worker and return its files; never raises for a notebook."""
    with _ONE_AT_A_TIME, tempfile.TemporaryDirectory(prefix="indicators-task-") as scratch:
        root = Path(scratch)
        try:
            db_path = database.local_path(root)
            paths = notebooks.local_paths()
        except OSError as exc:
            outcome = JurisdictionOutcome(job.code, job.name_zh, ok=False, seconds=0.0,
                                          failures=[f"notebooks or database not written on worker: {exc}"])
            return TaskResult(outcome, worker=_worker_name())
        outcome = run_jurisdiction(job, paths, root / "out", db_path, warm=True)
        result = TaskResult(outcome, worker=_worker_name())
        if outcome.folder:
            folder = Path(outcome.folder)
            result.folder_name = folder.name
            result.files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
            outcome.folder = folder.name
            outcome.pages = {name: Path(page).relative_to(folder).as_posix() for name, page in outcome.pages.items()}
        return result


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except ValueError:  # not inside a Dask worker (called directly)
        return ""


def write_files(result: TaskResult, batch_folder: Path) -> Path | None:
    """Write a task's files under `batch_folder/<its folder>` atomically: the folder appears complete or not at all.

    The files go into a hidden sibling first, which is renamed into place; a name that exists is
    never overwritten (a second copy gets a suffix, as run folders do).
    """
    if result.folder_name is None:
        return None
    name = Path(result.folder_name).name
    if name in ("", ".", ".."):
        raise IndicatorsError.single("bad-task-result", f"a worker returned the folder name {result.folder_name!r}",
                                     field="folder")
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=batch_folder))
    for relative, content in result.files.items():
        target = (staging / relative).resolve()
        if not target.is_relative_to(staging.resolve()):
            raise IndicatorsError.single("bad-task-result", f"a worker returned the file {relative!r} outside its folder",
                                         field="files", value=relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for attempt in range(1, 1000):
        final = batch_folder / (name if attempt == 1 else f"{name}_{attempt}")
        try:
            staging.rename(final)  # fails when `final` exists and is not empty
        except OSError:
            if final.exists():
                continue
            raise
        return final
    raise IndicatorsError.single("output-exhausted", f"no free folder name for {name} under {batch_folder}", field="out")
