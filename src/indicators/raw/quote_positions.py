"""Where each figure's quote stands in its report's text, found in Python, once per build.

The provenance check (every quote verbatim in its text) and the figures' character offsets both need
this position. DuckDB's `strpos` scans Chinese UTF-8 text slowly: its search starts from the
needle's first byte, and in such text nearly every third byte is the same lead byte. Over the
national corpus (3.8 M quotes in 28,500 texts) it took 8-18 s on 2 cores; Python's `str.find`
(which skips ahead on the needle's last character) takes about 1 µs a quote. The positions go back
to DuckDB as `figure_quotes`, one row per row of `raw_figures`, named by its rowid.

The search is three steps so that the build can overlap the middle one with DuckDB's work: the
quotes are fetched from DuckDB (`fetch_quotes`), searched without touching DuckDB (`search_quotes`:
pure Python, about 2 s on the national corpus, which a thread can run while DuckDB runs the other
checks, since DuckDB releases the GIL), and stored (`store_quotes`).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import duckdb
import numpy as np
import pandas as pd

from indicators.read.sql import sql_text

T = TypeVar("T")
MISSING = -1  # no text for this report (the unknown-report check names it); NULL in figure_quotes.sql


@dataclass(frozen=True)
class Quotes:
    """Every figure's quote with the text to search it in: `by_file` holds the text of each file index
    ("" without a report), `missing` the file indexes without one."""

    rowids: np.ndarray
    file_idx: np.ndarray
    quotes: np.ndarray
    by_file: list[str]
    missing: list[int]


def fetch_quotes(con: duckdb.DuckDBPyConnection, reports: pd.DataFrame) -> Quotes:
    """The quotes of `raw_figures` and the texts of `reports`, looked up by file index in a list, so
    that the loop over millions of quotes does nothing but `str.find`."""
    texts = dict(zip(reports["report_id"], reports["text"], strict=True))
    files = con.execute(sql_text("build/figure_files_read.sql")).fetchnumpy()
    by_file: list[str] = [""] * (int(files["file_idx"].max()) + 1 if len(files["file_idx"]) else 0)
    missing = []
    for index, report_id in zip(files["file_idx"].tolist(), files["report_id"], strict=True):
        text = texts.get(report_id)
        by_file[index] = "" if text is None else text
        if text is None:
            missing.append(index)
    cells = con.execute(sql_text("build/figure_quotes_read.sql")).fetchnumpy()
    return Quotes(cells["figure_rowid"], cells["file_idx"], cells["quote"], by_file, missing)


def search_quotes(found: Quotes) -> np.ndarray:
    """The 1-based position of each quote in its text (0: not in it; MISSING: no text). Touches no
    DuckDB connection, so it may run on a thread beside one."""
    by_file = found.by_file
    at = np.fromiter((by_file[i].find(q) for i, q in zip(found.file_idx.tolist(), found.quotes, strict=True)),
                     dtype=np.int64, count=len(found.file_idx)) + 1
    at[np.isin(found.file_idx, found.missing)] = MISSING
    return at


def store_quotes(con: duckdb.DuckDBPyConnection, rowids: np.ndarray, at: np.ndarray) -> None:
    """Create the temporary table `figure_quotes` (figure_rowid, quote_at) from `search_quotes`' result."""
    con.register("figure_quote_frame", pd.DataFrame({"figure_rowid": rowids, "quote_at": at}))
    con.execute(sql_text("build/figure_quotes.sql")).fetchall()
    con.unregister("figure_quote_frame")


def found_meanwhile(con: duckdb.DuckDBPyConnection, reports: pd.DataFrame, work: Callable[[Callable[[], None]], T]) -> T:
    """`work(stored)` run while a thread searches the quotes: `stored()` waits for the search and creates
    `figure_quotes`. The quotes (about 500 MB of Python strings on the national corpus) are freed on return."""
    found = fetch_quotes(con, reports)
    with ThreadPoolExecutor(max_workers=1) as pool:
        at = pool.submit(search_quotes, found)
        return work(lambda: store_quotes(con, found.rowids, at.result()))
