"""The words between a number and the keyword that names it: 共/达/为/分别 (connectives) and the lists of names that
share one number (办结率、满意率均为100%).

Rules and wordings match the keyword itself (审结, 纠错率), so the connectives after it are stripped first; a list of
names sharing one number names its own topic. Kept apart from `mentions`, which finds the numbers, because both the
rules and the vocabulary read these words, never the quantities.
"""

from __future__ import annotations

import re

# the connectives and qualifiers a number may follow (共221件, 纠错率约19.2%, 超过300件): rules name the keyword before them
# a list's values in their order (分别为 3595件、2710件): read by the connectives, periods and relations
RESPECTIVELY = ("分别", "依次")
# round 39: 满意度在99.9%以上; not 均在, which a list of rates sharing one number ends with (参考率、及格率均在80%以上),
# nor the 在 of 存在 (round 77: 信息不存在2件 names the requests whose information does not exist)
_AT = "(?<![均都存])在"
_CONNECTIVE_WORDS = ("共计", "合计", "总计", "累计", "共", "达到", "达", "有", "为", "约为", "实现",
                     "约", "大约", "将近", "接近", "近", "超过", "超", "突破", "逾", "高达", "多达", "仅",
                     "保持在", "稳定在", "维持在", _AT, *RESPECTIVELY)
_CONNECTIVES = re.compile(f"(?:{'|'.join(_CONNECTIVE_WORDS)})+$")
_CONNECTIVE_ENDS = frozenset(w[-1] for w in _CONNECTIVE_WORDS)


def connective_stripped(before: str) -> str:
    """The text before a number without its trailing 共/达/有/为 (and blanks: 审结 45 件): rules then match
    the keyword itself."""
    before = before.rstrip(" \u3000\u00a0")
    if before[-1:] not in _CONNECTIVE_ENDS and not before.endswith("\n"):
        return before  # no connective can end here ($ also matches before a final newline): skip the scan
    stripped = _CONNECTIVES.sub("", before)
    if "、" in stripped and any(word in before[len(stripped):] for word in RESPECTIVELY):
        return before  # 济南、临沂…收案数分别为3595件: the first place's figure, named by no metric
    if stripped.endswith(_ALL_OF):
        # 网上可办率和事项编目覆盖率均达100%: one number for each rate listed; the first rate names it
        return _SHARED_LIST.sub("", stripped)
    return stripped


_ALL_OF = ("均", "都")
# the marks between the names of such a list; not the 与 of 参与 (参与率、合格率均达100%: the list is 参与率 and 合格率)
_SHARED_LIST = re.compile(r"(?:(?:、|(?<!参)与|和|及)(?:参与|[^，,。；;、和与及]){1,16}?)+(?:均|都)$")


def shares_one_number(before: str) -> bool:
    """True where the words before a number end with a list of names sharing it (办结率、满意率均为100%):
    such a list names its own topic, so no earlier sentence lends it one."""
    before = before.rstrip(" \u3000\u00a0")
    return before[-1:] in _CONNECTIVE_ENDS and bool(_SHARED_LIST.search(_CONNECTIVES.sub("", before)))
