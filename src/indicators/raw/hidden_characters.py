"""Characters no cell of a raw file may hold, though a page or a spreadsheet would not show them.

Checked on every text column of the raw files pandera reads (meta.yml fields, catalogs, targets), vectorized since
they run on every cell; the figures' cells are checked in SQL (sql/build/figure_checks.sql).
"""

from __future__ import annotations

import pandera.pandas as pa

# control characters other than tab and line breaks: an xlsx cell cannot hold them (every export of the
# report crashed), a page cannot show them, and a NUL was stored and exported to CSV as it was
CONTROL_CHARACTER = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def printable() -> pa.Check:
    """Refuses a cell holding a control character; vectorized, as it runs on every raw cell."""
    message = ("control-character|holds a control character (NUL, vertical tab, form feed...), which no "
               "spreadsheet or page can show; delete it")
    return pa.Check(lambda cells: ~cells.str.contains(CONTROL_CHARACTER, regex=True), name=message, error=message)


# the invisible marks that set the direction of text (U+200E LRM, U+200F RLM, U+061C ALM, the U+202A-202E embeddings
# and overrides, the U+2066-2069 isolates): a source address copied from a browser can carry one, and on a page
# it reorders what is shown around it, unseen (safety36)
DIRECTION_MARK = "[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"


def no_direction_mark() -> pa.Check:
    """Refuses a cell holding a direction mark; vectorized, as printable() is."""
    message = ("direction-mark|holds an invisible direction mark (U+200E, U+200F, U+202A-202E, U+2066-2069), "
               "which reorders the text a page shows around it; delete it")
    return pa.Check(lambda cells: ~cells.str.contains(DIRECTION_MARK, regex=True), name=message, error=message)
