"""Round 126 (#17): what blind118 showed that recurs in any report.

Named: publicity events named by the school they are held in (校园法治宣传教育活动) as school events; two kinds of
meeting on building the rule of law listed and counted together (专题部署会、推进会共计10次); the key issues of
building the rule of law solved, without 研究 (解决…等重点难点问题11项); requests carried forward named after the
year they go to (结转2025年政府信息公开申请17条); requests called 信息申请 in a part on requests.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_publicity_events_held_in_schools(checkout_rules) -> None:
    text = "落实宪法宣誓制度，开展校园法治宣传教育活动85场次。"
    assert named(text, 2023, checkout_rules)["85"] == "publicity_school_events"


def test_two_kinds_of_rule_of_law_meeting_counted_together(checkout_rules) -> None:
    text = "坚持党对法治建设的全面领导，全年召开法治建设专题部署会、推进会共计9次。"
    assert named(text, 2025, checkout_rules)["9"] == "rule_of_law_meetings"


def test_key_issues_of_the_rule_of_law_solved(checkout_rules) -> None:
    text = "将法治建设纳入年度重点工作，及时解决执法队伍建设、普法宣传等重点难点问题7项。"
    assert named(text, 2025, checkout_rules)["7"] == "rule_of_law_issues_resolved"


def test_issues_solved_outside_the_rule_of_law_are_not_its_issues(checkout_rules) -> None:
    text = "优化营商环境，帮助企业解决融资等重点难点问题120个。"
    assert named(text, 2025, checkout_rules)["120"] == ""


def test_requests_carried_forward_named_after_the_year(checkout_rules) -> None:
    text = "（二）依申请公开。上年结转政府信息公开申请5条，本年结转2025年政府信息公开申请17条。"
    assert named(text, 2024, checkout_rules)["17"] == "disclosure_carried_forward"


def test_requests_called_information_requests(checkout_rules) -> None:
    text = "（二）依申请公开。2024年，我局政府信息公开栏目收到公民信息申请共84条。"
    assert named(text, 2024, checkout_rules)["84"] == "disclosure_requests"
