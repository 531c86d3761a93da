"""Round 125 (#17): what blind117 showed that recurs in any report.

Withheld: documents abolished and amended summed side by side with no joining word (废止修订112份); disputes of one
kind (涉企, 医疗, 邻里 ...) as the people's mediation caseload; the study before a routine weekly meeting (周一例会) as
the executive meeting's; one kind of reconsideration letter counted apart (建议书53份、意见书98份), where the catalog
counts opinion and recommendation letters together.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_documents_abolished_and_amended_side_by_side(checkout_rules) -> None:
    text = "抓好存量清理，全省共梳理存量政策文件8126份，废止修订112份。"
    assert named(text, 2022, checkout_rules)["112"] == ""


def test_disputes_of_one_kind(checkout_rules) -> None:
    text = "2024年，全镇人民调解委员会化解涉企矛盾纠纷11起，调解邻里纠纷25件。"
    found = named(text, 2024, checkout_rules)
    assert (found["11"], found["25"]) == ("", "")


def test_study_before_a_routine_weekly_meeting(checkout_rules) -> None:
    text = "利用镇周一例会、传习夜校等契机开展会前学法活动30余次。"
    assert named(text, 2024, checkout_rules)["30"] == ""


def test_one_kind_of_reconsideration_letter(checkout_rules) -> None:
    text = "全省行政复议机关共制发行政复议建议书53份、行政复议意见书98份。"
    found = named(text, 2024, checkout_rules)
    assert (found["53"], found["98"]) == ("", "")


def test_both_kinds_of_letter_together_keep_their_metric(checkout_rules) -> None:
    text = "2024年，全市制发行政复议意见书、建议书59份。"
    assert named(text, 2024, checkout_rules)["59"] == "reconsideration_recommendations"
