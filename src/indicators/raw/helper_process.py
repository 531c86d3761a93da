"""The build's one helper process: the reports read and every quote searched, off the build's GIL.

The build's Python work (28,500 metadata files and texts read, decoded and hashed; 3.8 M quotes
searched in them) held the GIL that the build's own Python (the figures files read, the value-in-quote
loop, DuckDB's Python-side work) also needs: on threads they took turns (docs/benchmarks.md, speed16
and speed19). Here they run in a second process, started when the build starts, whose results reach
the build's DuckDB as Parquet files in the build's parts folder, read by DuckDB without a Python
string: the texts (`texts.parquet`, written while the build parses the figures) and each quote's
position (`positions.parquet`, from `quotes.parquet` and `files.parquet`, which the build's DuckDB
wrote as soon as it had parsed the figures).

This is one process with one job per build, a design of the build, not a pool: it is started from a
forkserver that has imported this module once (a test session builds many times), talks through one
pipe, and ends with the build. If the build dies, the helper's next read of the pipe ends it, and it
writes no texts once the build is gone.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path

import duckdb
import pandas as pd

from indicators.errors import IndicatorsError, Problem
from indicators.raw.quote_positions import POSITIONS, search_file
from indicators.raw.reports import load_reports
from indicators.read.sql import sql_text

TEXTS = "texts.parquet"
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload([__name__])
HELPER_NAME = "indicators-build-helper"


def refuse_inside_helper() -> None:
    """A build started while the helper imports the script that started the build (multiprocessing imports
    the main script in its processes) would wait forever for the build's lock: refused instead."""
    if multiprocessing.current_process().name == HELPER_NAME:
        raise IndicatorsError.single("build-in-helper", "the build's helper process imported a script that builds "
                                     "when imported", hint='call build_database under `if __name__ == "__main__":`')


class BuildHelper:
    """The helper process of one build, reading `raw_dir`'s reports into `folder` from the moment it starts."""

    def __init__(self, raw_dir: Path, folder: Path) -> None:
        self.folder = folder
        self._pipe, child = _CONTEXT.Pipe()
        self._process = _CONTEXT.Process(target=_serve, args=(raw_dir, folder, child, os.getpid()), daemon=True,
                                         name=HELPER_NAME)
        # started on a thread: the first build of a process waits 0.5-1 s for the forkserver's imports,
        # which the build spends reading its catalogs and figures files instead
        self._starting = ThreadPoolExecutor(max_workers=1)
        self._started = self._starting.submit(self._start, child)

    def _start(self, child: Connection) -> None:
        try:
            self._process.start()
        finally:
            child.close()

    def reports(self) -> tuple[pd.DataFrame, list[Problem]]:
        """Every report's metadata (no text: the texts are in `texts.parquet`) and the problems found."""
        return self._answer()

    def search(self) -> None:
        """Start the search of the quotes' file (written by now; the helper may still be reading reports)."""
        # a few bytes: the pipe holds them while the helper sends the reports; if it ended, the answer says so
        self._started.result()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._pipe.send("search")

    def positions(self) -> Path:
        """Wait for the search; the file of each quote's position."""
        self._answer()
        return self.folder / POSITIONS

    def close(self) -> None:
        """End the helper: closing the pipe ends its wait; one still reading is stopped."""
        self._starting.shutdown()
        self._pipe.close()
        if self._started.exception() is not None:
            return  # never started
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def _answer(self):  # noqa: ANN202 - what the helper sent, or its exception raised here
        self._started.result()
        try:
            kind, payload = self._pipe.recv()
        except (EOFError, ConnectionResetError):  # reset: it died with a message of the build unread
            self._process.join(timeout=1)
            raise IndicatorsError.single("helper-ended", f"the build's helper process ended (exit code "
                                         f"{self._process.exitcode}) before it answered") from None
        if kind == "error":
            raise payload
        return payload


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _serve(raw_dir: Path, folder: Path, pipe: Connection, build_pid: int) -> None:
    """The helper's whole life: the reports read and written, then one search when the build asks."""
    try:
        reports, problems = load_reports(raw_dir)
        if not _alive(build_pid):  # the build is gone, and its parts folder with it
            return
        con = duckdb.connect(config={"threads": 1})
        con.register("raw_reports_frame", reports)
        con.execute(sql_text("build/texts_write.sql"), {"file": str(folder / TEXTS)})
        con.unregister("raw_reports_frame")
        pipe.send(("reports", (reports.drop(columns="text"), problems)))
        pipe.recv()
        search_file(con, dict(zip(reports["report_id"], reports["text"], strict=True)), folder)
        pipe.send(("positions", None))
    except (EOFError, BrokenPipeError):
        return  # the build ended first
    except BaseException as exc:  # noqa: BLE001 - handed to the build, which raises it
        try:
            pipe.send(("error", exc))
        except (BrokenPipeError, OSError):
            return
    finally:
        pipe.close()
