"""Inventories counted before their name (round 11 of #17): sites and model villages whose name, not the verb
before the number, says what is counted. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


@pytest.mark.parametrize(("text", "metric"), [
    ("全县已依托村部建起12个法治文化主题公园。", "rule_of_law_culture_sites"),
    ("全镇已打造3个“法治文化长廊”。", "rule_of_law_culture_sites"),
    ("全市已创建45个“民主法治村”。", "demonstration_villages"),
    ("全区共培育8个市级民主法治社区。", "demonstration_villages"),
    ("评选确定6个示范地区、4个示范项目。", "demonstration_areas_named"),
])
def test_an_inventory_counted_before_its_name_takes_the_names_metric(text, metric, rules) -> None:
    assert list(extract_figures(text, 2023, rules)["metric_id"])[0] == metric


def test_a_count_of_another_thing_before_the_name_stays_unnamed(rules) -> None:
    # the villages' building work counted, not the villages
    frame = extract_figures("开展5次民主法治村建设督导。", 2023, rules)
    assert list(frame["metric_id"]) == [""]
