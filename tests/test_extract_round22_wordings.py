"""Wordings of round 22 (#17): kinds of figure that curators named and the extractor left unnamed on text it
had never seen, recurring across batches at their first exposure. Texts written for these tests, not copied
from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_talks_on_the_law_with_a_kind_between_the_law_and_the_talk(rules) -> None:
    assert named("2023年，开展法治文化宣讲15场次。", 2023, rules) == {"15": "publicity_events"}
    assert named("2023年，开展法律和政策宣讲30场次。", 2023, rules) == {"30": "publicity_events"}
    assert named("2023年，开展政策宣讲30场次。", 2023, rules)["30"] == ""  # no law named before the talk
