"""The attendance of the sessions counted right before it: 法治讲座15场8600余人次, 专题培训10场次，受众近1000人次.

A series of sessions is counted with how many took part in the same breath; the attendance names no noun of its
own (受众, 参加 at most), so no wording can name it, but the sessions before it do. A count in 人次 that follows a
named count of sessions in its sentence, with nothing between them but a clause mark and the words of attending, is
those sessions' attendance: the metric `data/session_attendance.csv` pairs with theirs.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.mentions import Quantity
from indicators.extract.rules import Rule
from indicators.extract.text import Span, data_rows

_BETWEEN = re.compile(r"[，,、]?(?:共计|累计|合计|共|受众|覆盖|参训人员|参训|参加)*(?:近|约|达|超)?\s*")
_AFTER = re.compile(r"(?:[，,。；;、]|参加|参训|$)")
_UNITS = ("人次", "万人次")


@cache
def _attendance_of() -> dict[str, str]:
    return {row["sessions"]: row["attendance"] for row in data_rows("session_attendance.csv")}


def attendance_claim(quantity: Quantity, sentence: Span, earlier: list[dict]) -> tuple[Rule, tuple[int, int]] | None:
    """The attendance metric of the sessions counted right before `quantity` in its sentence (the rows `earlier`),
    with the stretch from them to it; None where `quantity` is no such count."""
    if quantity.unit not in _UNITS or not earlier:
        return None
    last = earlier[-1]
    metric = _attendance_of().get(last["metric_id"])
    offset = sentence.start
    between = sentence.text[last["_end"] - offset:quantity.start - offset]
    if not metric or not _BETWEEN.fullmatch(between) or not _AFTER.match(sentence.text, quantity.end - offset):
        return None
    rule = Rule(f"attendance:{last['metric_id']}", metric, quantity.unit, None, None, None, "", 30)
    return rule, (int(last["quote_start"]), quantity.end)
