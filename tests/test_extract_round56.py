"""Round 56 (#17): wordings that blind48 showed and that recur in any report.

Named: requests 依申请公开 counted before the noun with 信息 before it, and the ones answered counted before the
answer; banners (条幅) among a publicity event's slogans, the 明白纸 ending a list of materials handed out, and the
consultations such an event answered; items added to and removed from the power list counted before their noun or
named in quotes; powers taken over counted right after 承接; documents issued, abolished and in force named before the
verb as a disclosure report's prose writes the form; lawyers hired as a subdistrict's legal advisers; village advisers
who are 法律服务人员; approvals completed (完成); a law talk held for officials as a law lecture.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_on_application_and_those_answered_counted_before_their_nouns(checkout_rules) -> None:
    text = "2023年，本镇共收到15件信息依申请公开，其中13件已经按时按规完成答复，剩余2件结转下年度继续办理。"
    read = named(text, 2023, checkout_rules)
    assert read["15"] == "disclosure_requests"
    assert read["13"] == "disclosure_requests_answered"


def test_a_publicity_events_banners_materials_and_consultations(checkout_rules) -> None:
    text = ("活动现场设立咨询台、制作宣传展板。\n活动共悬挂宣传条幅40余条，发放《宪法》读本及法律法规宣传手册、"
            "明白纸3000余份，解答群众咨询85人次。")
    read = named(text, 2022, checkout_rules)
    assert read["40"] == "publicity_slogans"
    assert read["3000"] == "publicity_materials"
    assert read["85"] == "legal_consultations"


def test_power_list_items_added_and_removed_named_in_quotes(checkout_rules) -> None:
    text = "依据上级下放权限，2024年新增“林木采伐初审”等5项权责事项，取消“临时占道备案”2项。"
    read = named(text, 2024, checkout_rules)
    assert read["5"] == "power_list_items_added"
    assert read["2"] == "power_list_items_removed"


def test_powers_taken_over_counted_right_after_taking_them_over(checkout_rules) -> None:
    assert named("制定承接14个省级下放行政职权事项的实施方案。", 2024, checkout_rules)["14"] == "powers_received"


def test_documents_named_before_the_verb_in_a_disclosure_reports_prose(checkout_rules) -> None:
    read = named("本年度行政规范性文件发布4件，废止数量2件，现行有效数量31件。", 2025, checkout_rules)
    assert read["4"] == "normative_docs_issued"
    assert read["2"] == "normative_docs_abolished"
    assert read["31"] == "normative_docs_in_force"


def test_lawyers_hired_as_a_subdistricts_and_villages_legal_advisers(checkout_rules) -> None:
    assert named("特聘某律师事务所3名律师担任街道法律顾问。", 2024, checkout_rules)["3"] == "legal_advisers"
    text = "全县共选配215名法律服务人员担任村(居)法律顾问。"
    assert named(text, 2021, checkout_rules)["215"] == "village_legal_advisers"


def test_approvals_completed_and_a_law_talk_for_officials(checkout_rules) -> None:
    assert named("政务服务中心共完成行政审批事项468件。", 2024, checkout_rules)["468"] == "licensing_concluded"
    text = "街道组织中心组学法10次，开展机关工作人员普法知识讲座6场。"
    assert named(text, 2025, checkout_rules)["6"] == "law_lectures"
