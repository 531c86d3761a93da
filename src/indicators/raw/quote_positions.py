"""Where each figure's quote stands in its report's text, found in Python, once per build.

The provenance check (every quote verbatim in its text) and the figures' character offsets both need
this position. DuckDB's `strpos` scans Chinese UTF-8 text slowly: its search starts from the
needle's first byte, and in such text nearly every third byte is the same lead byte. Over the
national corpus (3.8 M quotes in 28,500 texts) it took 8-18 s on 2 cores; Python's `str.find`
(which skips ahead on the needle's last character) takes about 1 µs a quote. The positions go back
to DuckDB as `figure_quotes`, one row per row of `raw_figures`, named by its rowid.

The search runs in the build's helper process (`raw/helper_process.py`), which holds the texts: the
build's DuckDB writes the quotes to a Parquet file (`found_meanwhile`), the helper reads them, searches
them and writes the positions to another (`search_file`), which DuckDB reads as `figure_quotes`
(`store_quotes`); meanwhile the build runs its other checks, its own Python no longer sharing a GIL
with the search's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

import duckdb
import numpy as np
import pandas as pd

from indicators.read.sql import sql_text

T = TypeVar("T")
MISSING = -1  # no text for this report (the unknown-report check names it); NULL in figure_quotes.sql
QUOTES, FILES, POSITIONS = "quotes.parquet", "files.parquet", "positions.parquet"  # in the searcher's folder


class QuoteSearcher(Protocol):
    """Who searches the quotes: `search` starts it once QUOTES and FILES are in `folder`, `positions` waits."""

    folder: Path

    def search(self) -> None: ...

    def positions(self) -> Path: ...


def search_quotes(texts: dict[str, str], report_ids: list[str], file_idx: np.ndarray, quotes: np.ndarray) -> np.ndarray:
    """The 1-based position of each quote in the text of its file's report (0: not in it; MISSING: no
    text). The texts are looked up by file index in a list, so that the loop does nothing but `str.find`."""
    by_file = [texts.get(report_id) for report_id in report_ids]
    missing = [index for index, text in enumerate(by_file) if text is None]
    by_file = ["" if text is None else text for text in by_file]
    at = np.fromiter((by_file[i].find(q) for i, q in zip(file_idx.tolist(), quotes, strict=True)),
                     dtype=np.int64, count=len(file_idx)) + 1
    at[np.isin(file_idx, missing)] = MISSING
    return at


def search_file(con: duckdb.DuckDBPyConnection, texts: dict[str, str], folder: Path) -> None:
    """Search the quotes of `folder`'s QUOTES (figure_rowid, file_idx, quote) in `texts`, the report of
    each file index read from FILES, and write each one's position to POSITIONS (figure_rowid, quote_at),
    through `con` (any connection)."""
    files = con.execute(sql_text("build/figure_files_load.sql"), {"file": str(folder / FILES)}).fetchnumpy()
    report_ids = [""] * (int(files["file_idx"].max()) + 1 if len(files["file_idx"]) else 0)
    for index, report_id in zip(files["file_idx"].tolist(), files["report_id"], strict=True):
        report_ids[index] = report_id
    cells = con.execute(sql_text("build/figure_quotes_load.sql"), {"file": str(folder / QUOTES)}).fetchnumpy()
    at = search_quotes(texts, report_ids, cells["file_idx"], cells["quote"])
    con.register("figure_quote_frame", pd.DataFrame({"figure_rowid": cells["figure_rowid"], "quote_at": at}))
    con.execute(sql_text("build/figure_positions_write.sql"), {"file": str(folder / POSITIONS)})
    con.unregister("figure_quote_frame")


def store_quotes(con: duckdb.DuckDBPyConnection, positions: Path) -> None:
    """Create the temporary table `figure_quotes` (figure_rowid, quote_at) from the positions' file."""
    con.execute(sql_text("build/figure_quotes.sql"), {"file": str(positions)}).fetchall()


def start_search(con: duckdb.DuckDBPyConnection, searcher: QuoteSearcher) -> None:
    """Write the quotes of `raw_figures` and the report of each figures file for `searcher`, and start it.
    DuckDB writes them out: no quote becomes a Python string here."""
    con.execute(sql_text("build/figure_quotes_write.sql"), {"file": str(searcher.folder / QUOTES)})
    con.execute(sql_text("build/figure_files_write.sql"), {"file": str(searcher.folder / FILES)})
    searcher.search()


def found_meanwhile(con: duckdb.DuckDBPyConnection, searcher: QuoteSearcher, work: Callable[[Callable[[], None]], T]) -> T:
    """`work(stored)` run while `searcher` searches the quotes (`start_search` started it): `stored()`
    waits for the search and creates `figure_quotes`."""
    return work(lambda: store_quotes(con, searcher.positions()))
