"""Figures whose metric the vocabulary already has, named in the words reports use, and the neighbouring
figures that must stay unnamed (a study session that is not about law, satisfaction with an environment)."""

from __future__ import annotations

import pytest
from extracted import rows


@pytest.mark.parametrize(("text", "year", "expected"), [
    # the share of time cut, in the words reports use
    ("全市政务服务事项平均缩减时限74.3%。", 2024, [("time_limit_cut_rate_stated", "2024", "74.3", "%")]),
    ("市本级承诺提速率65.1%。", 2016, [("time_limit_cut_rate_stated", "2016", "65.1", "%")]),
    ("行政许可类事项办理时限压缩比达到95%。", 2024, [("time_limit_cut_rate_stated", "2024", "95", "%")]),
    ("投资项目审批时间平均减少72%。", 2020, [("time_limit_cut_rate_stated", "2020", "72", "%")]),
    # the average promised time before and after a cut, the earlier time worded 改革前的
    ("承诺件平均办结时限由改革前的10天减少为3天。", 2020,
     [("average_promised_days_before", "2020", "10", "天"), ("average_promised_days", "2020", "3", "天")]),
    ("设立企业的时间由改革前的21个工作日减少为2个工作日。", 2020,
     [("business_startup_days_before", "2020", "21", "个工作日"), ("business_startup_days_after", "2020", "2", "个工作日")]),
    ("本年度通过政府网站主动公开信息总数773条。", 2023, [("disclosure_proactive_items", "2023", "773", "条")]),
    # a study group's sessions are law study where the words say so; the others are the group's sessions of any
    # subject (a metric of its own since round 7's vocabulary)
    ("党委理论学习中心组学习习近平法治思想245次。", 2024, [("central_group_law_study_sessions", "2024", "245", "次")]),
    ("全年开展中心组学习12次。", 2024, [("central_group_study_sessions", "2024", "12", "次")]),
    # satisfaction with the rule-of-law environment is no service's satisfaction rate
    ("职工群众对法治环境的满意度达90.29%。", 2014, [("", "2014", "90.29", "%")]),
    ("政务服务中心群众满意度达99.5%。", 2014, [("service_satisfaction_rate_stated", "2014", "99.5", "%")]),
    # disclosure requests: 办理 is the year's requests; 办结 of a mailbox's letters is no request concluded but the
    # mailbox's messages concluded (a metric since round 7's vocabulary)
    ("周至县人民政府办公室共办理政府信息公开申请21件。", 2021, [("disclosure_requests", "2021", "21", "件")]),
    ("全年共收到依申请公开14件。", 2023, [("disclosure_requests", "2023", "14", "件")]),
    ("受理政府信息公开申请125件，共办结118件。", 2023,
     [("disclosure_requests", "2023", "125", "件"), ("disclosure_requests_concluded", "2023", "118", "件")]),
    # the letters received in 件 are named since round 80, as six curated files name them (this sentence's own
    # file, blind3's Suining, leaves them unnamed)
    ("全面推进政府信息公开工作，县长信箱收到信件238件，办结99件。", 2025,
     [("public_messages_received", "2025", "238", "件"), ("public_messages_concluded", "2025", "99", "件")]),
    # the enforcement staff named right after the headcount, then their training
    ("组织全县685名执法人员参加公共法律知识培训。", 2024, [("enforcement_training_participants", "2024", "685", "名")]),
    # one number for each rate of a list (A率和B率均达100%): the first rate names it
    ("网上可办率和政务服务事项编目覆盖率均达100%。", 2025, [("online_availability_rate_stated", "2025", "100", "%")]),
    ("按时办结率、现场办结率、群众满意率均为100%。", 2012, [("service_ontime_rate_stated", "2012", "100", "%")]),
    # study of the executive meeting, meetings counted by their rule-of-law topics, hearings observed
    ("严格落实县政府常务会议学法制度，年内组织专题法治学习8次。", 2025,
     [("executive_law_study_sessions", "2025", "8", "次")]),
    ("县政府常务会议研究法治政府建设重大问题6次。", 2023, [("rule_of_law_meetings", "2023", "6", "次")]),
    ("组织国家工作人员旁听法院庭审683人次。", 2024, [("hearing_observers", "2024", "683", "人次")]),
    ("组织参加庭审旁听873场。", 2023, [("hearing_observations", "2023", "873", "场")]),
    # talks of a law publicity drive; training and talks counted together are neither
    ("省政府组建宣讲团，组织习近平法治思想“面对面”宣讲近1.1万场。", 2023, [("publicity_events", "2023", "1.1", "万场")]),
    ("开展习近平法治思想专题培训宣讲160余场次。", 2024, [("", "2024", "160", "场次")]),
    # departments counted before they move into the centre the sentence names
    ("2002 年县行政审批中心成立后，实行集中办理审批事项，12 个部门进驻，6 个部门行政许可科成建制进驻。", 2010,
     [("service_hall_departments", "2002", "12", "个"), ("", "2002", "6", "个")]),
    # the subject may be the noun the number counts, right after it
    ("从审理结果看，审结的262件行政复议案件中，直接纠错56件。", 2021,
     [("reconsideration_concluded", "2021", "262", "件"), ("reconsideration_corrected", "2021", "56", "件")]),
    ("从审理结果看，审结的262件案件中，直接纠错56件。", 2021, [("", "2021", "262", "件"), ("", "2021", "56", "件")]),
    # a count of the kinds listed before 等 is named by the first kind, where no wording names the whole list
    ("开展法治专题讲座、报告会等235场。", 2024, [("law_lectures", "2024", "235", "场")]),
    ("研究制定法治政府建设年度工作要点，细化9个方面42项具体任务。", 2023,
     [("", "2023", "9", "个"), ("rule_of_law_tasks", "2023", "42", "项")]),
    # officials trained in law, named before or after the headcount; training not about law names nothing
    ("举办全县领导干部法治政府建设专题培训班1次，共培训领导干部400余人。", 2023,
     [("law_lectures", "2023", "1", "次"), ("law_trainees", "2023", "400", "人")]),
    ("以“践行习近平法治思想”为主题，对全县150名科级干部进行集中培训。", 2024, [("law_trainees", "2024", "150", "名")]),
    ("对全县150名科级干部进行集中培训。", 2024, [("", "2024", "150", "名")]),
    # departments with their level before 部门, items moved to mobile or received from above, trainees in law
    ("对12个盟市和20个自治区直属部门开展实地督察。", 2022,
     [("rule_of_law_inspected_localities", "2022", "12", "个"), ("rule_of_law_inspected_departments", "2022", "20", "个")]),
    ("691项高频事项上线“秦务员”移动端应用。", 2024, [("mobile_service_items", "2024", "691", "项")]),
    ("37项上级下放事项实现“园区事园区办”。", 2020, [("powers_received", "2020", "37", "项")]),
    ("今年对普法骨干开展学法培训4次，受训人数达620余人次。", 2021,
     [("", "2021", "4", "次"), ("law_training_attendance", "2021", "620", "人次")]),
    # the items a centre handles; an average per hall is not its count
    ("2004 年县行政审批中心迁址，25 个部门进驻，办理 178 项审批事项。", 2010,
     [("service_hall_departments", "2004", "25", "个"), ("service_items_total", "2004", "178", "项")]),
    ("平均每个政务大厅可办理168项。", 2017, [("", "2017", "168", "项")]),
    # a training or class on law counted in sessions is a law lecture (the catalog: special training sessions for
    # officials); a cadre class with no word on law names nothing
    ("开展习近平法治思想培训8场次。", 2023, [("law_lectures", "2023", "8", "场次")]),
    ("围绕法治政府建设举办干部培训班5期。", 2023, [("law_lectures", "2023", "5", "期")]),
    ("围绕习近平法治思想邀请专家专题授课3次。", 2023, [("law_lectures", "2023", "3", "次")]),
    ("举办干部培训班5期。", 2023, [("", "2023", "5", "期")]),
    # a title that says what is counted, right before the number with its verb earlier in the clause, or after it
    ("建成了覆盖县、乡、村的三级法治文化阵地12个。", 2023, [("rule_of_law_culture_sites", "2023", "12", "个")]),
    ("目前全镇共有法律明白人56人。", 2023, [("legal_understanding_persons", "2023", "56", "人")]),
    ("成功创建2个“省级民主法治示范村”。", 2023, [("demonstration_villages", "2023", "2", "个")]),
    # the kinds of information a disclosure directory lists, each after another in a list
    ("门户网站全年主动公开政府信息500条，其中机构概况6条、政策文件9条、财政资金7条、工作动态300条。", 2023,
     [("disclosure_proactive_items", "2023", "500", "条"), ("disclosure_overview_items", "2023", "6", "条"),
      ("disclosure_policy_documents", "2023", "9", "条"), ("disclosure_fiscal_items", "2023", "7", "条"),
      ("disclosure_government_updates", "2023", "300", "条")]),
    # concluded within the promised time limit is the on-time rate, not the conclusion rate
    ("政务服务大厅承诺时限内办结率达99%。", 2023, [("service_ontime_rate_stated", "2023", "99", "%")]),
])
def test_the_words_reports_use_name_the_metric(text, year, expected, rules):
    assert rows(text, rules, year) == expected


def test_a_share_named_by_its_clause_takes_the_subject_of_the_sentence_before(rules):
    # 其中：直接纠正…的占11.12% names no 复议 itself: the sentence before does
    text = ("2007年全国审结行政复议案件72747件。其中:直接纠正原行政机关决定(含确认违法、撤销、变更、责令履行)的占11.12%。")
    assert rows(text, rules, 2007)[1] == ("reconsideration_correction_rate_stated", "2007", "11.12", "%")
    # without any 复议 before it, the share stays unnamed
    assert rows("其中:直接纠正原行政机关决定的占11.12%。", rules, 2007) == [("", "2007", "11.12", "%")]


def test_a_list_of_rates_sharing_a_number_takes_no_topic_from_the_sentence_before(rules):
    # the rates of deputies' suggestions are not reconsideration's, named in the sentence before
    text = "未发生因信息公开被复议纠错的情况。办理区人大代表建议136件、区政协提案158件，办结率、满意率均为100%。"
    assert rows(text, rules, 2022)[2] == ("", "2022", "100", "%")
    # a single rate still may: 复议 named in the sentence before
    assert rows("全年审结行政复议案件20件。办结率为100%。", rules, 2022)[1][0] != ""


def test_a_change_is_of_the_nearest_figure_before_it_even_one_without_a_metric(rules):
    # 同比上升26.11% is the change of 行政许可80.96万宗 (no metric), not of the penalties before it
    text = "全市综合行政执法系统共办理案件，其中行政处罚137.07万宗，同比下降35.98%；行政许可80.96万宗，同比上升26.11%。"
    named = rows(text, rules, 2022)
    assert named[1][0] == "enforcement_penalty_cases_decline_stated"
    assert named[3] == ("", "2022", "26.11", "%")


def test_an_approval_services_conclusion_rate(rules):
    text = "该市行政审批服务系统一年来共受理各类行政审批事项147万件，办结率高达99.8%。"
    assert rows(text, rules, 2007)[1] == ("service_conclusion_rate_stated", "2007", "99.8", "%")
