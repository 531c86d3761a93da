"""Round 44 (#17): causes of unnamed figures and wrong names the batch blind35 showed that recur in any report. A
reconsideration body's cases by respondent written 作为被申请人 (not only 以…为被申请人) and by the act contested
written 对行政处罚不服的复议申请 (not only the act's name after 申请复议事项) take the breakdown's metrics, and so do
their shares; disclosure contested that way is one kind of the body's caseload, not a disclosure report's appeals;
a decision to terminate written 终止决定的N件 is a termination. The disclosure form's cells are read by its structure
(a row of slashes, a header whose unit a colon sets apart); licensing counted as itself is licensing, not a centre's
casework; rules counted before their noun after 审议通过, advisers before the government's post, items on a mobile app,
documents posted in a sentence on proactive disclosure take their metrics; an exam of the job's business is no law
exam, and a lone Chinese numeral whose claim is withheld is no figure. Each withholding or narrowing test also states
the plain sentence, which keeps its metric. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_respondents_written_as_standing_as_the_respondent(rules) -> None:
    text = ("2022年，从被申请人情况看，县级政府的部门作为被申请人的案件31件，占被申请人总数的25.8%；县级政府作为被申请人的"
            "案件52件，占被申请人总数的43.3%；市级政府的部门作为被申请人的案件37件，占被申请人总数的30.8%。")
    found = named(text, 2022, rules)
    assert found["31"] == "reconsideration_against_lower_departments"
    assert found["25.8"] == "reconsideration_against_lower_departments_share_stated"
    assert found["52"] == "reconsideration_against_lower_governments"
    assert found["43.3"] == "reconsideration_against_lower_governments_share_stated"
    assert found["37"] == "reconsideration_against_departments"
    assert found["30.8"] == "reconsideration_against_departments_share_stated"


def test_kinds_of_act_written_as_what_the_applicant_contests(rules) -> None:
    text = ("2022年，从受理的120件行政复议申请来看，对行政处罚不服的复议申请18件，占受理总数的15%；对行政强制不服的复议申请"
            "7件；对行政许可不服的复议申请5件；对信息公开不服的复议申请40件，占受理总数的33.3%；对举报投诉处理的复议申请6件。")
    found = named(text, 2022, rules)
    assert found["18"] == "reconsideration_on_penalties"
    assert found["15"] == "reconsideration_on_penalties_share_stated"
    assert found["7"] == "reconsideration_on_coercion"
    assert found["5"] == "reconsideration_on_licensing"
    assert found["40"] == "reconsideration_on_disclosure"  # the body's caseload by kind, not a disclosure appeal
    assert found["33.3"] == "reconsideration_on_disclosure_share_stated"
    assert found["6"] == "reconsideration_on_complaints"


def test_disclosure_appeals_in_prose_stay_the_disclosure_reports(rules) -> None:
    text = "2022年，本机关因政府信息公开被申请行政复议3件，被提起行政诉讼2件。"
    assert named(text, 2022, rules)["3"] == "disclosure_reconsideration_cases"


def test_a_decision_to_terminate_is_a_termination(rules) -> None:
    text = "2022年，市本级办结行政复议案件94件，作出维持决定的26件，终止决定的12件，占已审结总数的12.8%。"
    found = named(text, 2022, rules)
    assert found["12"] == "reconsideration_terminated"
    assert found["12.8"] == "reconsideration_terminated_share_stated"


_FORM = ("某县司法局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n"
         "本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n/ |\n/ |\n/ |\n规范性文件 |\n14 |\n3 |\n27 |\n")


def test_a_form_row_left_empty_with_slashes_keeps_the_header_for_the_next(rules) -> None:
    found = named(_FORM, 2021, rules)
    assert found == {"14": "normative_docs_issued", "3": "normative_docs_abolished", "27": "normative_docs_in_force"}


def test_a_header_cell_whose_unit_is_set_apart_by_a_colon_is_a_cell(rules) -> None:
    text = ("某县司法局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(八)项 |\n|||\n信息内容 |\n"
            "本年收费金额(单位:万元) |\n||\n行政事业性收费 |\n36.5 |\n")
    assert named(text, 2021, rules)["36.5"] == "administrative_fees_collected"


def test_licensing_of_every_kind_counted_as_licensing_is_not_a_centres_casework(rules) -> None:
    text = "2023年，推行行政许可清单化，全年共受理各类行政许可3120件，受理转报12件，办结各类行政许可3098件。"
    found = named(text, 2023, rules)
    assert found["3120"] == "licensing_accepted" and found["3098"] == "licensing_concluded"
    text = "2023年，审批窗口共受理行政许可事项157件。"
    assert named(text, 2023, rules)["157"] == "licensing_accepted"
    text = "2023年，区政务服务中心共受理各类行政许可公共服务事项24353件，办结24351件。"  # the centre's casework
    found = named(text, 2023, rules)
    assert found["24353"] == "service_cases_accepted" and found["24351"] == "service_cases_concluded"


def test_rules_counted_before_their_noun_after_the_verb_that_passed_them(rules) -> None:
    found = named("2024年，市政府常务会议审议通过3部地方性法规草案、4部政府规章。", 2024, rules)
    assert found["4"] == "rules_issued" and found["3"] == ""  # drafts of regulations are no regulations enacted
    found = named("2024年，审议通过2部地方性法规、5部政府规章。", 2024, rules)
    assert found["2"] == "local_regulations_enacted" and found["5"] == "rules_issued"
    text = "2024年，制定《某市管理办法》等6件政府规章，废止《某市规定》等7件政府规章。"  # another verb before the 7
    assert named(text, 2024, rules)["7"] != "rules_issued"


def test_documents_posted_in_a_sentence_on_proactive_disclosure_are_published(rules) -> None:
    text = "（一）主动公开。2024年，全县共主动公开政府信息8600条，发布县政府规章1部、行政规范性文件23件。"
    assert named(text, 2024, rules)["23"] == "normative_docs_published"
    text = "2024年，县政府发布行政规范性文件23件，均按规定报备。"  # no disclosure: the documents issued
    assert named(text, 2024, rules)["23"] == "normative_docs_issued"


def test_an_exam_of_the_jobs_business_is_no_law_exam(rules) -> None:
    assert named("2023年，全市8000余名行政执法人员参加业务知识考试。", 2023, rules)["8000"] == ""
    assert named("2023年，全市8000余名领导干部参加学法用法考试。", 2023, rules)["8000"] == "law_exam_participants"


def test_items_a_mobile_app_carries_are_mobile_items(rules) -> None:
    assert named("2023年，“某某通”APP上线各类政务服务事项1500余项。", 2023, rules)["1500"] == "mobile_service_items"
    assert named("2023年，全市政务服务事项1500余项。", 2023, rules)["1500"] == "government_service_items"


def test_advisers_hired_counted_before_the_governments_post_they_take(rules) -> None:
    text = "2023年，聘请12名法学专家、律师作为第三届县政府法律顾问。"
    assert named(text, 2023, rules)["12"] == "legal_advisers"
    text = "2023年，聘请26名专业律师到企业担任免费法律顾问。"  # advisers of enterprises, not the government's
    assert named(text, 2023, rules)["26"] == ""


def test_a_lone_chinese_numeral_whose_name_is_withheld_is_no_figure(rules) -> None:
    assert "5" not in named("2004年以来，市政府先后聘请了五名法律顾问，参与重大决策论证。", 2014, rules)
    assert named("2014年，市政府聘请了五名法律顾问，参与重大决策论证。", 2014, rules)["5"] == "legal_advisers"
