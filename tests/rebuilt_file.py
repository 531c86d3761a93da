"""A database file replaced under a reader, as `indicators build` does: for the tests of reads that keep a file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb


def rebuild_over(live: Path, built_db: Path, change: str) -> None:
    """Write a copy of `built_db` changed by the statement `change` beside `live`, then rename it over `live`, as a
    build renames its new file over the old one: a reader must see the new file, not the one it attached before."""
    changed = live.with_name(f"next-{live.name}")
    shutil.copyfile(built_db, changed)
    con = duckdb.connect(str(changed))
    con.execute(change)
    con.execute("checkpoint")
    con.close()
    os.replace(changed, live)
