"""`last_named` answers as a scan back over the sentence's rows would, while rows are appended, and starts over
for another list or one whose rows were replaced."""

from __future__ import annotations

import random

from indicators.extract.last_named import last_named


def _scanned(earlier: list[dict], unit: str) -> dict | None:
    return next((row for row in reversed(earlier) if row["metric_id"] and row["unit"] == unit), None)


def test_it_answers_as_the_scan_while_rows_are_appended() -> None:
    pick = random.Random(7)
    earlier: list[dict] = []
    other: list[dict] = [{"metric_id": "m", "unit": "件"}]
    for _ in range(300):
        earlier.append({"metric_id": pick.choice(["", "a", "b"]), "unit": pick.choice(["件", "项", "%"])})
        for unit in ("件", "项", "%", "人"):
            assert last_named(earlier, unit) is _scanned(earlier, unit)
        assert last_named(other, "件") is other[0]  # another list between two questions: read afresh


def test_a_list_whose_rows_were_replaced_is_read_afresh() -> None:
    earlier = [{"metric_id": "a", "unit": "件"}, {"metric_id": "", "unit": "件"}]
    assert last_named(earlier, "件") is earlier[0]
    earlier[:] = [{"metric_id": "", "unit": "件"}, {"metric_id": "", "unit": "件"}, {"metric_id": "b", "unit": "项"}]
    assert last_named(earlier, "件") is None
    assert last_named(earlier, "项") is earlier[2]
