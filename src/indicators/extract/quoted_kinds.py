"""A kind named in quotation marks as a list item before its count: 其中，“政策解读”3条，“财政信息”191条.

Disclosure reports list the columns of their site this way, each kind quoted as the site names it. Read with its
marks, the kind ends in ” and no wording, which ends at the number, names it; read without them it is the kind a
wording knows (政策解读, 财政信息). Only an item that opens its clause or list item is read so: a title quoted after
other words (各级“民主法治示范村”12个, 荣获“全国法治县”) stays as written, since what is counted there is not the kind.
"""

from __future__ import annotations

import re

_QUOTED_KIND = re.compile(r"(?:^|(?<=[，,、：:；;]))[“\"]([^“”\"，,。；;、：:]{2,10})[”\"]$")


def unquoted_kind(stripped: str) -> str:
    """`stripped` (the words before a number) with the marks of a quoted kind right before it dropped; as it is
    where no quoted kind opens the item there."""
    match = _QUOTED_KIND.search(stripped)
    return stripped[:match.start()] + match.group(1) if match else stripped
