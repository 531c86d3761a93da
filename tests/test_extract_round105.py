"""Round 105 (#17): what blind97 showed that recurs in any report.

Named: the rule-of-law commission's meetings counted after the commission held (召开…依法治市委员会4次); contracts
listed in a legality review as 涉政府行政协议(合同); 收到申请数 after a disclosure heading; the meetings that heard a
report on the rule of law counted before 听取 (not with another act in the same count). Unnamed: the courts'
enforcement cases (涉执案件, 非诉执行案件) as lawsuits; meetings of several kinds counted together (等方式).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_commission_meetings_contracts_and_requests(checkout_rules) -> None:
    read = named("全年共召开县委全面依法治县委员会3次，协调小组会议2次。", 2024, checkout_rules)
    assert read["3"] == "rule_of_law_committee_meetings"
    text = "统一开展合法性审查，共审查政策文件40件、涉政府行政协议(合同)26件。"
    assert named(text, 2024, checkout_rules)["26"] == "contracts_reviewed"
    read = named("（二）依申请公开。2024年收到申请数3件，办结2件。", 2024, checkout_rules)
    assert read["3"] == "disclosure_requests"


def test_reports_heard_counted_before_hearing(checkout_rules) -> None:
    text = "召开局党组会3次专题听取法治建设工作汇报，局长办公会2次研究法治建设重点工作。"
    assert named(text, 2024, checkout_rules)["3"] == "rule_of_law_reports_heard"
    text = "主要领导同志5次听取法治政府建设工作汇报、作出指示批示。"
    assert named(text, 2024, checkout_rules)["5"] == ""


def test_enforcement_cases_and_several_kinds_of_meeting_stay_unnamed(checkout_rules) -> None:
    read = named("持续做实执行攻坚，受理涉执案件3210件。办理非诉执行案件215件。", 2025, checkout_rules)
    assert read["3210"] == "" and read["215"] == ""
    text = "通过党委会、理论中心组学习会、专题部署会等方式安排部署9次。"
    assert named(text, 2025, checkout_rules)["9"] == ""
