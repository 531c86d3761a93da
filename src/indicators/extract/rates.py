"""A rate named before its number with words of reaching between them: 出庭应诉率首次达到100%, 败诉率下降至16.4%,
办结率稳定保持在98%以上. The number is the rate's value, as in 出庭应诉率100%: the adverbs (首次, 已, 进一步) and the
verb that brings the rate to a level (提高到, 下降至, 保持在), with the level it came from (由66.9%提升至), are
dropped, so that the wording of the rate, which ends right before the number, names it. A change without 到/至/在
(败诉率下降3.2%) keeps its verb: it is the rate's change, read by `relations`, never its value.
"""

from __future__ import annotations

import re

# the nouns a rate is named by, and what may stand between them and the level they reach
_RATE = r"(?:率|比例|比重|占比)"
_ADVERBS = r"(?:首次|第一次|已经|已|均|全部|继续|持续|稳定|进一步|再次|始终|同比|分别|总体)"
_TO_A_LEVEL = r"(?:(?:提高|提升|上升|增长|增加|下降|降低|回落|减少|压降|降)(?:到|至)|(?:保持|稳定|维持|稳)(?:在)?|提高为|降为)"
# a rate named in quotation marks (“网上可办率”99.6%, “全程网办率”达到了99.84%), or as a field (在“网上可办率”方面达到了)
_QUOTED = r"(?:[”\"’](?:方面)?)?"
_REACHED = r"(?:达到了|实现了|是)"  # 了 after the connective: not dropped with it; 是, a copula as 为 (办结率是99.63%)
# the year a level is of (从2021年的34.24%提升至2025年的100%, 从2019年全年的15%提高到2020年全年的29.65%): each
# level is then that year's value of the rate, the first one too, as the curated files name both
_YEAR_OF = r"(?:(?:19|20)[0-9]{2}\s*年(?:全年|底|末)?的?)"
# the level it came from, before the verb (网上可办率由66.9%提升至92.68%: the 92.68% is the rate's value)
_FROM_A_LEVEL = rf"(?:(?:由|从){_YEAR_OF}?[0-9.]+%)"
_REACHING = re.compile(
    rf"{_RATE}(?P<reaching>{_QUOTED}{_ADVERBS}*(?:{_FROM_A_LEVEL}?(?:{_TO_A_LEVEL}|{_REACHED}){_ADVERBS}*{_YEAR_OF}?"
    rf"|(?:由|从){_YEAR_OF})?)$")


def rate_value_words(stripped: str) -> str:
    """`stripped` (the words before a % number, connectives dropped) without the adverbs and the verb of reaching
    after a rate's name (…出庭应诉率首次 → …出庭应诉率, …败诉率下降至 → …败诉率); as it is where none stand there."""
    match = _REACHING.search(stripped)
    return stripped[:match.start("reaching")] if match else stripped
