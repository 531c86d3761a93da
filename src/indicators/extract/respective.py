"""Kinds listed before 分别 paired in order with the values after it: 办理时限、申请材料、办理环节分别压减62%、30.5%、27.5%.

A report states several kinds' changes in one clause: the kinds listed with 、, then 分别 (or 依次) and the verb, then
one value each, in the same order. No wording reads such a value, since the words right before it are the verb and
the values before it (分别压减62%、); the k-th value is the k-th kind's, read as if its clause were written alone
(申请材料压减30.5%). Only where the list of kinds and the list of values are as long as each other: a list whose
last kind follows 和 or that names a whole before its kinds is left alone.
"""

from __future__ import annotations

import re

from indicators.extract.mentions import Quantity
from indicators.extract.rules import Rule, _Said, wording_unit
from indicators.extract.text import Span
from indicators.extract.vocabulary import Vocabulary

_VALUE = r"[0-9]+(?:\.[0-9]+)?(?:%|％)?"
_BEFORE = re.compile(  # the kinds, 分别 and its verb, the values before this one
    rf"(?P<kinds>[^，,。；;：:]+?)(?:分别|依次)(?P<verb>[^，,。；;：:0-9、]{{1,8}}?)(?P<values>(?:{_VALUE}、)*)$")
_AFTER = re.compile(rf"(?:、{_VALUE})*")  # the values after this one
_KIND = re.compile(r"^[^、]{1,12}$")  # a kind is a short noun: 办理时限, 申请材料, 平均跑动次数


def respective_claim(quantity: Quantity, sentence: Span, said: str, vocabulary: Vocabulary,
                     lead: str) -> tuple[Rule, tuple[int, int]] | None:
    """The wording that names `quantity` as the k-th value of a 分别 list after k kinds, with the stretch from the kinds
    to it; None where the figure is no such value or no wording names its kind's clause."""
    cut, end = quantity.start - sentence.start, quantity.end - sentence.start
    match = _BEFORE.search(said, max(0, cut - 120), cut)
    if not match or "%" not in quantity.unit:
        return None
    kinds = match.group("kinds").split("、")
    position = match.group("values").count("、")
    following = _AFTER.match(said, end).group().count("、")
    if len(kinds) < 2 or len(kinds) != position + 1 + following or not all(_KIND.match(k) for k in kinds[1:]):
        return None
    prepared = _Said.of(quantity, sentence, said)
    kind = kinds[position] if position else kinds[0][-12:]
    candidates = vocabulary.shortlists.get(wording_unit(quantity.unit))
    best = candidates and vocabulary._best(candidates, prepared._replace(stripped=f"{kind}{match.group('verb')}"),
                                           said, cut, lead)  # as Vocabulary.claim tries a list's first kind
    return (best[1], (sentence.start + match.start("kinds"), quantity.end)) if best else None
