"""Round 64 (#17): what blind56 showed that recurs in any report.

Named: disputes ended by mediation with 和解 in brackets and 行政复议案件 after the verb, and their stated share; the
requests received when who applied stands between the verb and the requests; legal aid cases 给予; units that moved
into a centre named after it (进驻…中心单位45个). Withheld: the mediation studios' counts (个人调解工作室), a part of
the people's mediation.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_reconsiderations_ended_by_mediation_and_their_share(checkout_rules) -> None:
    text = "全年受理行政复议案件60件，以调解(和解)等方式终止行政复议案件12件，占复议案件总数的20%。"
    read = named(text, 2023, checkout_rules)
    assert read["12"] == "reconsideration_mediated" and read["20"] == "reconsideration_mediation_rate_stated"


def test_requests_legal_aid_and_units_in_a_centre(checkout_rules) -> None:
    text = "全年共接收公民、法人及其他组织政府信息公开申请23件，均在法定期限内办结。"
    assert named(text, 2025, checkout_rules)["23"] == "disclosure_requests"
    assert named("全市法律援助机构共给予法律援助案件980件。", 2014, checkout_rules)["980"] == "legal_aid_cases"
    assert named("其中进驻市行政服务中心单位38个。", 2021, checkout_rules)["38"] == "service_hall_departments"


def test_mediation_studios_are_a_part(checkout_rules) -> None:
    text = "全市30个个人调解工作室共调解案件1200件，调解成功1150件，成功率95.8%。"
    read = named(text, 2015, checkout_rules)
    assert read["1200"] == "" and read["1150"] == "" and read["95.8"] == ""
    text = "全市设立调解工作室20个；全年共调处矛盾纠纷3.1万件。"
    assert named(text, 2015, checkout_rules)["3.1"] == "people_mediation_disputes"
