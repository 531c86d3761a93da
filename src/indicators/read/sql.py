"""The one loader of the package's `.sql` files: every query of the package is read here.

Each query lives in `src/indicators/sql/` and is read as UTF-8, whatever the platform's default:
some files hold full-width digits and Chinese keywords that another encoding would garble.
"""

from __future__ import annotations

import re
from functools import cache

from indicators import paths

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@cache
def sql_text(name: str) -> str:
    """The text of `sql/<name>` (e.g. "analysis/year_on_year.sql"); read once per process."""
    return (paths.SQL_DIR / name).read_text(encoding="utf-8")


def sql_names(folder: str = "") -> list[str]:
    """The `.sql` files directly in `sql/<folder>`, in file-name order (their NN_ prefixes), as names for `sql_text`."""
    base = paths.SQL_DIR / folder
    return [str(path.relative_to(paths.SQL_DIR)) for path in sorted(base.glob("*.sql"))]


def sql_for(name: str, **identifiers: str) -> str:
    """`sql/<name>` with `{key}` replaced by identifiers (a table or view name), which SQL cannot bind.

    Only plain identifiers are accepted, so nothing but a name can reach the statement.
    """
    text = sql_text(name)
    for key, value in identifiers.items():
        if not IDENTIFIER.match(value):
            raise ValueError(f"{value!r} is not an identifier")
        text = text.replace("{" + key + "}", value)
    return text
