"""What the target page and the summary say when no target is judged. A 2020 county report whose only
binding target set (the national start-up time, due mid-2019) falls before its year listed that set as
applicable, with a value, and then said "no target binds this jurisdiction": the default shows only
the sets due in the report year or later, and the sentence must say so."""

from __future__ import annotations

import pandas as pd

from indicators.publish import sections, summary

NO_GAPS = pd.DataFrame(columns=["status", "value", "name_zh"])
EARLIER = pd.DataFrame({"target_set": ["cn-2019-business-startup"], "name_zh": ["全国企业开办时间目标"],
                        "year": [2019], "targets": [1], "targets_with_value": [1]})


def test_sets_due_before_the_year_are_named_with_how_to_see_them() -> None:
    line = summary.target_sentences(NO_GAPS, EARLIER, 2020)
    assert line == [sections.no_target_sentence(EARLIER, 2020)]
    assert "没有约束本辖区的目标" not in line[0]
    assert "都在2020年以前到期：全国企业开办时间目标（cn-2019-business-startup，2019年）" in line[0]
    assert "target_set" in line[0]


def test_no_applicable_set_means_no_target_binds() -> None:
    none = summary.target_sentences(NO_GAPS, EARLIER.iloc[0:0], 2020)
    assert none == ["没有约束本辖区的目标（no target binds this jurisdiction）。"]


def test_a_chosen_set_that_binds_nothing_is_named() -> None:
    note = sections.scope_notes(NO_GAPS, EARLIER, 2020, "gd-2017-prd")
    assert "目标组 gd-2017-prd 中没有约束本辖区的目标" in note.data
