"""Two actions summed in one count: a number right after two of one family's actions joined is neither one's.

The catalog counts the outcomes of a process apart (reconsideration_revoked, _confirmed_illegal, _changed,
_ordered_to_perform), and reports often state two of them summed: 撤销和确认违法65件，变更和责令履行21件;
不予受理或作其他处理403件; and two kinds of items or documents (“零跑动”和“最多跑一次”事项1331项, 备案规章、规范性文件198件).
A wording of the last action before the number (确认违法65件) would name the sum as that
action's count, which it is not. The actions of each family are data (`data/summed_actions.csv`, read from the
catalog's definitions); a metric of the sum itself (reconsideration_corrected, whose definition is 撤销+变更+确认违法+
责令履行) is not listed there, so its wording keeps it.
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows

_JOINER = r"(?:决定|处理)?(?:和|及|与|以及|、|或|或者|并)(?:作出|作)?"
_QUOTED = f"[”\"’]?{_JOINER}[“\"‘]?"  # “零跑动”和“最多跑一次”事项: each named in its quotation marks
_LEAD = 8  # the joined actions end within this many characters before the number (撤销和确认违法的有65件)


@cache
def _families() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """For each family: a pattern of two of its actions joined, right before the number, and the metrics it holds.
    Two different actions are told apart by a backreference-free check in `summed` (the same action twice is one)."""
    rows = data_rows("summed_actions.csv")
    found = []
    for family in dict.fromkeys(row["family"] for row in rows):
        words = "|".join(f"(?:{row['words']})" for row in rows if row["family"] == family)
        pattern = re.compile(f"(?P<first>{words}){_QUOTED}(?P<second>{words})[^，,。；;、0-9０-９]{{0,{_LEAD}}}$")
        found.append((pattern, frozenset(row["metric"] for row in rows if row["family"] == family and row["metric"])))
    return tuple(found)


@cache
def _action(word: str) -> str:
    """The action (its table row's words) a matched word is, so 撤销和撤销 is not read as two."""
    return next((row["words"] for row in data_rows("summed_actions.csv") if re.fullmatch(row["words"], word)), word)


def summed(metric_id: str, sentence: str, cut: int) -> bool:
    """True where the figure at position `cut` of the sentence follows two different actions of the family that
    `metric_id` is one of, joined (撤销和确认违法65件): their sum, no one action's count."""
    for pattern, metrics in _families():
        if metric_id not in metrics:
            continue
        match = pattern.search(sentence, max(0, cut - 40), cut)
        if match and _action(match.group("first")) != _action(match.group("second")):
            return True
    return False
