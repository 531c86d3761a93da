"""Round 106 (#17): what blind98 showed that recurs in any report.

Named: penalties 实施 as 作出 (实施行政处罚237件); contracts given a 法治 or 法律 review; the share of enforcement staff
holding certificates stated before the words (100%持证上岗). Unnamed: cases a legal adviser represented, by kind
(法律顾问共代理行政复议案件2件、行政诉讼案件2件); an arbitration court's cases after 非诉讼 (not 诉讼).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_penalties_contracts_and_certificates(checkout_rules) -> None:
    read = named("组织开展专项行动。全年共实施行政处罚186件。", 2024, checkout_rules)
    assert read["186"] == "enforcement_penalty_cases"
    read = named("对本局所有27份行政合同进行法治审查。", 2024, checkout_rules)
    assert read["27"] == "contracts_reviewed"
    read = named("开展集中学习9次，实现行政执法人员100%持证上岗。", 2025, checkout_rules)
    assert read["100"] == "enforcement_certification_rate_stated"


def test_represented_cases_and_arbitration_stay_unnamed(checkout_rules) -> None:
    read = named("法律顾问共代理行政复议案件3件、行政诉讼案件5件。", 2024, checkout_rules)
    assert read["3"] == "" and read["5"] == ""
    text = "该院坚持把非诉讼纠纷解决机制挺在前面。2024年，该院处理劳动人事争议2100件，其中案前调解900件，立案受理1200件。"
    assert named(text, 2024, checkout_rules)["1200"] == ""
