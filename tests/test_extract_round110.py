"""Round 110 (#17): what blind102 showed that recurs in any report.

Named: the people counted right after a law exam a body held for them (组织…学法用法考试1098人); penalty cases named by
their procedure without 程序 (简易案件, 一般案件); a new-media account's posts whose kinds are listed before 等 and their
noun (通过政务微信公众号…发布各类通知公告、民生实事进展等稿件3492篇).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_exam_takers_counted_after_the_exam_held_for_them(checkout_rules) -> None:
    text = "组织副科级以上领导干部学法用法考试856人，参考率100%。"
    assert named(text, 2023, checkout_rules)["856"] == "law_exam_participants"


def test_penalty_cases_named_by_their_procedure(checkout_rules) -> None:
    read = named("综合行政执法局共办理简易案件6120起，一般案件433起。", 2023, checkout_rules)
    assert read["6120"] == "enforcement_cases_summary_procedure"
    assert read["433"] == "enforcement_cases_ordinary_procedure"


def test_new_media_posts_whose_kinds_are_listed(checkout_rules) -> None:
    text = "通过区政务微信公众号和政务微博发布各类通知公告、惠民政策解读等稿件2210篇。"
    assert named(text, 2025, checkout_rules)["2210"] == "disclosure_new_media_posts"
