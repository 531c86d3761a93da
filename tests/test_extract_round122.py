"""Round 122 (#17): what blind114 showed that recurs in any report.

Named: disclosure requests counted as 依申请公开办理事项; a materials' 缩减率; the online share of applications written
网上办件申请率; the proactive disclosure counted in 条目. Withheld: the completion rate of an inspection's tasks
(抽查任务按时完成率), which is no rule-of-law task.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_counted_as_matters_handled_on_request(checkout_rules) -> None:
    text = "2023年，本机关共收到依申请公开办理事项12件，均已按时答复。"
    assert named(text, 2023, checkout_rules)["12"] == "disclosure_requests"


def test_a_materials_cut_written_as_shrinking(checkout_rules) -> None:
    text = "全局政务服务事项申请材料平均2.1份，缩减率达41.5%。"
    assert named(text, 2022, checkout_rules)["41.5"] == "materials_cut_rate_stated"


def test_the_online_share_of_applications(checkout_rules) -> None:
    text = "推进政务服务事项全程网办，全年网上办件申请率达到92%。"
    assert named(text, 2022, checkout_rules)["92"] == "online_application_rate_stated"


def test_proactive_disclosure_counted_in_entries(checkout_rules) -> None:
    text = "全年主动公开条目达215条，通过网站专栏集中发布。"
    assert named(text, 2024, checkout_rules)["215"] == "disclosure_proactive_items"


def test_an_inspections_tasks_are_no_rule_of_law_tasks(checkout_rules) -> None:
    text = "组织开展双随机检查，抽查任务按时完成率100%。"
    assert named(text, 2022, checkout_rules)["100"] == ""
