"""Whose sessions a list of bodies before one figure counts: one body's, the government's own, or the Party's and the
government's together (`sessions.py` reads the body and the action; this module reads the list).

Reports list the bodies that held the sessions a figure counts (县委常委会、县政府常务会专题学法13次; 市委理论学习中心组、
市政府党组理论学习中心组全年开展集体学法11次). Rules of how such lists are built, read on the curated rows of every
batch: bodies of two classes are the leadership's joint figure; two bodies of one class of whom one is the Party's
and one the government's (the study groups of the 市委 and of the 市政府党组) are a class of their own
(central_group_of_both: their law study is the leadership's, their study of any subject the study groups'); a list
of the government's own bodies only is the government's executive figure; an item that holds a count of its own
(其中市委理论学习中心组6次、市政府常务会议会前学法5次) is a figure of its own and ends the list. The classes and which
of them are the government's own are data (`data/session_bodies.csv`, column `joins`; what each class counts is
`data/session_metrics.csv`).
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows

JOINT = "leadership"  # bodies of two classes listed before one action: 县委常委会、县政府常务会专题学法13次
_OWN = "executive"  # the government's own bodies listed before one action: 县政府党组会议、县政府常务会议…5次
_COUNTED = re.compile(r"[0-9０-９]\s*(?:次|场次|场|期|个|项|件|条|篇)")  # an item with a count (51个, 6次) is a figure
# of its own, not one body of the list (区委常委会会议第一议题51个、区委理论学习中心组学习会19次: the study group's)
BOTH = "_of_both"  # a class's bodies of the Party and of the government together: session_metrics.csv says what they count
_EACH = re.compile(r"分别|各自")  # after the list: each body held the count, a figure of each (the head's class)
_AND = re.compile(r"[和及与]")  # before a body in the head's clause, between items as 、 is: 区委常委会和区政府常务会学法7次
_PLACE = re.compile(r"[省市县区州旗镇乡]?(?:人民)?")  # the level a body's name may open with: 区政府常务会
_CLAUSE = re.compile(r"[，,；;：:。]")  # 中心组和召开…会议，…，全年开展党委会议前学习14次: no list across a clause
_GOVERNMENT = re.compile(r"政府")  # an item of the government (市政府党组理论学习中心组), not of the Party (市委…)

Bodies = tuple[tuple[re.Pattern[str], str], ...]


@cache
def _joining() -> frozenset[str]:
    """The body classes a joint list is made of (column `joins` of session_bodies.csv): not the departments,
    leaders or organisers, whose lists are of one kind."""
    return frozenset(row["body"] for row in data_rows("session_bodies.csv") if row["joins"])


@cache
def _governments() -> frozenset[str]:
    """The body classes that are the government's own (column `joins` says "government"): a list of them alone
    (区政府党组会、常务会议集体学法7次) is the government's executive figure, not the Party's and the government's."""
    return frozenset(row["body"] for row in data_rows("session_bodies.csv") if row["joins"] == "government")


def last_body(patterns: Bodies, text: str, within: int | None = None) -> tuple[int, int, str] | None:
    """The class whose match ends last in `text` (the longer match where two end together), with its span;
    only matches starting in the first `within` characters where it is given. `sessions.py` reads its bodies and
    actions with it too."""
    best: tuple[int, int, str] | None = None
    for pattern, name in patterns:
        for match in pattern.finditer(text):
            if within is not None and match.start() > within:
                break
            if best is None or (match.end(), -match.start()) > (best[1], -best[0]):
                best = (match.start(), match.end(), name)
    return best


def _listed(bodies: Bodies, before: str, head: int) -> str:
    """`before` with each 和, 及 or 与 of the head's clause that a body follows at once written as 、 (区委常委会和区政府
    常务会: two items); one followed by a verb joins no bodies (中心组和召开…会议，…党委会议前集中学习14次: one body)."""
    clause = max((mark.end() for mark in _CLAUSE.finditer(before, 0, head)), default=0)
    cuts = [m.start() for m in _AND.finditer(before, clause)
            if any(p.match(before, at) for p, _ in bodies for at in (m.end(), _PLACE.match(before, m.end()).end()))]
    return "".join("、" if i in cuts else char for i, char in enumerate(before))


def joint(bodies: Bodies, text: str, head: tuple[int, int, str]) -> tuple[int, str]:
    """The head body, or the leadership's joint figure where the head ends a list (、, 和, 及, 与) of bodies of two
    classes or more, or the class "of both" where the Party's and the government's bodies of one class are listed; the
    government's executive figure where every item is the government's own body; an item naming no body, or holding
    a count of its own, ends the list (and may be the Party's: 市委全面依法治市委员会会议、市政府党组会议、…, joint). A list
    followed by 分别 (each) counts each body's sessions: the head's class."""
    if _EACH.search(text, head[1]):  # 县委理论学习中心组、县政府党组中心组分别开展4次: each body's count, not their joint one
        return head[0], head[2]
    classes, owners, start, before = set(), set(), head[0], text[:head[1]]
    position, whole, items = len(before), True, 0  # whole: every item of the list names a body
    for item in reversed(_listed(bodies, before, head[0]).split("、")):
        position -= len(item)
        found = last_body(bodies, item)
        if not found or found[2] not in _joining() or (items and _COUNTED.search(item)):
            whole = False
            break
        classes.add(found[2])
        owners.add(bool(_GOVERNMENT.search(item)))
        start, position, items = position + found[0], position - 1, items + 1
    if len(classes) > 1:
        return start, _OWN if whole and classes <= _governments() else JOINT
    if items > 1 and len(owners) > 1:  # 市委理论学习中心组、市政府党组理论学习中心组: the Party's and the government's
        return start, f"{head[2]}{BOTH}"
    return head[0], head[2]


_MEANS = re.compile(r"(?:通过|采取|以)[^，,。；;]*等(?:形式|方式|载体|途径)")


def means_listed(bodies: Bodies, clause: str) -> str | None:
    """The joint class where a clause lists the means of study by the bodies that use them (通过区委理论中心组专题学习及
    区委常委会会议、区政府常务会会议会前学法等形式，全年学法18场次): bodies of two classes or more are the leadership's
    joint figure (the government's executive figure where all are its own); None where the clause is no such list."""
    if not _MEANS.match(clause):
        return None
    classes = {name for pattern, name in bodies if name in _joining() and pattern.search(clause)}
    if len(classes) < 2:
        return None
    return _OWN if classes <= _governments() else JOINT
