"""Whose study or meeting (round 11 of #17): the Party committee and the government named together as one subject
hold the leadership's joint sessions, and a Party committee's own meetings are the Party's meetings, whoever is named
before them (the meetings of its commission on governing by law, named by their noun, are the commission's since
round 42). Texts written for these tests, not copied from the real
excerpts."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def named(text: str, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, 2023, rules)
    return list(frame[["metric_id", "value"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("text, metric", [
    ("全年县委、县政府开展会前学法12次。", "leadership_law_study_sessions"),
    ("全年召开镇党委专题会议4次，研究部署法治建设工作。", "party_rule_of_law_meetings"),
    # round 42: the commission's meetings named by their noun are its own (rule_of_law_committee_meetings, a metric
    # since round 29, as the real curators of eleven batches name them); the commission holding a meeting not so
    # named stays the Party's
    ("县委、县政府高度重视法治工作，召开县委全面依法治县委员会会议2次，研究部署依法治县工作。",
     "rule_of_law_committee_meetings"),
    ("县委依法治县委员会召开2次会议研究部署全县法治政府建设工作。", "party_rule_of_law_meetings"),
])
def test_the_body_named_decides_whose_sessions(text, metric, rules) -> None:
    assert named(text, rules)[0][0] == metric


def test_the_governments_own_meeting_stays_the_executives(rules) -> None:
    assert named("全年县政府常务会议会前学法10次。", rules) == [("executive_law_study_sessions", "10")]


def test_a_list_of_bodies_each_holding_the_count_is_each_bodys(rules) -> None:
    # 分别: each study group held 5, not the two together (their joint class would be the leadership's)
    text = "县委理论学习中心组、县政府党组理论学习中心组分别开展5次法律法规专题学习。"
    assert named(text, rules) == [("central_group_law_study_sessions", "5")]
    text = "县委理论学习中心组、县政府党组理论学习中心组共开展5次法律法规专题学习。"
    assert named(text, rules) == [("leadership_law_study_sessions", "5")]
