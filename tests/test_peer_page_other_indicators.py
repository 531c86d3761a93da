"""The peer page never says the focus alone has a value when peers have values of other indicators: qa39's batch of
2022 put 银州区 (网上申办率 100%), 东丽区 (即办件比例 ≥ 92%) and 镇宁布依族苗族自治县 (“一窗受理”比例 100%) among the
county-level jurisdictions, each stating one rate the others do not, and each page read 只有<itself>有数值 above a
table listing the two others' values."""

from __future__ import annotations

import pandas as pd

from indicators.publish.peer_page import Compared, note

PEERS = Compared("211202", 2022, "银州区", "2022年已载入的县级辖区", "every county-level jurisdiction loaded for 2022", 0)


def standing(*focus_values: str | None) -> pd.DataFrame:
    return pd.DataFrame({"indicator_id": ["instant_items_rate", "one_window_rate", "online_application_rate"],
                         "value_text": list(focus_values), "peers": [1, 1, 1]})


def test_peers_with_values_of_other_indicators_are_not_denied() -> None:
    said = note(standing(None, None, "100"), PEERS).data
    assert "只有银州区" not in said
    assert "没有其他辖区有银州区（211202）所报指标的数值，其他辖区的其他指标数值列于下表" in said
    assert "no peer has a value of an indicator this one reports" in said


def test_the_focus_alone_with_values_is_still_said_so() -> None:
    said = note(standing("98", "100", "100"), PEERS).data
    assert "2022年已载入的县级辖区中只有银州区（211202）有数值。" in said
