"""The attendance of the sessions counted right before it (round 12 of #17): a count in 人次 after a count of law
lectures, with nothing but the words of attending between them, is their attendance. Texts written for these tests,
not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_attendance_right_after_the_sessions_is_theirs(rules) -> None:
    for text in ("2023年，举办法治专题讲座12场3400余人次。", "2023年，举办法治专题讲座12场，受众3400余人次。",
                 "2023年，举办法治专题讲座12场，共计3400余人次参加。"):
        assert named(text, 2023, rules) == {"12": "law_lectures", "3400": "law_training_attendance"}, text


def test_a_count_in_between_or_sessions_of_no_metric_name_no_attendance(rules) -> None:
    between = "2023年，举办法治专题讲座12场，发放资料500份，3400余人次参加。"
    assert named(between, 2023, rules)["3400"] == ""
    unnamed = "2023年，开展文艺演出12场3400余人次。"  # sessions no metric counts: their attendance neither
    assert named(unnamed, 2023, rules) == {"12": "", "3400": ""}
