"""Round 101 (#17): what blind93 showed that recurs in any report.

Named: the growth of the disclosure requests, named with them or as its own clause right after their count; the
reconsiderations mediated as their own clause; 已结案件 as lawsuits concluded; 法治思想大讲堂; trials observed named by
their kind (旁听行政诉讼庭审); requests 已依法依规办理完毕; 公告类信息 after 、; interpretations 制作 (政策解读制作, 制作…解读);
letters in 封 and a mailbox's letters named by the mailbox; 规范性文件有效件数. Periods: a sentence opening
with 截至目前, 目前 or 今年 ends the carry of a year an earlier sentence of its paragraph opened with.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_growth_of_the_requests(checkout_rules) -> None:
    text = "全年收到政府信息公开申请21宗。全年收到的信息公开申请数量同比上升约160%。"
    assert named(text, 2025, checkout_rules)["160"] == "disclosure_requests_growth_stated"
    text = "全区各部门累计处理政府信息公开申请38件（含上年度结转2件），同比增长约9%。"
    assert named(text, 2025, checkout_rules)["9"] == "disclosure_requests_growth_stated"


def test_reconsideration_and_litigation_outcomes(checkout_rules) -> None:
    text = "2024年办理行政复议案件96件，调解41件，调解率42.7%。县政府行政应诉案件23件，已结案件17件。"
    read = named(text, 2024, checkout_rules)
    assert read["41"] == "reconsideration_mediated" and read["17"] == "litigation_concluded"


def test_lectures_and_trials_observed(checkout_rules) -> None:
    text = "举办习近平法治思想大讲堂3期，组织25名执法骨干旁听行政诉讼庭审6次。"
    read = named(text, 2025, checkout_rules)
    assert read["3"] == "law_lectures" and read["6"] == "hearing_observations"


def test_disclosure_kinds_outcomes_and_letters(checkout_rules) -> None:
    text = "全年收到政府信息公开申请12宗，其中9宗已依法依规办理完毕，并书面答复申请人。"
    assert named(text, 2025, checkout_rules)["9"] == "disclosure_requests_concluded"
    text = "主动公开政府信息57条，其中动态类信息31条、公告类信息18条、部门文件2条。"
    assert named(text, 2025, checkout_rules)["18"] == "disclosure_notices"
    text = "完成政策解读制作17篇；通过区长信箱受理各类信件214封，回复率100%。"
    read = named(text, 2024, checkout_rules)
    assert read["17"] == "disclosure_interpretations" and read["214"] == "public_messages_received"
    text = "截至2025年底，街道办事处规范性文件有效件数为7份，均已在政务网站公开。"
    assert named(text, 2025, checkout_rules)["7"] == "normative_docs_in_force"


def test_a_sentence_opening_with_now_turns_the_paragraph_to_the_report_year(checkout_rules) -> None:
    text = ("2022年度，全省群众对法治建设满意率达到96.5%。截至目前，全省已培养“法律明白人”6.1万名。"
            "共建成民主法治示范村（社区）国家级87个、省级512个。")
    periods = dict(figure_columns(text, 2023, checkout_rules, "value", "period"))
    assert periods["96.5"] == "2022" and periods["87"] == "2023" and periods["512"] == "2023"
