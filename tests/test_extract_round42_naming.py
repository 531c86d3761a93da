"""Round 42 (#17): causes of wrong names the batch blind33 showed that recur in any report: the commission's meetings
named by their noun read as the Party committee's (its name holds 县委 or 党委); work counted up to a month before the
year's last (截至9月底), counted to date (截至目前) in a text that counts so, and a week's bulletin read as the year's;
one party's fine read as the year's fines; standards written for services counted as the services. And forms the
vocabulary missed: 申请 after 的, a level's powers, 法治述职, a named region's 通办, approvals under the commitment
reform, tasks counted before the verb that completed them, requests answered after the verb alone, press conferences
streamed, a clean-up with its evaluation, answers appealed by reconsideration, rules 制发 by a named government. Each
withholding test also states the plain sentence, which keeps its metric. Texts written for these tests, not copied
from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_commissions_meetings_named_by_their_noun_are_the_commissions(rules) -> None:
    text = "2023年，召开镇党委全面依法治镇委员会会议3次，研究部署年度法治建设工作。"
    assert named(text, 2023, rules)["3"] == "rule_of_law_committee_meetings"
    text = "2023年，专门召开县委全面依法治县委员会会议4次，研究部署依法治县工作。"
    assert named(text, 2023, rules)["4"] == "rule_of_law_committee_meetings"
    text = "2023年，县委依法治县委员会召开2次会议研究部署全县法治政府建设工作。"
    assert named(text, 2023, rules)["2"] == "party_rule_of_law_meetings"


def test_cases_counted_up_to_a_month_before_the_last_are_a_part_of_the_year(rules) -> None:
    text = "截至10月底，全县共受理行政复议申请48件。"
    assert named(text, 2023, rules)["48"] == ""
    assert named("2023年，全县共受理行政复议申请48件。", 2023, rules) == {"48": "reconsideration_cases"}
    assert named("截至6月30日，全县共受理行政复议申请48件。", 2023, rules)["48"] == ""
    text = "对截至2023年6月底的现行有效规范性文件进行全面清理，共清理规范性文件48件。"
    assert named(text, 2023, rules)["48"] == "normative_docs_reviewed"  # the day bounds the documents, not the count
    text = "截至2023年12月29日，全县共受理行政复议申请48件。"
    assert named(text, 2023, rules)["48"] == "reconsideration_cases"


def test_a_rate_or_a_stock_stated_at_a_month_keeps_its_metric(rules) -> None:
    text = "截至8月，全县行政机关负责人出庭应诉率达100%。"
    assert named(text, 2023, rules)["100"] == "litigation_appearance_rate_stated"


def test_a_weeks_bulletin_speaks_of_a_part_of_the_year(rules) -> None:
    text = "2023年第15周(4月10日—4月16日)，12345政务服务热线共受理市民诉求52310件，较上周下降1.2%。"
    assert named(text, 2023, rules)["52310"] == ""
    text = "2023年，12345政务服务热线共受理市民诉求52310件。"
    assert named(text, 2023, rules)["52310"] == "hotline_requests_received"


def test_one_partys_fine_is_no_years_fines(rules) -> None:
    text = "2023年，县市场监管局查处一起违法案件，决定对该企业罚款86万元。"
    assert named(text, 2023, rules)["86"] == ""
    assert named("2023年，全县共罚款86万元。", 2023, rules) == {"86": "enforcement_fines"}


def test_standards_written_for_services_are_not_the_services(rules) -> None:
    text = "2023年，制定完善“一件事”服务标准45项。"
    assert named(text, 2023, rules)["45"] == ""
    assert named("2023年，上线45个“一件事”集成服务。", 2023, rules) == {"45": "one_thing_services"}


def test_requests_received_may_hold_a_de_before_their_noun(rules) -> None:
    text = "2023年，本机关收到要求公开政府信息的申请12件。"
    assert named(text, 2023, rules) == {"12": "disclosure_requests"}


def test_the_powers_a_level_holds_counted_after_them_are_its_list(rules) -> None:
    text = "2023年，县本级行政权力事项共236项，其中行政许可160项。"
    assert named(text, 2023, rules)["236"] == "power_list_items"


def test_cases_counted_to_date_in_a_text_counting_to_an_autumn_month_are_the_year_so_far(rules) -> None:
    text = ("截至目前，全市共收到行政复议申请64件。截至10月底，全市法院共受理行政诉讼案件90件。"
            "截至目前，全市共有律师事务所21家。")
    assert named(text, 2023, rules)["64"] == ""
    assert named("截至目前，全市共收到行政复议申请64件。", 2023, rules) == {"64": "reconsideration_cases"}
    text = "截至目前，全市共收到行政复议申请64件。截至2016年10月底，全市法院共受理行政诉讼案件90件。"
    assert named(text, 2023, rules)["64"] == "reconsideration_cases"


def test_units_reporting_on_the_rule_of_law_in_person_are_named_by_their_report(rules) -> None:
    text = "2023年，组织6个单位主要负责同志现场法治述职。"
    assert named(text, 2023, rules) == {"6": "law_report_units"}


def test_items_handled_anywhere_in_a_named_region_are_cross_area_not_online(rules) -> None:
    text = "2023年，推进区域协作，152项事项实现“川渝”通办。"
    assert named(text, 2023, rules) == {"152": "cross_area_items"}
    text = "2023年，推进区域协作，152项事项实现“一网通办”。"
    assert named(text, 2023, rules)["152"] != "cross_area_items"


def test_approvals_put_under_the_commitment_reform_are_commitment_items(rules) -> None:
    text = "2023年，深化审批制度改革，215项审批实现“告知承诺”改革。"
    assert named(text, 2023, rules) == {"215": "commitment_items"}


def test_tasks_counted_before_the_verb_that_completed_them_are_done(rules) -> None:
    text = "2023年，强化法治建设统筹，61项年度重点任务全面落实。"
    assert named(text, 2023, rules) == {"61": "rule_of_law_tasks_completed"}
    text = "2023年，强化法治建设统筹，对61项年度重点任务落实情况进行督察。"
    assert named(text, 2023, rules)["61"] != "rule_of_law_tasks_completed"


def test_requests_answered_after_the_verb_alone_in_a_sentence_on_requests(rules) -> None:
    text = "2023年，全年共收到依申请公开申请12件，其中网络申请4件；答复完毕11件。"
    assert named(text, 2023, rules)["11"] == "disclosure_requests_answered"
    assert named("2023年，全年共收到群众来信12件，答复完毕11件。", 2023, rules)["11"] != "disclosure_requests_answered"


def test_press_conferences_streamed_are_press_conferences(rules) -> None:
    assert named("2023年，直播新闻发布会86场。", 2023, rules) == {"86": "press_conferences"}


def test_a_clean_up_with_its_evaluation_is_a_clean_up(rules) -> None:
    text = "2023年，审查行政规范性文件6份，开展全面评估清理工作3次。"
    assert named(text, 2023, rules)["3"] == "normative_docs_cleanups"


def test_answers_appealed_by_reconsideration_are_the_disclosure_appeals(rules) -> None:
    text = "2023年，全年共收到依申请公开申请21件，答复完毕21件；答复后被行政复议4件，全部维持。"
    assert named(text, 2023, rules)["4"] == "disclosure_reconsideration_cases"


def test_rules_issued_may_name_their_government_after_de(rules) -> None:
    text = "2023年，通过门户网站主动公开本年度制发的市政府规章3件。"
    assert named(text, 2023, rules) == {"3": "rules_issued"}
