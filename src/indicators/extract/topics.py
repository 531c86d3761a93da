"""Whether the topics a study count lists are all of law: a list of mixed kinds is study of any subject.

Reports name what a body studied as a list before the count (全年组织习近平法治思想、总体国家安全观、党的二十大…等
专题学习12次; 全年开展习近平法治思想、《民法典》等专题学习2次). `sessions.py` reads a bare study action (专题学习)
in a report on law as law study; where the list before it names a topic with no word of law (总体国家安全观, 党的二十大),
the sessions counted are study of several subjects, of which law is one: the body's study of any subject, not its law
study. A list whose topics all name law (习近平法治思想、宪法、民法典等) stays law study.
"""

from __future__ import annotations

import re

_LAW = re.compile(r"法|宪|条例|规章")  # 法治, 法律, 民法典, 宪法, 依法治国, 条例
_LISTED_END = re.compile(r"等[^，,。；;：:0-9０-９、]{0,6}$")  # …等专题: a list closed by 等 right before the action


def mixed_topics(before: str, action: str) -> bool:
    """True where `action` (the study's own words) names no law and `before` (its clause up to the action) ends
    with a list of topics (…、…等) of which one names no law. Not 和 as a list mark: 中华人民共和国. Each attempt
    of the pattern reads at most a few characters and the list is split once: linear in the clause."""
    if _LAW.search(action):
        return False
    end = _LISTED_END.search(before)
    items = before[:end.start()].split("、") if end else []
    return len(items) > 1 and any(item and not _LAW.search(item) for item in items)
