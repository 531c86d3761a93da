"""A stock, a flow and what was kept (round 12 of #17): the items kept after a clean-up are the list, not the items
removed; an addition to a stock in the year is not the stock; the documents in force are not those issued. Texts
written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest
from named_figures import named_values as named


def test_items_kept_after_a_cleanup_are_the_list_not_the_items_removed(rules) -> None:
    text = "全年取消行政审批中介服务事项12项，清理后保留的中介服务事项37项。"
    assert named(text, 2023, rules) == {"12": "intermediary_service_items_removed", "37": "intermediary_service_items"}


@pytest.mark.parametrize("text, value", [
    ("全年新增持证执法人员14名。", "14"),  # an addition to the officers in place
    ("我市现行以市政府名义制发的规范性文件共有310件。", "310"),  # the documents in force
])
def test_a_stock_and_its_additions_are_not_confused(text, value, rules) -> None:
    assert named(text, 2023, rules)[value] == ""
