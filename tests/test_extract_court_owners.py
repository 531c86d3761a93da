"""Whose caseload a court's count is (round 11 of #17): the cases the jurisdiction's courts carry over are the
courts' of every kind, and a court named as a rank (居全国法院首位) owns nothing, so the first-instance count stays
the government's lawsuits. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def named(text: str, rules) -> dict[str, str]:
    frame = extract_figures(text, 2023, rules)
    return dict(frame[["value", "metric_id"]].itertuples(index=False, name=None))


def test_the_courts_carried_over_cases_are_the_courts(rules) -> None:
    text = "2023年，全市法院行政诉讼案件共520件（新收案件430件，旧存案件90件）。"
    assert named(text, rules)["90"] == "court_admin_cases_carried_over"


def test_a_court_named_as_a_rank_owns_no_count(rules) -> None:
    text = "2023年全省法院受理一审行政诉讼案件9000件，居全国法院前列，其中审结8500件。"
    assert named(text, rules) == {"9000": "litigation_cases", "8500": "litigation_concluded"}
