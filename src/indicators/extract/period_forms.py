"""The words the period reading (`periods`, `year_lists`) looks for, kept as data: `data/period_forms.csv`.

Each row is one form (`form`), a regular expression (`pattern`) and the real text that showed it (`note`);
rows of one form are tried as alternatives, so a form grows by a row, not by an edit of code.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows


@cache
def period_form(form: str) -> re.Pattern[str]:
    """The pattern of `form`: its rows' patterns as alternatives (a pattern matching nothing where it has none)."""
    patterns = [row["pattern"] for row in data_rows("period_forms.csv") if row["form"] == form]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns) or r"(?!)")
