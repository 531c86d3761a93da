"""The last row of a sentence that names a metric in a unit, found without rescanning the sentence's rows.

`relations.back_reference` asks, for every quantity, for the nearest earlier row of its sentence with a metric in
its unit. Scanned back from the end each time, a sentence listing thousands of unnamed items (N项、N项…) was read
once per item: quadratic, and most of the time of the long-list test at 16,000 items. A sentence's rows are only
ever appended while it is read (`candidates.extract_figures`), so the answer per unit is kept and updated with the
rows added since the last question; a list that is not the one followed (or whose rows were replaced) starts over.
"""

from __future__ import annotations

_followed: list = [None, 0, None, {}]  # the rows list, how many were read, the last one read, unit -> last named


def last_named(earlier: list[dict], unit: str) -> dict | None:
    """`next((row for row in reversed(earlier) if row["metric_id"] and row["unit"] == unit), None)`, in time
    proportional to the rows added since the last call on the same list."""
    rows, read, last_read, named = _followed
    if rows is not earlier or read > len(earlier) or (read and earlier[read - 1] is not last_read):
        read, named = 0, {}
    for row in earlier[read:]:
        if row["metric_id"]:
            named[row["unit"]] = row
    _followed[:] = [earlier, len(earlier), earlier[-1] if earlier else None, named]
    return named.get(unit)
