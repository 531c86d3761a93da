"""Parts and other bodies' figures kept off a whole's metric (round 30 of #17): cases not yet concluded (未审结), the
cases a court carried over within its caseload of every kind, customs clearance time, the study group listed after
the leadership's meetings, training a higher body held, and a 专题学习 whose subject is no law. Texts written for
these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest
from named_figures import named_values as named


@pytest.mark.parametrize("text, value, metric", [
    ("全年共收到行政复议申请30件，未审结2件。", "2", "reconsideration_under_review"),
    ("全年受理政府信息公开申请20件，未办结3件。", "3", ""),
])
def test_cases_not_concluded_are_not_the_concluded(text, value, metric, rules) -> None:
    assert named(text, 2023, rules)[value] == metric


def test_a_courts_cases_carried_over_within_every_kind_are_the_courts(rules) -> None:
    text = "2023年，全省法院新收一审行政案件1500件，受理各类行政案件2000件（含旧存200件）。"
    assert named(text, 2023, rules)["200"] == "court_admin_cases_carried_over"


def test_customs_clearance_time_is_no_processing_time_limit(rules) -> None:
    assert named("全县进出口整体通关时间压缩50%。", 2023, rules)["50"] == ""
    assert named("全县政务服务事项办理时限压缩50%。", 2023, rules)["50"] == "time_limit_cut_rate_stated"


def test_the_study_group_listed_after_the_leaderships_meetings_is_their_joint_study(rules) -> None:
    text = "乡党委会、乡长办公会议、理论学习中心组全年学法6次。"
    assert named(text, 2023, rules)["6"] == "leadership_law_study_sessions"


def test_training_a_higher_body_held_is_not_the_bodys_lectures(rules) -> None:
    assert named("参加上级部门法治培训4次。", 2023, rules)["4"] == ""
    assert named("举办法治培训4次。", 2023, rules)["4"] == "law_lectures"


def test_a_study_whose_subject_is_a_congress_is_no_law_study(rules) -> None:
    text = "县委理论学习中心组开展党的二十大精神专题学习5次。"
    assert named(text, 2023, rules)["5"] == "central_group_study_sessions"
    assert named("县委理论学习中心组开展专题学习5次。", 2023, rules)["5"] == "central_group_law_study_sessions"


def test_a_review_rate_of_decisions_or_contracts_is_not_of_normative_documents(rules) -> None:
    text = "全年审核规范性文件10件，{}合法性审核率达100%。"
    assert named(text.format("重大决策、重大合同"), 2023, rules)["100"] == ""
    assert named(text.format(""), 2023, rules)["100"] == "normative_docs_review_rate_stated"


def test_the_websites_posts_are_not_the_new_medias(rules) -> None:
    text = "依托微信公众号等新媒体，全年网站公开信息225条，公众号公开信息167条。"
    assert named(text, 2023, rules) == {"225": "", "167": "disclosure_new_media_posts"}


@pytest.mark.parametrize("summed, alone, metric", [
    ("全年共承办人大代表建议和政协委员提案88件。", "全年共承办政协委员提案88件。", "cppcc_proposals_handled"),
    ("中心解答法律咨询和接待群众来访88人次。", "中心解答法律咨询88人次。", "legal_consultations"),
])
def test_two_kinds_summed_in_one_count_are_neither_ones(summed, alone, metric, rules) -> None:
    assert (named(summed, 2023, rules)["88"], named(alone, 2023, rules)["88"]) == ("", metric)


def test_legal_aid_over_several_levels_bodies_takes_no_metric(rules) -> None:
    assert named("全市各级法律援助机构共受理法律援助案件2872件。", 2023, rules)["2872"] == ""
    assert named("市法律援助中心共受理法律援助案件2872件。", 2023, rules)["2872"] == "legal_aid_cases"


def test_lawsuits_lost_by_field_are_no_reconsideration_by_field(rules) -> None:
    text = "全市法院审结一审行政案件500件，行政机关败诉60件。败诉案件较多的行政领域分别是：土地30件、公安20件。"
    assert (named(text, 2023, rules)["30"], named(text, 2023, rules)["20"]) == ("", "")


def test_the_loss_rate_on_the_merits_is_not_the_loss_rate(rules) -> None:
    text = "全年审结一审行政案件500件，判决行政机关败诉60件，{}为25%。"
    assert named(text.format("实体败诉率"), 2023, rules)["25"] == ""
    assert named(text.format("败诉率"), 2023, rules)["25"] == "litigation_loss_rate_stated"


def test_departments_whose_list_was_adjusted(rules) -> None:
    assert named("本年度对30个县直部门权责清单进行动态调整。", 2023, rules)["30"] == "power_list_departments_adjusted"


def test_documents_not_yet_filed_are_a_part_of_those_issued(rules) -> None:
    assert named("截至年底，县政府制发的5件规范性文件尚未报送备案。", 2023, rules)["5"] == ""
    assert named("全年县政府制发规范性文件5件。", 2023, rules)["5"] == "normative_docs_issued"


def test_service_items_delegated_are_items_delegated(rules) -> None:
    assert named("向开发区委托下放政务服务事项80项。", 2023, rules)["80"] == "items_delegated"
    assert named("全县保留政务服务事项80项。", 2023, rules)["80"] == "government_service_items"


def test_service_items_over_several_levels_bodies_take_no_metric(rules) -> None:
    assert named("全国各级公安机关接入平台政务服务事项3.7万项。", 2023, rules)["3.7"] == ""
    assert named("市公安局接入平台政务服务事项370项。", 2023, rules)["370"] == "government_service_items"


def test_publicity_over_several_levels_bodies_takes_no_metric(rules) -> None:
    tail = "共开展普法宣传58场次、发放宣传资料4800余份、受教育群众5万余人。"
    assert named("全市各级普法工作力量" + tail, 2023, rules) == {"58": "", "4800": "", "5": ""}
    assert named("市司法局" + tail, 2023, rules) == {"58": "publicity_events", "4800": "publicity_materials",
                                                    "5": "publicity_audience"}
