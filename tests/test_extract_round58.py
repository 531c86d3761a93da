"""Round 58 (#17): wordings and restrictions that blind50 showed and that recur in any report.

Named: requests whose information the body does not hold and those partly granted, counted before the outcome; the
reply rate 办复率; a department's power items adjusted; a plan's tasks counted before its measures; approval items
removed counted before their noun; power items kept, the noun first; committees set up by their short name 调委会; an
account's posts right after 发布推送; gazette issues after 发行. Withheld: lenient penalties as penalty cases; fines
waived as fines; petitions' rates as the hotline's; talks on political theory as law publicity; yearly averages; the
lectures of village public legal advisers.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_not_held_and_partly_granted_and_the_reply_rate(checkout_rules) -> None:
    text = "接到群众依申请公开政府信息12件。其中，7件分局不掌握相关政府信息；3件属于部分公开并已办理完结。"
    read = named(text, 2021, checkout_rules)
    assert read["7"] == "disclosure_not_held"
    assert read["3"] == "disclosure_partly_granted"
    text = "全年受理向县政府提出的信息公开申请58件，办复率达到了100%。"
    assert named(text, 2025, checkout_rules)["100"] == "disclosure_conclusion_rate_stated"


def test_power_items_adjusted_kept_and_approvals_removed(checkout_rules) -> None:
    assert named("相应调整部门权力事项412项。", 2016, checkout_rules)["412"] == "power_list_items_optimized"
    assert named("权力事项再减少80项，省级政府权责事项保留1290项。", 2017, checkout_rules)["1290"] == "power_list_items"
    text = "根据国务院部署，我市取消35项中央指定地方实施的行政审批事项。"
    assert named(text, 2016, checkout_rules)["35"] == "licensing_items_removed"
    text = "本年度将120项市级行政许可事项赋予各县实施，取消事项另行公布。"
    assert named(text, 2019, checkout_rules)["120"] != "licensing_items_removed"


def test_a_plans_tasks_committees_posts_and_gazette_issues(checkout_rules) -> None:
    text = "省政府制定了《法治政府建设实施方案(2021—2025年)》，明确了48项任务215条具体措施。"
    assert named(text, 2021, checkout_rules)["48"] == "rule_of_law_tasks"
    assert named("全市设立1650个调委会，实现全覆盖。", 2017, checkout_rules)["1650"] == "people_mediation_committees"
    text = "2021年，我局通过微信公众号共发布推送230条生态环保信息。"
    assert named(text, 2021, checkout_rules)["230"] == "disclosure_new_media_posts"
    assert named("年内县人民政府公报共发行公示4期。", 2021, checkout_rules)["4"] == "government_gazette_issues"


def test_parts_and_other_kinds_are_withheld(checkout_rules) -> None:
    text = "全年查处案件3100件，从轻减轻行政处罚案件1800件，为各类市场主体免除罚款2100.5万元。"
    read = named(text, 2024, checkout_rules)
    assert read["1800"] == "" and read["2100.5"] == ""
    assert named("信访事项办结率为100%。", 2021, checkout_rules)["100"] == ""
    text = "开展“奋进新征程”理论微宣讲活动35场，开展宪法宣传主题宣传6场。"
    read = named(text, 2023, checkout_rules)
    assert read["35"] == "" and read["6"] == "publicity_events"
    assert named("派驻公安调解工作室年均化解矛盾纠纷20多万件。", 2019, checkout_rules)["20"] == ""
    text = "公共法律顾问累计为村居提供法律意见300条，举办法治讲座150场。"
    assert named(text, 2016, checkout_rules)["150"] == ""
