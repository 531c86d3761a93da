"""Round 52 (#17): wordings and withheld names that blind44 showed and that recur in any report.

Named from clause structure and catalog wordings: disclosure requests answered after 已答复, carried forward to a
named or the next year, carried over from a named year; inspections worded 实施行政检查; enforcement bodies counted
after their noun; certified officers worded 持有行政执法证件人数 or 持证执法队员; documents in force published as such;
a clean-up's outcomes written as kinds (继续有效类, 需要修改类); penalty cases as a kind of enforcement case; a centre's
items and departments counted after 进驻…中心的; inspectors of a pool; instructions worded 批示指示; 审核重大决策; a
hotline platform named 12345便民服务平台; 普法 events counted as 活动 alone.

Withheld: a count of departments (9个部门部分行政权力事项) as items, documents filed with the government and the
congress as filed with the congress alone, reconsiderations a body answered as respondent (行政复议答复案件) as
cases received or lawsuits, bodies cleaned up as bodies, events counted since a year (累计), posts on a higher
government's website as the body's own.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_disclosure_requests_answered_and_carried_forward(checkout_rules) -> None:
    text = "2023年，本机关共收到依申请公开236件，已答复230件，另有6件申请依法顺延到下年度答复。"
    read = named(text, 2023, checkout_rules)
    assert read["230"] == "disclosure_requests_answered"
    assert read["6"] == "disclosure_carried_forward"
    text = "全年共收到政府信息公开申请41件，已办结40件，结转至2024年答复1件。"
    assert named(text, 2023, checkout_rules)["1"] == "disclosure_carried_forward"


def test_disclosure_requests_carried_over_from_a_named_year(checkout_rules) -> None:
    text = "2023年，县政府办收到政府信息公开申请18件，办理2022年结转件3件。"
    assert named(text, 2023, checkout_rules)["3"] == "disclosure_requests_carried_over"
    text = "本年度共收到依申请公开27件，已答复27件（含上一年结转答复2件）。"
    assert named(text, 2023, checkout_rules)["2"] == "disclosure_requests_carried_over"


def test_enforcement_bodies_officers_and_inspections(checkout_rules) -> None:
    text = "全县行政执法主体共有47个，持证行政执法人员共计890人。全年共实施行政检查3120次。"
    read = named(text, 2023, checkout_rules)
    assert read["47"] == "enforcement_bodies"
    assert read["3120"] == "enforcement_inspections"
    text = "本局现持有行政执法证件人数58名，含今年新申领执法证人数4名。"
    assert named(text, 2023, checkout_rules)["58"] == "enforcement_officers"
    assert named("镇综合执法队现有正式执法队员12人，持证执法队员9人。", 2023, checkout_rules)["9"] == "enforcement_officers"
    assert named("全市清理行政执法主体310个。", 2023, checkout_rules)["310"] == ""  # cleaned up, not confirmed


def test_penalty_cases_counted_as_a_kind_of_enforcement_case(checkout_rules) -> None:
    text = "2023年，我局共办理行政执法案件620件。其中，行政许可类300件；行政处罚类180件，罚款金额56.3万元。"
    assert named(text, 2023, checkout_rules)["180"] == "enforcement_penalty_cases"


def test_documents_in_force_published_and_a_cleanups_kinds(checkout_rules) -> None:
    text = "集中公开现行有效行政规范性文件86件。"
    assert named(text, 2023, checkout_rules)["86"] == "normative_docs_in_force"
    text = "对照规范性文件清理结果，公开继续有效类61件、需要修改类5件。"
    read = named(text, 2023, checkout_rules)
    assert read["61"] == "normative_docs_retained"
    assert read["5"] == "normative_docs_to_amend"
    text = "定期清理现行有效的行政规范性文件120件。"
    assert named(text, 2023, checkout_rules)["120"] != "normative_docs_in_force"  # cleaned up, not published as in force


def test_a_centres_items_and_departments_counted_after_what_entered_it(checkout_rules) -> None:
    text = "进驻市政务服务中心的620项事项中，540项可直接通过政务服务网“网上办”。"
    read = named(text, 2023, checkout_rules)
    assert read["620"] == "service_items_total"
    assert read["540"] == "online_service_items"
    assert named("组织进驻市政务服务中心的32个部门开展流程再造。", 2023, checkout_rules)["32"] == "service_hall_departments"


def test_inspectors_instructions_and_major_decisions(checkout_rules) -> None:
    text = "组建法治督察人才库，入库督察员45人。市领导对法治建设工作作出批示指示20余次。县司法局审核重大决策12件。"
    read = named(text, 2023, checkout_rules)
    assert read["45"] == "rule_of_law_inspectors"
    assert read["20"] == "rule_of_law_instructions"
    assert read["12"] == "major_decisions_reviewed"


def test_a_hotline_platform_and_its_requests_counted_after_the_number(checkout_rules) -> None:
    text = "我局通过12345便民服务平台了解社会关切，全年共受理12345群众来电问题31件，办结31件，办结率100%。"
    read = named(text, 2023, checkout_rules)
    assert read["31"] in {"hotline_requests_received", "hotline_requests_concluded"}
    assert read["100"] == "hotline_conclusion_rate_stated"
    assert "12345" not in read  # a hotline number is no figure


def test_key_areas_website_posts_and_new_media(checkout_rules) -> None:
    text = "本年度全区主动公开政府信息8200条，其中重点领域430条。"
    assert named(text, 2023, checkout_rules)["430"] == "disclosure_key_area_items"
    assert named("2023年，我镇通过政府网站发布信息26条。", 2023, checkout_rules)["26"] == "disclosure_website_posts"
    assert named("在省政府网站信息公开专栏发布信息300条。", 2023, checkout_rules)["300"] != "disclosure_website_posts"
    text = "市政府政务新媒体及时发布政务要闻，共编发微博微信稿件1200篇。"
    assert named(text, 2023, checkout_rules)["1200"] == "disclosure_new_media_posts"


def test_publicity_events_counted_as_events_alone(checkout_rules) -> None:
    text = "2023年共组织普法志愿者2.1万余人，开展活动3000余场次，普法受众40万余人次。"
    assert named(text, 2023, checkout_rules)["3000"] == "publicity_events"
    text = "“周末普法街”自2016年以来已累计开展活动300余场。"
    assert named(text, 2023, checkout_rules)["300"] == ""  # a total since a year


def test_departments_counted_before_their_powers_are_departments(checkout_rules) -> None:
    text = "动态调整12个部门部分行政权力事项，新增8项、取消10项。"
    assert named(text, 2023, checkout_rules)["12"] == "power_list_departments_adjusted"


def test_documents_filed_with_the_government_and_the_congress(checkout_rules) -> None:
    text = "向市政府、县人大常委会备案县政府规范性文件7件。"
    assert named(text, 2023, checkout_rules)["7"] != "normative_docs_filed_with_congress"
    text = "向县人大常委会报送备案规范性文件4件。"
    assert named(text, 2023, checkout_rules)["4"] == "normative_docs_filed_with_congress"  # the congress alone: unchanged


def test_reconsiderations_a_body_answered_are_not_cases_received_or_lawsuits(checkout_rules) -> None:
    text = ("我委严格落实行政复议、诉讼权利告知制度。2025年，办理行政复议答复案件6件，其中申请人撤回2件；"
            "办理行政诉讼案件3件。")
    read = named(text, 2025, checkout_rules)
    assert read["6"] not in {"reconsideration_cases", "litigation_cases"}
    assert read["3"] == "litigation_cases"
