"""The measure words the build reads after a figure's number, with the words that must not follow them.

The unit check of `sql/checks/unit_in_quote.sql` reads the word a quote writes right after a figure's
number (135名, 3.95个百分点). A measure word is sometimes the first character of another word (6部门, 作出
12处罚决定): the extractor's `data/measure_words.csv` says which words may not follow each one, and the build
reads the same table, so that the two never disagree on what a measure word is.
"""

from __future__ import annotations

import pandas as pd

from indicators.extract.text import DATA_DIR


def measure_word_limits() -> pd.DataFrame:
    """Each measure word with the pattern of what may not follow it (`not_followed_by`, a regular
    expression, empty for most words)."""
    words = pd.read_csv(DATA_DIR / "measure_words.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    return words[["word", "not_followed_by"]].copy()
