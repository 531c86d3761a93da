"""Round 7's metrics (issue #17, vocabulary) named by clause structure, and the neighbouring figures that must keep
their own metric or none: the Party study group's law study, a seminar someone attended, a hotline's answers, a
regulation a legal office finished drafting, the first-instance cases beside the courts' whole caseload."""

from __future__ import annotations

import pytest
from extracted import rows


@pytest.mark.parametrize(("text", "year", "expected"), [
    # the departments' law study summed, beside the executive meeting's own and the study group's law study
    ("县政府常务会议会前学法12次，推动各政府部门学法86次。", 2024,
     [("executive_law_study_sessions", "2024", "12", "次"), ("department_law_study_sessions", "2024", "86", "次")]),
    ("各级党委(党组)理论学习中心组学法310场。", 2024, [("central_group_law_study_sessions", "2024", "310", "场")]),
    # the study group's sessions of any subject, seminars held (not one attended), papers written
    ("全年开展中心组学习14次，研讨交流5场，撰写心得体会40余篇。", 2025,
     [("central_group_study_sessions", "2025", "14", "次"), ("study_seminars", "2025", "5", "场"),
      ("study_articles", "2025", "40", "篇")]),
    ("法律顾问参加专题研讨会2次。", 2021, [("", "2021", "2", "次")]),
    # law exam sittings; officials reporting on the rule of law in person and in writing, and the departments
    ("开展新任领导干部任前法律知识测试3次；现场述法45人、书面述法1200余人。", 2023,
     [("law_exam_sessions", "2023", "3", "次"), ("onsite_law_report_persons", "2023", "45", "人"),
      ("written_law_report_persons", "2023", "1200", "人")]),
    ("组织31个县政府工作部门主要负责人公开述法。", 2025, [("law_report_units", "2025", "31", "个")]),
    # inspection teams; demonstration areas and projects named, candidates recommended
    ("组建6个督察组开展法治建设督察。命名第二批示范地区5个、示范项目9个，择优推荐示范地区(项目)4个。", 2023,
     [("inspection_teams", "2023", "6", "个"), ("demonstration_areas_named", "2023", "5", "个"),
      ("demonstration_projects_named", "2023", "9", "个"), ("demonstration_recommended", "2023", "4", "个")]),
    # messages concluded and their rate; a hotline's on-the-spot answers and on-time rate are no mailbox's; the
    # letters received in 件 are named since round 80 (six curated files of blind6-blind70 name them, one does not)
    ("县长信箱收到信件120件，办结118件，办结率98.3%。公开政府公报6期。", 2022,
     [("public_messages_received", "2022", "120", "件"), ("public_messages_concluded", "2022", "118", "件"),
      ("public_messages_reply_rate_stated", "2022", "98.3", "%"), ("government_gazette_issues", "2022", "6", "期")]),
    # round 29: the hotline's requests received have a metric; those answered on the spot do not
    ("12345热线接受群众来电来信3.2万件，当场答复2.1万件。", 2020,
     [("hotline_requests_received", "2020", "3.2", "万件"), ("", "2020", "2.1", "万件")]),
    # petitions (来信来访) are no mailbox either; the online messages' reply rate is
    ("全市信访部门共受理群众来信来访1.2万件次，办结率97.5%。", 2018,
     [("petitions_received", "2018", "1.2", "万件次"), ("", "2018", "97.5", "%")]),
    ("办理网民留言8000余件，回复率100%。", 2017,
     [("public_messages_received", "2017", "8000", "件"), ("public_messages_reply_rate_stated", "2017", "100", "%")]),
    # the people registered on the service app, not the legal persons
    ("政务服务APP注册用户数达65.3万人。", 2021, [("service_platform_users", "2021", "65.3", "万人")]),
    # kinds of the information published on the portal
    ("在门户网站主动公开信息5000条，其中财政管理类信息300条，政府采购信息40条，政策文件25条，重点领域信息800条。", 2022,
     [("disclosure_proactive_items", "2022", "5000", "条"), ("disclosure_fiscal_items", "2022", "300", "条"),
      ("disclosure_procurement_items", "2022", "40", "条"), ("disclosure_policy_documents", "2022", "25", "条"),
      ("disclosure_key_area_items", "2022", "800", "条")]),
    # the courts' whole caseload and what was carried over, beside the first-instance lawsuits
    ("全市法院共受理各类行政诉讼案件5200件(含旧存300件)。法院受理一审行政诉讼案件3100件(含旧存210件)。", 2020,
     [("court_admin_cases_received", "2020", "5200", "件"), ("court_admin_cases_carried_over", "2020", "300", "件"),
      ("litigation_cases", "2020", "3100", "件"), ("litigation_carried_over", "2020", "210", "件")]),
    # the State Council's cases among those the nation concluded
    ("依法办结行政复议案件28万件，其中司法部办结国务院行政复议案件3900件。", 2022,
     [("reconsideration_concluded", "2022", "28", "万件"),
      ("state_council_reconsideration_concluded", "2022", "3900", "件")]),
    # service: applications across regions, items without certificates or under the commitment system, branches
    ("产生跨域办件2.1万件，梳理“免办证”事项120项，梳理公布可实行信用承诺制的行政审批事项88项，下设5个分中心。", 2024,
     [("cross_area_cases", "2024", "2.1", "万件"), ("no_certificate_items", "2024", "120", "项"),
      ("commitment_items", "2024", "88", "项"), ("service_centre_branches", "2024", "5", "个")]),
    # named projects need a naming before them; an application to create some is none; branches of a service centre
    ("申报5个示范项目，设立3个公共资源交易分中心。", 2023, [("", "2023", "5", "个"), ("", "2023", "3", "个")]),
    # departments given their 三定 plan and with legal advisers, in 个 or 家
    ("已完成28个政府工作部门的“三定”方案。", 2019, [("three_fixed_plans_departments", "2019", "28", "个")]),
    ("印发了12家单位的“三定”规定。", 2019, [("three_fixed_plans_departments", "2019", "12", "家")]),
    ("全市40个部门聘用了专(兼)职法律顾问。", 2020, [("departments_with_legal_advisers", "2020", "40", "个")]),
    # local regulations enacted, not those a legal office finished (办结); laws studied; cases selected as models
    ("全年全省制定省级地方性法规9件。长春市办结了2部地方性法规。", 2017,
     [("local_regulations_enacted", "2017", "9", "件"), ("", "2017", "2", "部")]),
    ("县政府常务会议学习了《中华人民共和国民法典》等法律法规12部，3个典型案例入选案例选编。", 2019,
     [("laws_studied", "2019", "12", "部"), ("model_cases_selected", "2019", "3", "个")]),
])
def test_the_grown_metrics_named_by_clause_structure(text, year, expected, rules) -> None:
    assert rows(text, rules, year) == expected
