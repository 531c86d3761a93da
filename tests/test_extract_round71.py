"""Round 71 (#17): what blind63 showed that recurs in any report.

Named: first-instance cases concluded named 一审案件 after a sentence on 二审 (litigation_concluded, not the second
instance's); disclosure requests with who applied spelled out between the verb and the requests; the cases of
people's mediation after a sentence on 人民调解 work (共调解案件), not cases it assisted others with (协助办理案件).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_first_instance_cases_concluded_after_a_sentence_on_the_second(checkout_rules) -> None:
    text = ("全省法院审理行政诉讼二审案件数量为4427件。2012年度一审案件审结 7646件，结案率为99.5%，"
            "二审案件审结4422件。")
    read = named(text, 2012, checkout_rules)
    assert read["7646"] == "litigation_concluded" and read["4422"] == "litigation_second_instance_concluded"


def test_requests_with_who_applied_between(checkout_rules) -> None:
    text = "2024年度，我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请3件。"
    assert named(text, 2024, checkout_rules)["3"] == "disclosure_requests"


def test_mediation_cases_after_a_sentence_on_peoples_mediation(checkout_rules) -> None:
    text = "不断提升人民调解的规范化水平。2021年，该市共调解案件1234宗，调解成功1200宗。"
    assert named(text, 2021, checkout_rules)["1234"] == "people_mediation_disputes"
    text = "不断提升人民调解的规范化水平。2021年，调解中心协助办理案件567件。"
    assert named(text, 2021, checkout_rules)["567"] == ""
