"""Frames a run's notebook kernel has already read, given again instead of queried again.

A jurisdiction's five pages ask some queries twice: year on year (its page and the summary's
comparable changes) and the target gaps (its page and the summary's targets), about 0.07 CPU s of
DuckDB a jurisdiction in a batch. Where the process keeps the database attached between reads
(`db.keeps_attached`: the kernels of `indicators run`), the same query with the same parameters on
the same file (`db.file_identity`: a build renamed over it is another file) gives the same frame, so
it is remembered: each caller gets its own copy, the remembered frame is never handed out. Other
processes query every time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from indicators import paths
from indicators.read.db import file_identity, keeps_attached

KEPT = 8  # frames: a jurisdiction's pages repeat two queries; the next jurisdiction's parameters differ
_frames: OrderedDict[tuple, pd.DataFrame] = OrderedDict()


def remembered(name: str, params: Mapping[str, object], db_path: Path | None, query: Callable[[], pd.DataFrame]
               ) -> pd.DataFrame:
    """The frame of query `name` with `params`: remembered from an earlier read of the same file, or `query()`."""
    if not keeps_attached():
        return query()
    path = Path(db_path) if db_path else paths.database_path()
    key = (str(path.resolve()), file_identity(path), name, repr(sorted(params.items())))
    if key in _frames:
        _frames.move_to_end(key)
        return _frames[key].copy(deep=True)
    frame = query()
    _frames[key] = frame.copy(deep=True)
    while len(_frames) > KEPT:
        _frames.popitem(last=False)
    return frame
