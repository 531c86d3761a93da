"""The words that write a bound beside a number (余, 以上, 超过, 不超过, 以内, 约, 左右…), which the build
reads in a qualified figure's quote (`sql/checks/qualifier_in_quote.sql`).

They are data, `raw/bound_words.csv`, with their traditional spellings (餘, 超過, 內, 約), so that the SQL
matches a page in either script without translating it. The extractor reads bounds with patterns of its own;
`tests/test_bound_words.py` checks that every bound it writes in a candidate's quote is a word here, so that a
candidate an analyst accepts as extracted is never refused by the build.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

BOUND_WORDS_CSV = Path(__file__).resolve().parent / "bound_words.csv"


@cache
def _read() -> pd.DataFrame:
    return pd.read_csv(BOUND_WORDS_CSV, dtype=str, keep_default_na=False, encoding="utf-8")


def bound_words() -> pd.DataFrame:
    """Each bound word with the qualifier it writes (`word`, `qualifier`), a fresh frame for each build
    (the build numbers the rows of every frame it loads)."""
    return _read()[["word", "qualifier"]].copy()
