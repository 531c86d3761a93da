"""Where each figure's quote stands in its report's text, found in Python, once per build.

The provenance check (every quote verbatim in its text) and the figures' character offsets both need
this position. DuckDB's `strpos` scans Chinese UTF-8 text slowly: its search starts from the
needle's first byte, and in such text nearly every third byte is the same lead byte. Over the
national corpus (3.8 M quotes in 28,500 texts) it took 8-18 s on 2 cores; Python's `str.find`
(which skips ahead on the needle's last character) takes about 1 µs a quote. The positions go back
to DuckDB as `figure_quotes`, one row per row of `raw_figures`, named by its rowid.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from indicators.read.sql import sql_text

MISSING = -1  # no text for this report (the unknown-report check names it); NULL in figure_quotes.sql


def find_quotes(con: duckdb.DuckDBPyConnection, reports: pd.DataFrame) -> None:
    """Create the temporary table `figure_quotes` (quote_at: 1-based character position of each
    figure's quote in its report's text, 0 when not in it, NULL without a report) beside `raw_figures`.

    The texts are looked up by file index in a list, and the figures without a report marked
    afterwards with numpy, so that the loop over millions of quotes does nothing but `str.find`."""
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
    file_idx = cells["file_idx"]
    found = np.fromiter((by_file[i].find(q) for i, q in zip(file_idx.tolist(), cells["quote"], strict=True)),
                        dtype=np.int64, count=len(file_idx)) + 1
    found[np.isin(file_idx, missing)] = MISSING
    con.register("figure_quote_frame", pd.DataFrame({"figure_rowid": cells["figure_rowid"], "quote_at": found}))
    con.execute(sql_text("build/figure_quotes.sql")).fetchall()
    con.unregister("figure_quote_frame")
