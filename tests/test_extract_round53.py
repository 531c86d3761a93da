"""Round 53 (#17): wordings and withheld names that blind45 showed and that recur in any report.

Fixed: round 52's departments counted after 进驻…中心的 take 个 or 家, not a count of items in 项; a count in 个 of
provinces or of bodies (4个省市, 6个县直单位) counts them, not items or powers.

Named: disclosure requests granted or partly granted worded 属于(部分)公开范围, carried forward worded 转下年度, under
依申请公开 as well as 信息公开; requests counted as 申请案件; licensing items kept with the noun first and their cut as
精简幅度; materials cut as 精简率 after the materials counted; the people's mediation committees' cases (调解案件), those
mediated successfully (调解成功案件) and their success rate alone; decisions and documents reviewed together.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_departments_after_a_centre_are_counted_in_ge_not_items(checkout_rules) -> None:
    assert named("进驻区政务服务中心的28个部门全部实行综合窗口受理。", 2023, checkout_rules)["28"] == "service_hall_departments"
    assert named("全市进驻综合性实体大厅的有2100项。", 2023, checkout_rules)["2100"] != "service_hall_departments"


def test_provinces_and_bodies_counted_in_ge_are_no_items_or_powers(checkout_rules) -> None:
    assert named("已与6个省市开展“跨省通办”合作。", 2023, checkout_rules)["6"] == ""
    assert named("对涉及下放行政处罚权的9个县直单位开展培训。", 2023, checkout_rules)["9"] == ""


def test_disclosure_outcomes_under_requests_made(checkout_rules) -> None:
    text = "2024年共受理依申请公开22件，其中：属于公开范围9件，属于部分公开范围6件，不予公开2件，转下年度继续办理3件。"
    read = named(text, 2024, checkout_rules)
    assert read["9"] == "disclosure_granted"
    assert read["6"] == "disclosure_partly_granted"
    assert read["3"] == "disclosure_carried_forward"
    assert named("2024年，本镇共受理政府信息公开申请案件7件。", 2024, checkout_rules)["7"] == "disclosure_requests"


def test_licensing_items_kept_and_their_cut(checkout_rules) -> None:
    text = "经过清理，省级行政许可事项仅保留186项，精简幅度达52%。"
    read = named(text, 2023, checkout_rules)
    assert read["186"] == "licensing_items"
    assert read["52"] == "licensing_items_cut_rate_stated"


def test_materials_cut_as_a_share_after_the_materials_counted(checkout_rules) -> None:
    text = "市直32家单位1200项政务服务事项的5600项申请材料，精简了2800项，精简率50%。"
    assert named(text, 2023, checkout_rules)["50"] == "materials_cut_rate_stated"


def test_peoples_mediation_cases_successes_and_rate(checkout_rules) -> None:
    text = "全市人民调解组织调解案件21000件，调解成功案件20500件，成功率达97.6%。"  # 各级: round 66 withholds
    read = named(text, 2023, checkout_rules)
    assert read["21000"] == "people_mediation_disputes"
    assert read["20500"] == "people_mediation_succeeded"
    assert read["97.6"] == "mediation_success_rate_stated"
    text = "今年以来全县各级调解组织共排查调处矛盾纠纷1200起，调解成功1180起，成功率98.3%。"
    assert named(text, 2023, checkout_rules)["98.3"] == ""  # no people's mediation named: left, as its curators differ


def test_decisions_and_documents_reviewed_together_are_legality_reviews(checkout_rules) -> None:
    text = "全年完成24件重大决策与规范性文件法制审核，确保决策合法。"
    assert named(text, 2025, checkout_rules)["24"] == "legality_reviews"
