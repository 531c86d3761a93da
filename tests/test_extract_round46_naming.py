"""Round 46 (#17): causes of unnamed figures and wrong names the batch blind38 showed that recur in any report.
Named by catalog data: the kinds of proactive disclosure counted with the verb after their noun (概况类信息更新N条,
政务动态信息更新N条) and the organisation's information as the overview (机构信息N条); disclosure requests counted
as 申请件 or as 依申请公开; rule-of-law work meetings called 相关 (法治政府建设相关工作会议N次); items handled anywhere
in a group of cities (跨市通办); a rule-of-law plan's 工作举措; a law exam's 参加率; the share of service items that
achieved at most one visit, the items named between (N%的政务服务事项实现了“最多跑一次”); the reform items of a
高效办成一件事 plan. Named by clause structure: the kinds of a 其中 breakdown of approval items (其中取消N项、承接N项，
下放至县级N项) by their verbs, the parent's noun naming what they count; a meeting in a list of meetings whose purpose
follows the list (召开县委常委会会议N次、…联席会议N次，研究部署法治建设…). Withheld for structure: a streak (连续N次被…
表扬) is no count of the year; a satisfaction rate in a sentence on the mailbox's letters is not the services'; research
and inspections summed are neither one's; petitions on one subject (法治信访件) are a part; cadres organised to study
are not the study group named before; a talk given at a body's meetings (在…会议上作专题辅导) is not its session. Each
withholding or narrowing test also states the plain sentence, which keeps its metric. Texts written for these tests,
not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_proactive_kinds_counted_with_their_update_verb(rules) -> None:
    text = "2022年，全县主动公开各类信息310条，其中概况类信息更新5条，政务动态信息更新96条。"
    found = named(text, 2022, rules)
    assert (found["5"], found["96"]) == ("disclosure_overview_items", "disclosure_government_updates")


def test_the_organisations_information_is_the_overview(rules) -> None:
    text = "2024年，在政府信息公开专栏主动公开工作动态41条、机构信息3条。"
    assert named(text, 2024, rules)["3"] == "disclosure_overview_items"


def test_disclosure_requests_counted_as_request_pieces(rules) -> None:
    assert named("2023年，县政府共受理政府信息公开申请件9件。", 2023, rules)["9"] == "disclosure_requests"
    assert named("2022年，县政府办公室共受理5件依申请公开，均按时答复。", 2022, rules)["5"] == "disclosure_requests"


def test_related_rule_of_law_work_meetings(rules) -> None:
    assert named("2024年，县政府召开法治政府建设相关工作会议6次。", 2024, rules)["6"] == "rule_of_law_meetings"


def test_items_handled_across_a_group_of_cities(rules) -> None:
    text = "2022年，建立都市圈通办机制，48项高频事项市际“跨市通办”。"
    assert named(text, 2022, rules)["48"] == "cross_area_items"


def test_the_kinds_of_a_breakdown_of_approval_items(rules) -> None:
    text = "2015年，市政府决定取消和调整行政审批项目96项，其中取消31项、承接58项，下放至县级7项。"
    found = named(text, 2015, rules)
    assert (found["96"], found["31"], found["58"], found["7"]) == (
        "", "licensing_items_removed", "powers_received", "items_delegated")
    assert named("2015年，市政府取消行政审批项目31项。", 2015, rules)["31"] == "licensing_items_removed"


def test_a_meeting_in_a_list_whose_purpose_follows_the_list(rules) -> None:
    text = ("2023年，压实法治建设第一责任人职责，县委书记全年主持召开县委常委会会议6次、县级领导联席会议3次，"
            "研究部署法治建设重点任务。")
    found = named(text, 2023, rules)
    assert (found["6"], found["3"]) == ("party_rule_of_law_meetings", "")
    plain = "2023年，压实法治建设第一责任人职责，县委书记全年主持召开县委常委会会议6次，研究部署法治建设重点任务。"
    assert named(plain, 2023, rules)["6"] == "party_rule_of_law_meetings"


def test_a_streak_is_no_count_of_the_year(rules) -> None:
    text = "2024年，扎实开展法治督察，我市成为全省唯一连续6次被国务院大督查表扬的城市。"
    assert named(text, 2024, rules)["6"] == ""


def test_satisfaction_with_the_mailboxs_replies_is_no_services(rules) -> None:
    text = "2023年，市政府网站发布政务信息3120条。市长信箱共办理有效信件215件，答复率100%，满意率98.6%。"
    assert named(text, 2023, rules)["98.6"] == ""
    assert named("2023年，政务服务中心共办理事项215件，满意率98.6%。", 2023, rules)["98.6"] == "service_satisfaction_rate_stated"


def test_a_share_of_items_that_achieved_one_visit_with_the_items_between(rules) -> None:
    text = "2021年，全市85%的政务服务事项实现了“最多跑一次”。"
    assert named(text, 2021, rules)["85"] == "max_one_visit_rate_stated"
    assert named("2021年，全市100%许可事项实现“最多跑一次”。", 2021, rules)["100"] == ""


def test_work_measures_of_a_rule_of_law_plan_counted_before_their_noun(rules) -> None:
    text = "2023年，印发《2023年法治政府建设工作要点》，明确18项工作举措。"
    assert named(text, 2023, rules)["18"] == "rule_of_law_measures"


def test_research_and_inspections_summed_are_neither(rules) -> None:
    text = "2021年，市政府主要负责同志亲自组织开展法治调研、法治督察活动4批次。"
    assert named(text, 2021, rules)["4"] == ""
    plain = "2021年，市政府主要负责同志亲自组织开展法治督察活动4批次。"
    assert named(plain, 2021, rules)["4"] == "rule_of_law_inspections"


def test_cadres_organised_to_study_are_not_the_study_group(rules) -> None:
    text = "2025年，在镇党委理论学习中心组学习会上作专题辅导3次，组织镇村干部集中学法8次。"
    assert named(text, 2025, rules)["8"] == ""
    plain = "2025年，镇党委理论学习中心组集中学法8次。"
    assert named(plain, 2025, rules)["8"] == "central_group_law_study_sessions"


def test_an_exams_participation_written_as_its_attendance_rate(rules) -> None:
    text = "2025年，组织全镇公职人员完成年度学法考试，参加率99%。"
    assert named(text, 2025, rules)["99"] == "law_exam_participation_rate_stated"
    assert named("2025年，组织全镇公职人员参加法治培训，参加率99%。", 2025, rules)["99"] == ""


def test_petitions_on_one_subject_are_a_part_of_the_petitions(rules) -> None:
    assert named("2022年，开展法治政府建设专项督察行动，受理法治信访件6件。", 2022, rules)["6"] == ""
    assert named("2022年，全市共受理群众信访件600件。", 2022, rules)["600"] == "petitions_received"


def test_a_leaders_talks_at_a_bodys_meetings_are_not_its_sessions(rules) -> None:
    text = "2025年，主要负责人带头学法，在镇党委理论学习中心组学习会、党委会议上作专题辅导5次。"
    assert named(text, 2025, rules)["5"] == ""
    assert named("2025年，在镇党委理论学习中心组学习会上集中学习5次。", 2025, rules)["5"] == "central_group_study_sessions"


def test_the_reform_items_of_a_one_thing_plan(rules) -> None:
    text = "2021年，印发《推进“高效办成一件事”改革工作方案》，21个改革事项已全部上线运行。"
    assert named(text, 2021, rules)["21"] == "one_thing_services"
    assert named("2021年，梳理公布改革事项清单21项。", 2021, rules)["21"] == ""
