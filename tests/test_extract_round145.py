"""Round 145 (#17): what blind134 showed that recurs in any report.

Named: a bureau's cases of its own sector (全年办结林业行政案件103件), penalty cases it decided and not lawsuits, with
the fall stated after them; disclosure requests answered written 依法依规答复 after the requests received, not
messages to a mailbox. Withheld: study of every kind (全年累计开展各类学法活动30余次), no executive
meeting's. Measured over every excerpt; blind135, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_bureaus_cases_of_its_own_sector_are_penalty_cases(checkout_rules) -> None:
    text = "2024年，全年办结林业行政案件86件（较2023年同期减少15件，同比下降14.9%），处罚90人次。"
    found = named(text, 2024, checkout_rules)
    assert found["86"] == "enforcement_penalty_cases"
    assert found["14.9"] == "enforcement_penalty_cases_decline_stated"


def test_the_courts_concluded_cases_keep_theirs(checkout_rules) -> None:
    """Guard: administrative cases a court concludes stay lawsuits."""
    text = "2024年，全县行政诉讼案件共审结行政案件45件。"
    assert named(text, 2024, checkout_rules)["45"] == "litigation_concluded"


def test_requests_answered_by_law_after_the_requests_received(checkout_rules) -> None:
    text = "进一步优化办理流程，提高信件答复效率。全年收到政府信息公开申请12件，依法依规答复11件。"
    found = named(text, 2023, checkout_rules)
    assert found == {"12": "disclosure_requests", "11": "disclosure_requests_answered"}


def test_study_of_every_kind_is_no_executive_meetings_study(checkout_rules) -> None:
    text = "严格落实国家工作人员学法用法制度，全年累计开展各类学法活动25次，参与答题3000余人次。"
    assert named(text, 2025, checkout_rules)["25"] != "executive_law_study_sessions"
