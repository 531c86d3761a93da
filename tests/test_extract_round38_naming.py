"""Round 38 (#17): causes of wrong names the batch blind29 showed that recur in any report, each withheld for a reason
of structure (several levels' bodies, a time since a start or a first month, a part of a list or of a centre, two
kinds summed) rather than a wording. Each test also states the plain sentence, which keeps its metric.
Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_study_groups_of_every_level_are_several_levels_bodies(rules) -> None:
    assert named("2023年，全年各级理论学习中心组学法36次。", 2023, rules) == {"36": ""}
    assert named("2023年，县委理论学习中心组学法36次。", 2023, rules) == {"36": "central_group_law_study_sessions"}


def test_the_whole_year_before_several_levels_bodies_keeps_them_the_subject_of_the_next_clause(rules) -> None:
    text = "2023年，全年各级理论学习中心组学法36次，举办法治讲座25场次。"
    assert named(text, 2023, rules) == {"36": "", "25": ""}
    assert named("2023年，举办法治讲座25场次。", 2023, rules) == {"25": "law_lectures"}


def test_the_party_committees_of_two_levels_are_several_levels_bodies(rules) -> None:
    assert named("2023年，市县两级党委、政府共组织学法120余次。", 2023, rules) == {"120": ""}
    text = "2023年，县委常委会、县政府常务会议共组织学法12次。"
    assert named(text, 2023, rules) == {"12": "leadership_law_study_sessions"}


def test_every_region_and_department_written_apart_are_several_levels_bodies(rules) -> None:
    assert named("2023年，各地区、各部门共取消证明事项3000余项。", 2023, rules) == {"3000": ""}
    assert named("2023年，市政府共取消证明事项30项。", 2023, rules) == {"30": "proof_items_removed"}


def test_a_bodys_first_month_is_a_part_of_the_year(rules) -> None:
    assert named("县行政审批局运行首月，共受理行政审批事项2600件。", 2016, rules) == {"2600": ""}
    text = "2016年，县行政审批局共受理行政审批事项2600件。"  # round 83: the items accepted, as blind51 and blind75 curate
    assert named(text, 2016, rules) == {"2600": "licensing_accepted"}


def test_a_total_since_a_body_began_in_a_month_named_is_no_years_figure(rules) -> None:
    text = "该中心自去年9月运行以来，调解成功38件，调解成功率65%。"
    assert named(text, 2024, rules) == {"38": "", "65": ""}
    text = "2024年，全县人民调解组织调解成功38件，调解成功率65%。"
    assert named(text, 2024, rules) == {"38": "people_mediation_succeeded", "65": "mediation_success_rate_stated"}


def test_items_the_village_service_points_handle_named_after_the_number_are_a_part_of_the_list(rules) -> None:
    text = "2023年，全县共有45项审批服务事项和28项“一件事一次办”事项可在乡村直接办理。"
    assert named(text, 2023, rules) == {"45": "", "28": ""}
    assert named("2023年，全县共有政务服务事项845项。", 2023, rules) == {"845": "government_service_items"}


def test_study_and_seminars_summed_are_not_the_seminars(rules) -> None:
    assert named("2023年，区委理论学习中心组组织专题学习及研讨16次。", 2023, rules) == {"16": ""}
    assert named("2023年，区委理论学习中心组组织专题研讨16次。", 2023, rules) == {"16": "study_seminars"}


def test_the_items_of_the_other_kinds_are_the_rest_of_a_breakdown(rules) -> None:
    assert named("2023年，省级取消行政许可项目12项，取消其他行政权力事项4项。", 2023, rules)["4"] == ""
    assert named("2023年，省级取消行政权力事项4项。", 2023, rules) == {"4": "power_list_items_removed"}


def test_the_departments_of_a_phase_or_a_branch_of_a_centre_are_a_part_of_the_halls(rules) -> None:
    text = "县行政服务中心第二中心设置30个窗口，首期入驻发改、公安、民政等14个部门和水、电、气等单位。"
    assert named(text, 2022, rules)["14"] == ""
    text = "县行政服务中心分中心设置30个窗口，入驻发改、公安、民政等14个部门和水、电、气等单位。"
    assert named(text, 2022, rules)["14"] == ""
    text = "县行政服务中心设置30个窗口，入驻发改、公安、民政等14个部门和水、电、气等单位。"
    assert named(text, 2022, rules)["14"] == "service_hall_departments"


def test_one_kind_in_a_power_lists_breakdown_is_not_the_licensing_items(rules) -> None:
    text = "2023年，全县乡镇人民政府权责清单共计180项，其中行政许可9项、行政处罚100项。"
    assert named(text, 2023, rules) == {"180": "power_list_items", "9": "", "100": ""}
    assert named("2023年，全县共有行政许可事项9项。", 2023, rules) == {"9": "licensing_items"}
