"""Where each figure's quote stands in its report's text, found in Python, once per build.

The provenance check (every quote verbatim in its text) and the figures' character offsets both need
this position. DuckDB's `strpos` scans Chinese UTF-8 text slowly: its search starts from the
needle's first byte, and in such text nearly every third byte is the same lead byte. Over the
national corpus (3.8 M quotes in 28,500 texts) it took 8-18 s on 2 cores; Python's `str.find`
(which skips ahead on the needle's last character) takes about 1 µs a quote. The positions go back
to DuckDB as `figure_quotes`, one row per row of `raw_figures` in the same order, read beside it
with a positional join.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from indicators.read.sql import sql_text

MISSING = -1  # no text for this report (the unknown-report check names it); NULL in figure_quotes.sql


def find_quotes(con: duckdb.DuckDBPyConnection, reports: pd.DataFrame) -> None:
    """Create the temporary table `figure_quotes` (quote_at: 1-based character position of each
    figure's quote in its report's text, 0 when not in it, NULL without a report) beside `raw_figures`."""
    texts = dict(zip(reports["report_id"], reports["text"], strict=True))
    cells = con.execute(sql_text("build/figure_quotes_read.sql")).fetchnumpy()
    found = np.fromiter((_position(texts.get(report_id), quote) for report_id, quote
                         in zip(cells["report_id"], cells["quote"], strict=True)), dtype=np.int64,
                        count=len(cells["quote"]))
    con.register("figure_quote_frame", pd.DataFrame({"quote_at": found}))
    con.execute(sql_text("build/figure_quotes.sql")).fetchall()
    con.unregister("figure_quote_frame")


def _position(text: str | None, quote: str) -> int:
    return MISSING if text is None else text.find(quote) + 1
