"""Round 63 (#17): what blind55 showed that recurs in any report.

Withheld: daily and monthly averages (日均受理); the share settled at once (即时办结率) as a conclusion rate; items
moved to an approval bureau (全部划转); a clean-up of one field (…领域…规范性文件); disputes a court referred before
suit (委派诉前调解案件). Named: disputes mediated with success when the disputes stand between the verb and the count
(成功调处各类矛盾纠纷).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_averages_settled_at_once_and_items_moved(checkout_rules) -> None:
    assert named("县政务服务中心日均受理业务800余件。", 2016, checkout_rules)["800"] == ""
    text = "12345热线受理诉求9万件，前台即时办结率61.2%，办结率98.7%。"
    read = named(text, 2023, checkout_rules)
    assert read["61.2"] == "" and read["98.7"] == "hotline_conclusion_rate_stated"
    text = "我市将25个市直部门的140项行政审批事项全部划转到市行政审批局。"
    assert named(text, 2018, checkout_rules)["140"] == ""


def test_a_fields_clean_up_and_court_referred_disputes(checkout_rules) -> None:
    text = "开展专项清理，清理生态环境保护领域规范性文件120件。"
    assert named(text, 2020, checkout_rules)["120"] == ""
    assert named("全年共清理规范性文件120件。", 2020, checkout_rules)["120"] == "normative_docs_reviewed"
    text = "全市人民调解组织共成功调处各类矛盾纠纷2.1万件。该中心成功调处法院委派诉前调解案件300件。"
    read = named(text, 2023, checkout_rules)
    assert read["2.1"] == "people_mediation_succeeded" and read["300"] == ""
