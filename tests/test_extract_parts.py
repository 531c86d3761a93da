"""Whose figure and which part of it (round 10 of #17): a county's or district's own court counts the courts'
caseload; words that restrict a count to a part (one respondent, a sector, one window, two actions summed, the
items that do one thing) keep the whole's metric off it, giving the part's metric where the catalog has one. Texts
written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest

from indicators.extract.candidates import extract_figures


def named(text: str, year: int, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "value"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("court", ["县法院", "区人民法院", "自治县人民法院"])
def test_the_court_of_a_county_or_district_counts_the_courts_caseload(court, rules) -> None:
    text = f"2023年，{court}共受理行政案件31件，审结27件。"
    assert named(text, 2023, rules) == [("court_admin_cases_received", "31"), ("court_admin_cases_concluded", "27")]


def test_a_court_named_as_a_partner_or_an_intermediate_court_does_not_own_the_count(rules) -> None:
    # the court is the government's partner, not the subject: the government's own lawsuits
    assert named("加强与县法院的沟通，全年办理行政应诉案件30件。", 2023, rules)[0][0] == "litigation_cases"
    # one intermediate court among several of a city: none
    assert named("2023年，市中级人民法院共受理行政案件300件。", 2023, rules)[0][0] != "court_admin_cases_received"


def test_the_outcomes_of_the_cases_against_one_respondent_are_not_the_governments(rules) -> None:
    text = "以县政府为被申请人的行政复议案件共40件，涉及征收、信息公开等。已审结35件，其中维持20件，驳回9件。"
    rows = dict((value, metric) for metric, value in named(text, 2023, rules))
    assert rows["20"] == "" and rows["9"] == ""
    # a list of every respondent is the whole
    text = "共收到以各乡镇政府、县政府各部门作为被申请人的行政复议申请52件，其中维持20件。"
    assert named(text, 2023, rules)[0] == ("reconsideration_cases", "52")


@pytest.mark.parametrize("text, whole", [
    ("全年涉企复议收案88件。", "reconsideration_cases"),  # one sector's cases
    ("县政务服务中心综合受理窗口全年受理各类事项3120件。", "service_cases_accepted"),  # one window's casework
    ("取消和下放45项行政审批事项。", "items_delegated"),  # two actions summed
    ("为群众提供法律咨询600余件，满意率达98%。", "service_satisfaction_rate_stated"),  # legal services rated
    ("围绕习近平法治思想，全县组织各类学习、培训、宣讲320余场次。", "publicity_events"),  # several kinds of events summed
    ("对56项行政许可事项调整实施部门。", "licensing_items"),  # the items an action is done to
    ("梳理市级以下行政许可事项310项。", "licensing_items"),  # the lower levels' items
    ("近年来我县分4次集中划转行政许可事项120项。", "licensing_items"),  # summed over several rounds
    ("全年为退役军人提供法律咨询860人次。", "legal_consultations"),  # one group's consultations
])
def test_a_part_is_not_named_as_its_whole(text, whole, rules) -> None:
    assert whole not in {metric for metric, _ in named(text, 2023, rules)}


def test_the_items_that_do_one_thing_are_that_things_part_of_the_list(rules) -> None:
    text = "全县梳理政务服务事项2100项，其中860项政务服务事项实现“全市通办”，1500项政务服务事项进驻县政务服务中心。"
    assert named(text, 2023, rules) == [("government_service_items", "2100"), ("cross_area_items", "860"),
                                        ("service_items_total", "1500")]


def test_a_pre_appointment_exam_is_not_the_yearly_law_exam(rules) -> None:
    text = "15名新提拔领导干部参加了任前法律知识考试，全县2600余名公职人员参加了年度学法用法考试。"
    # round 29: the pre-appointment exam's takers have their own metric
    assert named(text, 2023, rules) == [("pre_appointment_law_exam_takers", "15"), ("law_exam_participants", "2600")]


def test_a_kind_of_legality_review_named_before_the_count_is_that_kinds(rules) -> None:
    assert named("全年共完成重大行政决策合法性审查6件。", 2023, rules)[0] == ("major_decisions_reviewed", "6")


def test_one_fields_cases_in_a_breakdown_are_not_the_whole(rules) -> None:
    text = "从案件领域看，市场监管领域行政处罚案件9件，占总量的30%。"
    assert "enforcement_penalty_cases" not in {metric for metric, _ in named(text, 2023, rules)}


def test_a_sentence_naming_the_whole_jurisdiction_is_not_restricted_by_the_one_before(rules) -> None:
    text = "以县政府为被申请人的行政复议案件共12件。全县共审结行政复议案件40件，其中维持20件。"
    assert ("reconsideration_upheld", "20") in named(text, 2023, rules)


def test_the_windows_of_a_hall_are_the_halls_casework(rules) -> None:
    assert named("县政务服务大厅窗口全年受理各类事项8.2万件。", 2023, rules)[0][0] == "service_cases_accepted"


def test_the_satisfaction_with_services_after_a_sentence_on_legal_services_is_the_services(rules) -> None:
    text = "建成公共法律服务中心12个。县政务服务中心群众满意率达99.6%。"
    assert ("service_satisfaction_rate_stated", "99.6") in named(text, 2023, rules)


def test_the_documents_in_force_published_after_a_clean_up_are_those_in_force(rules) -> None:
    assert named("清理并公布现行有效的行政规范性文件88件。", 2023, rules) == [("normative_docs_in_force", "88")]
    # the documents a clean-up reviews stay the reviewed (the metric's definition)
    assert named("全面清理现行有效规范性文件350件。", 2023, rules) == [("normative_docs_reviewed", "350")]


def test_the_consultations_given_to_the_public_keep_their_metric(rules) -> None:
    assert named("全年为群众提供法律咨询860人次。", 2023, rules) == [("legal_consultations", "860")]


def test_documents_reviewed_in_a_clause_of_their_own_beside_a_clean_up_are_the_legality_reviews(rules) -> None:
    text = "开展规范性文件专项清理5次，审核县政府规范性文件30件。"
    assert named(text, 2023, rules) == [("normative_docs_cleanups", "5"), ("normative_docs_legality_reviewed", "30")]
    # the clean-up named in the documents' own clause keeps them the clean-up's review
    assert named("此次清理工作共审查规范性文件120件。", 2023, rules) == [("normative_docs_reviewed", "120")]


def test_the_on_time_rate_of_enforcement_cases_is_no_services(rules) -> None:
    text = "全年立案查处违法案件120件，执结率90%，按期办结率100%。"
    assert all(metric != "service_ontime_rate_stated" for metric, _ in named(text, 2023, rules))


def test_the_service_centres_on_time_rate_keeps_its_metric(rules) -> None:
    assert ("service_ontime_rate_stated", "100") in named("县政务服务中心按时办结率达到100%。", 2023, rules)


def test_counts_averaged_over_several_bodies_take_no_metric(rules) -> None:
    text = "各县区同步跟进，平均调整权责事项260项，减少60项。"
    assert named(text, 2016, rules) == [("", "260"), ("", "60")]
    # the catalog's averages keep theirs
    assert ("average_promised_days", "3") in named("承诺件平均办结时限由10天减少为3天。", 2020, rules)


def test_a_rates_change_on_the_year_before_is_not_its_level(rules) -> None:
    text = "全区法院新收一审行政案件1200件。行政机关败诉率下降，败诉案件占一审全部结案数的比率同比下降3.5%。"
    assert named(text, 2024, rules)[-1] == ("", "3.5")
    assert named("行政机关败诉率为6.5%。", 2024, rules) == [("litigation_loss_rate_stated", "6.5")]


def test_the_work_of_village_legal_advisers_is_not_the_governments_advisers_nor_peoples_mediation(rules) -> None:
    text = "全县村法律顾问累计入村开展工作900余次，为村民提供法律意见300多件，成功化解矛盾纠纷150件。"
    assert dict((value, metric) for metric, value in named(text, 2017, rules)) == {"900": "", "300": "", "150": ""}
    assert named("政府法律顾问全年出具法律意见书25份。", 2023, rules) == [("legal_opinions_issued", "25")]


def test_the_work_lawyers_do_for_their_clients_is_not_the_governments_own(rules) -> None:
    # lawyers as the subject: their lawsuits of every kind, their clients' contracts, the disputes they settle
    text = "本市律师为120家小微企业开展法治体检，审查合同300份，化解矛盾纠纷45件。"
    assert dict((value, metric) for metric, value in named(text, 2023, rules)) == {"120": "", "300": "", "45": ""}
    text = "2023年，全省律师办理各类法律事务50万件。其中，办理诉讼案件30万件。"
    assert ("litigation_cases", "30") not in named(text, 2023, rules)
    # lawyers serving the government, or a new subject after a semicolon: the government's own
    assert named("聘请律师为区政府审查合同80份。", 2023, rules) == [("contracts_reviewed", "80")]
    text = "社区有律师为居民提供咨询；法律顾问审查合同90份。"
    assert named(text, 2023, rules) == [("contracts_reviewed", "90")]
    assert named("全年办理行政诉讼案件30件。", 2023, rules) == [("litigation_cases", "30")]


def test_the_list_a_cut_is_stated_of_is_the_list_before_it(rules) -> None:
    text = "对进驻中心的项目进行了清理，行政许可150项精简合并了50项，非行政许可20项全部取消。"
    rows = named(text, 2020, rules)
    assert rows[0] == ("licensing_items_before", "150") and ("licensing_items", "20") not in rows


def test_all_the_items_placed_at_the_centre_are_the_list(rules) -> None:
    assert named("县级2400个政务服务事项全部进驻县政务服务中心。", 2024, rules) == [("government_service_items", "2400")]


def test_a_requirements_floor_is_no_figure_of_the_year(rules) -> None:
    assert named("各级政府常务会议全年至少举办法治专题讲座3期以上。", 2023, rules) == [("", "3")]
    assert named("全年举办法治专题讲座3期。", 2023, rules) == [("law_lectures", "3")]


def test_numbers_spelling_out_a_quoted_name_are_no_figures(rules) -> None:
    text = "在行政复议案件办理中推行“三个百分百”（案中100%调解、案后100%释法、纠错100%建议）工作法。"
    assert all(metric == "" for metric, _ in named(text, 2022, rules))
    assert named("行政复议纠错率100%。", 2022, rules) == [("reconsideration_correction_rate_stated", "100")]


def test_the_reply_rate_of_courts_and_procurators_recommendations_is_not_the_suggestions(rules) -> None:
    assert named("司法建议书、检察建议书按期办复率100%。", 2024, rules) == [("", "100")]
    assert named("人大代表建议和政协提案办复率100%。", 2024, rules) == [("suggestions_reply_rate_stated", "100")]


def test_cases_concluded_one_way_listed_with_commas_are_a_part(rules) -> None:
    # the ways may be a list (以调解、和解、申请人撤回申请等方式结案): still a part of those concluded
    text = "2023年，市政府共收到行政复议申请400件，以调解、和解、申请人撤回申请等方式结案69件。"
    assert named(text, 2023, rules) == [("reconsideration_cases", "400"), ("", "69")]



@pytest.mark.parametrize("subject", ["全省各级行政复议机关", "市县两级行政复议机构", "全国各级行政复议机构"])
def test_every_reconsideration_count_over_several_levels_takes_no_metric(subject, rules) -> None:
    # the lead's decision of round 14: outcomes and applicants over several levels' bodies, as their caseload
    text = f"2023年，{subject}共审结行政复议案件820件，其中撤销36件，申请人总数为900人。"
    assert named(text, 2023, rules) == [("", "820"), ("", "36"), ("", "900")]
    # the own level's count after the several levels' keeps its metric, and so does the own level's text
    text = "2023年，全省各级行政复议机关共收到申请1000件，其中省政府本级审结行政复议案件120件。"
    assert named(text, 2023, rules)[1] == ("reconsideration_concluded", "120")
    text = "2023年，市政府共审结行政复议案件820件，其中撤销36件。"
    assert named(text, 2023, rules) == [("reconsideration_concluded", "820"), ("reconsideration_revoked", "36")]


def test_enforcement_officers_are_those_certified_or_the_jurisdictions_whole(rules) -> None:
    # one body's staff, or a count holding those without a certificate: not the certified officers
    assert named("目前我局共有执法人员43名。", 2023, rules) == [("", "43")]
    assert named("本镇行政执法人员共计10人，其中持证执法人员8人。", 2025, rules) == [("", "10"), ("enforcement_officers", "8")]
    # the certificate named, or the jurisdiction's whole: the metric
    assert named("全县现有执法人员826名。", 2019, rules) == [("enforcement_officers", "826")]
    assert named("在岗持证行政执法人员212人。", 2019, rules) == [("enforcement_officers", "212")]


def test_seminars_under_qizhong_of_a_study_count_are_a_part_of_it(rules) -> None:
    text = "区委理论学习中心组共开展学习20次，其中专题辅导3次，集体学习研讨2次。"
    assert ("study_seminars", "2") not in named(text, 2024, rules)
    assert ("study_seminars", "4") in named("区委理论学习中心组开展专题研讨4次。", 2024, rules)


def test_documents_reviews_and_enforcement_over_several_levels_bodies_take_no_metric(rules) -> None:
    text = "2023年，全省各级合法性审核机构共审核政府合作协议800件，备案审查规范性文件160件。"
    assert named(text, 2023, rules) == [("", "800"), ("", "160")]
    assert named("2023年，全县各级行政执法机关共办理行政处罚案件3900件。", 2023, rules) == [("", "3900")]
    assert named("2023年，县市场监管局共办理行政处罚案件390件。", 2023, rules) == [("enforcement_penalty_cases", "390")]
    assert named("2023年，市司法局审核政府合作协议80件。", 2023, rules) == [("contracts_reviewed", "80")]


def test_one_count_over_sessions_of_several_kinds_listed_together_takes_no_session_metric(rules) -> None:
    assert named("2024年，组织开展领导班子学法、研讨、专题党课、各类讲座15次。", 2024, rules) == [("", "15")]
    assert named("2024年，举办法治研讨班、专题讲座60场次。", 2024, rules) == [("", "60")]
    assert named("2024年，举办法治专题讲座6场次。", 2024, rules) == [("law_lectures", "6")]
    assert named("2024年，举办领导干部专题法治培训、讲座3期。", 2024, rules) == [("law_lectures", "3")]


def test_a_courts_caseload_of_every_kind_is_the_courts_received_count(rules) -> None:
    text = "市中级法院院长通报了2024年全市行政审判工作情况，该市去年共受理各类行政案件2154件，审结2063件。"
    assert named(text, 2024, rules) == [("court_admin_cases_received", "2154"), ("court_admin_cases_concluded", "2063")]
    text = "2024年，全省法院受理各类行政案件2915件，其中一审新收行政案件1257件，审结1221件。"
    assert ("litigation_cases", "1257") in named(text, 2024, rules)
    assert ("litigation_concluded", "1221") in named(text, 2024, rules)


def test_publicity_events_over_several_levels_bodies_take_no_metric(rules) -> None:
    assert named("2023年，全市各级普法办共组织开展各类普法宣传活动680余场次。", 2023, rules) == [("", "680")]
    assert named("2023年，全省共组织开展普法宣传活动680余场次。", 2023, rules) == [("publicity_events", "680")]
    text = "2023年，全县各级各部门开展普法宣传活动46场次。"
    assert named(text, 2023, rules) == [("publicity_events", "46")]
