"""Round 111 (#17): what blind103 showed that recurs in any report.

Named: a study group's 学习研讨 as its study sessions, not as seminars (curators of blind8, blind40, blind44, blind81 and
blind94 have it so too), unless held as an activity (学习研讨活动). Unnamed: the work of village legal advisers under the
government's adviser metrics; penalty decisions put to collective discussion as penalty cases; inspections a body
received; the figures of a text whose opening names a month after its first clause (为…，2023年6月，…开展宣传月活动).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_study_groups_study_with_discussion_is_its_study(checkout_rules) -> None:
    read = named("组织召开党组理论学习中心组学习研讨7次、召开干部职工学习会5次。", 2024, checkout_rules)
    assert read["7"] == "central_group_study_sessions" and read["5"] == ""
    read = named("县委理论学习中心组开展法治专题学习研讨3次。", 2024, checkout_rules)
    assert read["3"] == "central_group_law_study_sessions"
    read = named("镇党委理论学习中心组专题学习2次，并在镇村干部中开展学习研讨活动4次。", 2024, checkout_rules)
    assert read["4"] == "study_seminars"


def test_village_advisers_work_is_not_the_governments_advisers(checkout_rules) -> None:
    read = named("全县212个村(社区)的法律顾问共出具法律意见书96件，接受群众委托代理诉讼案件41件。", 2025, checkout_rules)
    assert read["212"] == "villages_with_legal_advisers" and read["96"] == read["41"] == ""
    text = "县政府法律顾问全年出具法律意见书96件，代理县政府诉讼案件41件。"
    read = named(text, 2025, checkout_rules)
    assert read["96"] == "legal_opinions_issued" and read["41"] == "legal_adviser_cases_represented"


def test_decisions_discussed_together_are_not_penalty_cases(checkout_rules) -> None:
    read = named("严格执行重大执法决定法制审核，局负责人集体讨论重大行政处罚决定9件。", 2024, checkout_rules)
    assert read["9"] == ""


def test_inspections_received_are_not_inspections_carried_out(checkout_rules) -> None:
    text = "积极申报创建全省法治政府示范县，高标准接受省级书面检查1次、实地核查1次、法治督察2次。"
    assert set(named(text, 2022, checkout_rules).values()) == {""}


def test_a_months_campaign_named_after_the_opening_clause(checkout_rules) -> None:
    text = ("为增强全社会依法保护湿地的意识，2024年5月，某省林业局在全省开展湿地普法宣传月活动。\n"
            "活动期间，全省累计发放普法宣传材料12000份，现场接待群众咨询3100人次。")
    assert set(named(text, 2024, checkout_rules).values()) == {""}
    text = "2024年，某省林业局在全省开展普法宣传。全年累计发放普法宣传材料12000份。"
    assert named(text, 2024, checkout_rules)["12000"] == "publicity_materials"
