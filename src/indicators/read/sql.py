"""The one loader of the package's `.sql` files.

Every query lives in `src/indicators/sql/` and is read here, always as UTF-8: some files hold
full-width digits and Chinese keywords, and a platform default encoding would garble them.
"""

from __future__ import annotations

from functools import cache

from indicators import paths


@cache
def sql_text(name: str) -> str:
    """The text of `sql/<name>` (e.g. "analysis/year_on_year.sql"); read once per process."""
    return (paths.SQL_DIR / name).read_text(encoding="utf-8")
