"""Round 98 (#17): what blind90 showed that recurs in any report.

Named: requests written 依申请公开办理量, 政府信息公开申请受理 or 依申请公开政府信息共收到; online requests made through
网络渠道 or 门户网站, or 通过网络提交申请; 予以公开答复 as granted; a quoted outcome with 的 after it (“本机关不掌握相关
政府信息”的3件); 预算/决算信息; 采购信息类. Unnamed: the reconsiderations carried over in a bracket (被申请行政复议9件
(含上一年度结转1件)), which are no requests carried over.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_requests_in_more_orders(checkout_rules) -> None:
    assert named("（二）依申请公开情况\n本镇依申请公开办理量为0件。", 2025, checkout_rules)["0"] == "disclosure_requests"
    assert named("（二）依申请公开情况\n政府信息公开申请受理2条。", 2025, checkout_rules)["2"] == "disclosure_requests"
    text = "（二）依申请公开情况\n2024年，依申请公开政府信息共收到19件。"
    assert named(text, 2024, checkout_rules)["19"] == "disclosure_requests"


def test_online_requests_and_outcomes(checkout_rules) -> None:
    text = ("（二）依申请公开情况\n2024年，依申请公开政府信息共收到19件，其中通过网络提交申请7件。"
            "予以公开答复8件，“本机关不掌握相关政府信息”的3件。")
    names = dict(figure_columns(text, 2024, checkout_rules, "value", "metric_id"))
    assert names["7"] == "disclosure_requests_online"
    text = "（二）依申请公开情况\n2025年，共收到政府信息公开申请12件，其中网络渠道申请5件。"
    assert named(text, 2025, checkout_rules)["5"] == "disclosure_requests_online"
    assert names["8"] == "disclosure_granted" and names["3"] == "disclosure_not_held"


def test_kinds_of_information(checkout_rules) -> None:
    text = "主动公开政府信息60条，其中“三公”经费及预算/决算信息2条，采购信息类9条。"
    read = named(text, 2025, checkout_rules)
    assert read["2"] == "disclosure_fiscal_items" and read["9"] == "disclosure_procurement_items"


def test_reconsiderations_carried_over_are_no_requests(checkout_rules) -> None:
    text = "（二）依申请公开情况\n因政府信息依申请公开答复被申请行政复议6件（含上一年度结转1件）。"
    assert named(text, 2025, checkout_rules)["1"] == ""
