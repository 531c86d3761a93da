"""Wordings of round 13 (#17): standard phrasings that two or more jurisdictions' reports wrote and no wording read,
each a clause form (a noun between the verb and the number, the number before its noun, a level word, a qualifier
of the counted noun). Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_publicity_materials_named_with_their_kinds_before_the_count(rules) -> None:
    text = "2023年，发放各类普法宣传折页和手册等共计800余份。"
    assert named(text, 2023, rules) == {"800": "publicity_materials"}
    assert named("2023年，发放宪法和法律读本600册。", 2023, rules) == {"600": ""}  # books, not publicity material


def test_the_audience_a_publicity_campaign_reached(rules) -> None:
    assert named("2023年，开展禁毒宣传5次，惠及群众900余人。", 2023, rules)["900"] == "publicity_audience"
    assert named("2023年，新建公园5个，惠及群众900余人。", 2023, rules)["900"] == ""  # no publicity


def test_departments_moved_into_a_centre_with_their_level_or_into_a_centre_of_any_name(rules) -> None:
    assert named("2023年，政务大厅进驻市级部门41个。", 2023, rules) == {"41": "service_hall_departments"}
    text = "2023年，27个部门由分管领导带队整体进驻中心。"
    assert named(text, 2023, rules) == {"27": "service_hall_departments"}


def test_issues_an_inspection_fed_back_counted_before_their_noun(rules) -> None:
    text = "2023年，配合完成省级法治督察，17个反馈问题全部整改到位。"
    assert named(text, 2023, rules) == {"17": "inspection_issues"}


def test_the_power_list_cut_to_a_count(rules) -> None:
    assert named("2023年，市级行政权力清单调整到3120项。", 2023, rules) == {"3120": "power_list_items"}
    assert named("2023年，市政府权力事项由2210项减少至2190项。", 2023, rules)["2190"] == "power_list_items"


def test_mediation_cases_received_or_settled(rules) -> None:
    assert named("2023年，全县受理调解案件820件。", 2023, rules) == {"820": "people_mediation_disputes"}
    assert named("2023年，调处矛盾纠纷案件1.2万件。", 2023, rules) == {"1.2": "people_mediation_disputes"}


def test_measures_of_a_rule_of_law_plan_counted_before_their_noun(rules) -> None:
    text = "2023年，出台法治政府建设实施方案，制定实施32项攻坚措施。"
    assert named(text, 2023, rules) == {"32": "rule_of_law_measures"}
    other = "2023年，出台法治政府建设实施方案，将纲要的20项具体措施细化为45项。"
    assert named(other, 2023, rules)["20"] == ""  # the measures another plan set, before the plan broke them down


def test_contracts_counted_before_the_review_done_to_them(rules) -> None:
    text = "2023年，对12份重大行政合同进行合法性审查。"
    assert named(text, 2023, rules) == {"12": "contracts_reviewed"}


def test_items_a_service_centre_took_in_counted_after_them(rules) -> None:
    assert named("2023年，县政务服务中心集中受理事项512项。", 2023, rules) == {"512": "service_items_total"}
    text = "2023年，县政务服务中心启用，纳入办理的行政审批和公共服务项目860项。"
    assert named(text, 2023, rules) == {"860": "service_items_total"}


def test_rule_of_law_reports_of_officials_of_bodies_or_as_a_report_on_their_duty(rules) -> None:
    assert named("2023年，全县46家党政机关主要负责人进行述法。", 2023, rules) == {"46": "law_report_units"}
    text = "2023年，全县31个县直部门主要负责人开展推进法治建设述职。"
    assert named(text, 2023, rules) == {"31": "law_report_units"}


def test_the_audience_of_law_publicity_in_person_times_is_its_attendance(rules) -> None:
    text = "2023年，开展“法律进社区”活动30余场，覆盖群众6000余人次。"
    assert named(text, 2023, rules)["6000"] == "publicity_audience_attendance"
    assert named("2023年，开展普法宣讲20场，受众8000余人。", 2023, rules)["8000"] == "publicity_audience"


def test_fines_in_yuan_or_in_hundred_millions_of_yuan_are_the_fines(rules) -> None:
    assert named("2023年，全市罚没金额1.35亿元。", 2023, rules) == {"1.35": "enforcement_fines"}
    assert named("2023年，罚款金额达8600余元。", 2023, rules) == {"8600": "enforcement_fines"}
    assert named("2023年，对违反控烟规定处罚8起，罚款650元。", 2023, rules)["650"] == ""  # one kind's fines


def test_a_count_in_hundred_millions_meets_the_wordings_of_its_measure_word(rules) -> None:
    assert named("2023年，开展宪法宣传活动，直接受众超2亿人次。", 2023, rules)["2"] == "publicity_audience_attendance"


def test_matters_involving_law_reviewed_are_the_legality_reviews(rules) -> None:
    assert named("2023年，共审查各类涉法事项310余件。", 2023, rules) == {"310": "legality_reviews"}
    text = "2023年，共审查行政规范性文件12件，审查其他涉法事项40件。"
    assert named(text, 2023, rules)["40"] == ""  # the other matters: a part


def test_items_of_the_commitment_system_named_by_their_list(rules) -> None:
    text = "2023年，形成告知承诺审批事项基础清单86项并对外公布。"
    assert named(text, 2023, rules) == {"86": "commitment_items"}
    text = "2023年，将梳理的24项证明事项形成《县实行告知承诺制证明事项目录》。"
    assert named(text, 2023, rules) == {"24": "commitment_items"}


def test_power_list_items_revised_where_the_report_does_not_say_quanze(rules) -> None:
    assert named("2023年，调整行政职权65项。", 2023, rules) == {"65": "power_list_items_optimized"}
    text = "2023年，对12个部门230项行政权力事项进行动态调整。"
    assert named(text, 2023, rules)["230"] == "power_list_items_optimized"
    assert named("2023年，共调整规范140项权责事项。", 2023, rules) == {"140": "power_list_items_optimized"}


def test_publicity_events_of_every_kind_where_the_text_is_on_law(rules) -> None:
    text = "2023年，大力开展法治宣传。全年组织开展各类宣传活动12余次。"
    assert named(text, 2023, rules)["12"] == "publicity_events"
    other = "2023年，大力开展安全生产宣传。全年组织开展各类宣传活动12余次。"
    assert named(other, 2023, rules)["12"] == ""


def test_peoples_mediation_committees_and_mediators_are_stocks_of_their_own(rules) -> None:
    text = "2023年末，全县共有人民调解委员会310个，人民调解员1260人，其中专职人民调解员85人。"
    assert named(text, 2023, rules) == {
        "310": "people_mediation_committees", "1260": "people_mediators", "85": ""}
    assert named("2023年，全县共有36个人民调解委员会。", 2023, rules) == {"36": "people_mediation_committees"}
    listed = "2023年，培育“枫桥式”司法所3个、人民调解组织5个、人民调解员9人。"
    assert named(listed, 2023, rules) == {"3": "", "5": "", "9": ""}  # models a verb made, not the stock


def test_mediation_committees_by_their_short_name_and_mediators_as_staff(rules) -> None:
    # round 15: 调委会 and 调解人员 as a place's stock, and committees counted with their mediators after them
    text = "2023年末，全县现有调委会215个，其中规范化调委会180个。全县有调解人员1300名。"
    assert named(text, 2023, rules) == {"215": "people_mediation_committees", "180": "", "1300": "people_mediators"}
    text = "2023年，组织96个基层调委会410名调解员排查矛盾纠纷。"
    assert named(text, 2023, rules) == {"96": "people_mediation_committees", "410": "people_mediators"}
    assert named("2023年，全县320名人民调解员参加了培训班。", 2023, rules)["320"] != "people_mediators"  # trainees


def test_publicity_events_counted_after_the_campaigns_they_were_part_of(rules) -> None:
    # round 15: the campaigns listed with 等, then the events of every kind or theme they held
    text = "2023年，深化普法，举办宪法宣传周、法治宣传月等各类活动300余场。"
    assert named(text, 2023, rules)["300"] == "publicity_events"
    text = "2023年，落实“八五”普法规划，开展民法典、安全生产法等主题宣传15场次。"
    assert named(text, 2023, rules)["15"] == "publicity_events"
    text = "2023年，落实法治建设责任，组织学法、研讨等各类活动12次。"
    assert named(text, 2023, rules)["12"] != "publicity_events"  # study, not publicity


def test_departments_moved_in_counted_after_the_verb_or_grown_to_a_count(rules) -> None:
    text = "2023年，新政务服务中心启用，进驻42个部门、1300项政务服务事项。"
    assert named(text, 2023, rules)["42"] == "service_hall_departments"
    assert named("2023年，进驻部门从28个增加到33个。", 2023, rules)["33"] == "service_hall_departments"


def test_contracts_reviewed_written_as_their_papers(rules) -> None:
    assert named("2023年，审查监督合同文书27份。", 2023, rules) == {"27": "contracts_reviewed"}


def test_government_information_published_with_its_kinds_or_updates(rules) -> None:
    text = "2023年，向社会公开政务要闻、政府文件、重大决策等政府信息共计2310条。"
    assert named(text, 2023, rules) == {"2310": "disclosure_proactive_items"}
    assert named("2023年，主动公开政府工作信息、动态412条。", 2023, rules) == {"412": "disclosure_proactive_items"}


def test_laws_studied_after_the_verb_or_after_the_sessions_in_one_breath(rules) -> None:
    text = "2023年，县政府常务会议会前学法10次，学习法律法规规章16部。"
    assert named(text, 2023, rules)["16"] == "laws_studied"
    assert named("2023年，县政府常务会议学法8次、12部。", 2023, rules)["12"] == "laws_studied"


def test_instructions_on_the_work_the_sentence_says_is_the_rule_of_laws(rules) -> None:
    text = "2023年，主要领导调研推动法治政府建设工作12次，重点工作批示30余次。"
    assert named(text, 2023, rules)["30"] == "rule_of_law_instructions"
    text = "2023年，市长就加强行政应诉工作作出5次批示。"
    assert named(text, 2023, rules) == {"5": "rule_of_law_instructions"}
    assert named("2023年，市长就招商引资重点工作批示30余次。", 2023, rules) == {"30": ""}


def test_officials_trained_named_with_their_level_or_rank(rules) -> None:
    text = "2023年，举办法治能力专题培训班，培训市县两级法治工作业务骨干60人。"
    assert named(text, 2023, rules)["60"] == "law_trainees"
    text = "2023年，深入推进习近平法治思想大培训，组织完成1.2万名县处级以上领导干部集中轮训。"
    assert named(text, 2023, rules)["1.2"] == "law_trainees"
