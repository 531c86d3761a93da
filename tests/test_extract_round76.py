"""Round 76 (#17): what blind68 showed that recurs in any report.

Named: the kinds of a breakdown whose parent is counted before its noun (取消下放70项…行政许可事项，其中取消18项); the
overview kind written 组织机构类信息 or 机构设置; case files counted before their kinds and 案卷…评查; the departments a
hall holds counted right before its items (入驻了38个职能部门2154个事项); a materials cut rate after 申报资料. Left
unnamed: a count of several levels' bodies after a province's short name (2012年，西藏各级调解组织…).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_breakdown_whose_parent_is_counted_before_its_noun(checkout_rules) -> None:
    text = "2018年，省政府决定取消下放64项省政府部门行政许可事项，其中取消21项，下放43项。"
    read = named(text, 2018, checkout_rules)
    assert read["21"] == "licensing_items_removed" and read["43"] == "items_delegated"


def test_the_overview_kind_written_as_organisation(checkout_rules) -> None:
    text = "2022年，本街道主动公开政府信息212条，其中组织机构类信息6条。"
    assert named(text, 2022, checkout_rules)["6"] == "disclosure_overview_items"
    text = "2019年，本办事处主动公开政府信息98条，其中机构设置2条。"
    assert named(text, 2019, checkout_rules)["2"] == "disclosure_overview_items"


def test_case_files_counted_before_their_kinds(checkout_rules) -> None:
    text = "2024年，组织业务骨干对96卷行政许可、行政处罚案卷进行集中评查。"
    assert named(text, 2024, checkout_rules)["96"] == "enforcement_case_files_reviewed"


def test_departments_counted_right_before_the_items(checkout_rules) -> None:
    text = "2021年，市政务大厅共入驻了41个职能部门1980个事项。"
    assert named(text, 2021, checkout_rules)["41"] == "service_hall_departments"


def test_a_cut_rate_after_the_application_papers(checkout_rules) -> None:
    text = "2017年，市政务中心各窗口累计消减申报资料420份，消减率27%。"
    assert named(text, 2017, checkout_rules)["27"] == "materials_cut_rate_stated"


def test_several_levels_bodies_after_a_provinces_short_name(checkout_rules) -> None:
    text = "2012年，宁夏各级调解组织共受理矛盾纠纷3100余件，成功调处2900余件。"
    read = named(text, 2012, checkout_rules)
    assert read["3100"] == "" and read["2900"] == ""
