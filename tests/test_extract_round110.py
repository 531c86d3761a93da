"""Round 110 (#17): what blind102 showed that recurs in any report.

Named: the people counted right after a law exam a body held for them (组织…学法用法考试1098人); penalty cases named by
their procedure without 程序 (简易案件, 一般案件); a new-media account's posts whose kinds are listed before 等 and their
noun (通过政务微信公众号…发布各类通知公告、民生实事进展等稿件3492篇); from blind94, a count over every level
named in an earlier clause does not restrict a figure whose own clause names the government and its office.

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


def test_a_government_and_its_office_named_after_every_bodys_words(checkout_rules) -> None:
    # blind94's several-levels words (全县各级各部门) open the sentence; the clause of the figure names the body
    text = ("规范编制全县各级各部门《政府信息主动公开目录》，定期清理过期信息，"
            "本年度废止县政府及县政府办公室行政规范性文件8件。")
    assert named(text, 2025, checkout_rules)["8"] == "normative_docs_abolished"
    assert named("全县各级各部门共废止行政规范性文件8件。", 2025, checkout_rules)["8"] == ""
