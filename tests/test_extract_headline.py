"""The headline caseload (round 11 of #17): a reconsideration count stated with 受理 is the government's caseload
where nothing is received apart from it; the accepted cases only where the passage separates them from the
applications received; a count over several levels' bodies is neither. Texts written for
these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def named(text: str, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, 2023, rules)
    return list(frame[["metric_id", "value"]].itertuples(index=False, name=None))


def test_a_count_received_by_no_other_is_the_caseload_and_its_change_the_caseloads(rules) -> None:
    text = "2023年，全县共受理行政复议案件64件，同比增长12.5%，已全部审结。"
    assert named(text, rules)[:2] == [("reconsideration_cases", "64"), ("reconsideration_cases_growth_stated", "12.5")]


@pytest.mark.parametrize("text", [
    "全年共收到行政复议申请80件，其中受理72件。",  # received apart in the same sentence
    "全年共办理行政复议申请80件。其中，依法受理72件。",  # a part of the count before
])
def test_the_accepted_stay_where_the_passage_separates_them(text, rules) -> None:
    assert ("reconsideration_accepted", "72") in named(text, rules)


@pytest.mark.parametrize("text", [
    "全省各级行政复议机关受理行政复议案件72件。",
    "全市各级行政复议机关共收到行政复议申请80件，同比增长10%，依法受理72件。",
])
def test_a_count_over_several_levels_bodies_is_neither_the_caseload_nor_the_accepted(text, rules) -> None:
    assert {metric for metric, _ in named(text, rules)} == {""}


def test_the_own_levels_count_is_the_caseload_beside_every_levels(rules) -> None:
    text = "全市各级行政复议机关共收到行政复议申请300件，经审查后受理280件。市政府本级受理行政复议案件90件。"
    assert named(text, rules) == [("", "300"), ("", "280"), ("reconsideration_cases", "90")]
