"""Rules of round 17 (#17): where a wording reads too wide (round 16's topical training where enforcement is named,
the certified officers where an action took their certificates away), the figure is left for the reviewer. Texts
written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_topical_training_whose_clause_names_enforcement_is_no_law_lecture(rules) -> None:
    # the enforcement staff's training (执法办案, 执法规范) may be enforcement_training_sessions: no metric is guessed
    text = "2023年，围绕行政处罚法等法律法规及执法办案规范等内容组织开展专题培训8场次。"
    assert named(text, 2023, rules) == {"8": ""}
    # the same training with no enforcement word keeps round 16's reading
    assert named("2023年，围绕行政处罚法等法律法规组织开展专题培训8场次。", 2023, rules) == {"8": "law_lectures"}


def test_officers_whose_certificates_were_cancelled_are_not_the_officers_holding_one(rules) -> None:
    # an action that took the certificates away counts those officers, not the stock of certified officers
    text = "2023年，县司法局组织行政执法证件年审，依规吊销12名执法人员的证件。"
    assert named(text, 2023, rules) == {"12": ""}
    assert named("2023年，我局持证行政执法人员86名。", 2023, rules) == {"86": "enforcement_officers"}
