"""A count of one kind (X类) names the kind, not the verb or the ranking said between it and the number.

Breakdowns by kind of case or of matter (从申请事项看，行政处罚类数量最多，共349件; 今年受理治安管理类案件13件;
工商投诉举报类受理21件) name the kind, then what is said of it: the verb of the whole caseload (受理, 收到, 办理)
or its rank among the kinds (数量最多, 居首). Read with those words the count takes the whole's wording (受理…案件 is
the accepted cases) or none; read without them it takes the wording of its kind where the catalog has one
(`reconsideration_on_penalties`, `reconsideration_in_public_security`). The words read here are the text before the
number with its connectives dropped (`rules._Said.stripped`); 类 is what marks a kind in every such breakdown.
"""

from __future__ import annotations

import re

# the kind, then a verb of the caseload (受理, 收到, 办理) or its rank among the kinds, up to the number
_VERB = r"(?:受理|收到|办理|新收)(?:了)?"
_RANK = r"(?:的)?(?:案件)?(?:数量|件数|案件数|数)?(?:最多|最高|居首|居多|位居第一|排名第一|排在首位)[，,]?"
_KIND_THEN = re.compile(rf"(?<=[\u4e00-\u9fff])类(?:案件)?(?P<said>{_VERB}|{_RANK})$")
_VERB_THEN_KIND = re.compile(rf"{_VERB}(?=[^，,。；;、0-9]{{2,12}}类(?:案件)?$)")


def kind_named(stripped: str) -> str:
    """`stripped` with what is said of a kind between it and its number dropped (行政处罚类数量最多， → 行政处罚类,
    今年受理治安管理类案件 → 今年治安管理类案件); "" where no kind stands right before the number."""
    match = _KIND_THEN.search(stripped)
    if match:
        return stripped[:match.start("said")]
    verb = _VERB_THEN_KIND.search(stripped)
    return stripped[:verb.start()] + stripped[verb.end():] if verb else ""
