"""Rules of round 17 (#17): where round 16's topical training wording reads too wide, the figure is left for the
reviewer. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_topical_training_whose_clause_names_enforcement_is_no_law_lecture(rules) -> None:
    # the enforcement staff's training (执法办案, 执法规范) may be enforcement_training_sessions: no metric is guessed
    text = "2023年，围绕行政处罚法等法律法规及执法办案规范等内容组织开展专题培训8场次。"
    assert named(text, 2023, rules) == {"8": ""}
    # the same training with no enforcement word keeps round 16's reading
    assert named("2023年，围绕行政处罚法等法律法规组织开展专题培训8场次。", 2023, rules) == {"8": "law_lectures"}
