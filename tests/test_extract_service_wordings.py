"""Round 6's service-reform, document and case metrics (area B) named by clause structure, and the figures
that must stay unnamed next to them: a neighbouring kind, a total over several years, the items added."""

from __future__ import annotations

import pytest
from extracted import rows

from indicators.extract.text import simplified


@pytest.mark.parametrize(("text", "year", "expected"), [
    # the service hall: departments stationed, the share of items stationed, one window, mobile and online items
    ("县政务大厅共进驻部门32个、事项1200项，平均进驻率91.5%，“一窗”分类受理率达到85%。", 2021,
     [("service_hall_departments", "2021", "32", "个"), ("service_items_total", "2021", "1200", "项"),
      ("service_items_onsite_rate_stated", "2021", "91.5", "%"), ("one_window_rate_stated", "2021", "85", "%")]),
    # round 11: 行政服务, the older name of 政务服务, counts the centre's casework
    ("县行政服务中心全年共受理各类行政服务事项12000件。", 2010,
     [("service_cases_accepted", "2010", "12000", "件")]),
    # round 11: the items named by how they are handled before their count; the plain items stay the service items
    ("梳理政务服务事项980项，其中网上可办事项950项，全流程网上办理事项900项，最多跑一次事项960项。", 2023,
     [("government_service_items", "2023", "980", "项"), ("online_service_items", "2023", "950", "项"),
      ("online_full_process_items", "2023", "900", "项"), ("max_one_visit_items", "2023", "960", "项")]),
    ("全市320项便民服务事项实现“掌上可办”，860项事项可通过一体化在线政务服务平台办理。", 2022,
     [("mobile_service_items", "2022", "320", "项"), ("online_service_items", "2022", "860", "项")]),
    # across provinces and within the province; the items added this year to 全市通办 are no count of them
    ("全省126项政务服务事项实现跨省通办、88项实现省内通办，新增实现20项个人事项全市通办。", 2023,
     [("cross_province_items", "2023", "126", "项"), ("cross_area_items", "2023", "88", "项"), ("", "2023", "20", "项")]),
    # a cut: steps, days summed, items delegated down (not those received), the power items before the cut
    ("减少审批环节12个，共压缩审批时间960天；承接下放事项5项，下放审批和服务事项18项。", 2019,
     [("approval_steps_cut", "2019", "12", "个"), ("processing_days_cut", "2019", "960", "天"),
      ("powers_received", "2019", "5", "项"), ("items_delegated", "2019", "18", "项")]),
    ("县级行政权力事项从4200项削减至2100项，非行政许可审批项目实际减少16项。", 2017,
     [("power_items_before", "2017", "4200", "项"), ("power_list_items", "2017", "2100", "项"),
      ("non_licensing_items_removed", "2017", "16", "项")]),
    # before-values of a cut: the average promised days, a construction project's approval days
    ("平均承诺办结时限由9.2天减少到4.1天；工程建设项目并联审批，办理时限由150个工作日减少到60个工作日。", 2015,
     [("average_promised_days_before", "2015", "9.2", "天"), ("average_promised_days", "2015", "4.1", "天"),
      ("construction_approval_days_before", "2015", "150", "个工作日"),
      ("construction_approval_days", "2015", "60", "个工作日")]),
    # the service centre's applications concluded and the stated share; not 办结率 of the disclosure requests
    ("县政务服务中心共办结事项8600件。全年政务服务中心共受理业务9.2万件，办结率99.8%。", 2020,
     [("service_cases_concluded", "2020", "8600", "件"), ("service_cases_accepted", "2020", "9.2", "万件"),
      ("service_conclusion_rate_stated", "2020", "99.8", "%")]),
    # the approvals among the applications the centre concluded
    ("县政务服务中心共办结事项9100件，其中，行政审批类1300件。", 2020,
     [("service_cases_concluded", "2020", "9100", "件"), ("licensing_concluded", "2020", "1300", "件")]),
    # the plan's tasks, those completed and the rate; projects of 法治为民办实事
    ("制定法治政府建设实施方案，细化86项任务分工。推动完成“一规划两纲要”任务80项，完成率93%。", 2024,
     [("rule_of_law_tasks", "2024", "86", "项"), ("rule_of_law_tasks_completed", "2024", "80", "项"),
      ("rule_of_law_tasks_completion_rate_stated", "2024", "93", "%")]),
    # measures of the plan, key issues resolved, issues an inspection fed back and the share rectified
    ("围绕法治政府建设，配套出台法治督察、行政执法案卷评查等具体措施12项，研究解决法治建设重点问题7项。", 2023,
     [("rule_of_law_measures", "2023", "12", "项"), ("rule_of_law_issues_resolved", "2023", "7", "项")]),
    ("开展法治建设综合督察，共反馈问题清单15份、问题64项，按期整改率达100%。", 2024,
     [("", "2024", "15", "份"), ("inspection_issues", "2024", "64", "项"),
      ("inspection_rectification_rate_stated", "2024", "100", "%")]),
    # a cut's share of the power items, not the licensing items' share beside it
    ("县级行政权力事项从3100项削减至1400项，精简率达54.8%；行政许可事项精简率为21.5%。", 2018,
     [("power_items_before", "2018", "3100", "项"), ("power_list_items", "2018", "1400", "项"),
      ("power_items_cut_rate_stated", "2018", "54.8", "%"), ("licensing_items_cut_rate_stated", "2018", "21.5", "%")]),
    # normative documents: clean-ups and the review rate; a total over five years names no metric
    ("开展行政规范性文件专项清理2次，规范性文件合法性审核率达100%。", 2023,
     [("normative_docs_cleanups", "2023", "2", "次"), ("normative_docs_review_rate_stated", "2023", "100", "%")]),
    ("严格规范性文件管理，五年开展定期清理4次、专项清理9次，清理文件52件。", 2025,
     [("", "2025", "4", "次"), ("", "2025", "9", "次"), ("", "2025", "52", "件")]),
    # a year written in Chinese numerals is one year, not a span of them (二〇二三年 ends in 三年)
    ("二〇二三年开展行政规范性文件专项清理2次。", 2023, [("normative_docs_cleanups", "2023", "2", "次")]),
    # a span of years with 每年 states a year's figure (the government's one count of 受理: its caseload, round 11)
    ("近三年来，市政府每年受理行政复议申请2100件。", 2020,
     [("reconsideration_cases", "2020", "2100", "件")]),
    # disclosure requests by channel and their conclusion rate
    ("全年共收到政府信息公开申请18件，其中线上办理11件，线下办理7件，办结率100%。", 2024,
     [("disclosure_requests", "2024", "18", "件"), ("disclosure_requests_online", "2024", "11", "件"),
      ("disclosure_requests_offline", "2024", "7", "件"), ("disclosure_conclusion_rate_stated", "2024", "100", "%")]),
    # 办结率 after suggestions counted between is theirs, not the disclosure requests' (the requests themselves are
    # named since round 33, as the real excerpts' curators name 受理依申请公开N件)
    ("受理依申请公开政府信息21件，办理人大代表建议和政协委员提案共计96件，办结率100%。", 2020,
     [("disclosure_requests", "2020", "21", "件"), ("", "2020", "96", "件"), ("", "2020", "100", "%")]),
    # the rules amended beside those issued and abolished; a disclosure appeal worded 引起的
    ("主动公开市政府规章9件(含新制定3件,修改2件,废止4件)。因政府信息公开引起的行政复议案件5件。", 2022,
     [("", "2022", "9", "件"), ("rules_issued", "2022", "3", "件"), ("rules_amended", "2022", "2", "件"),
      ("rules_abolished", "2022", "4", "件"), ("disclosure_reconsideration_cases", "2022", "5", "件")]),
    # the service items cut to, those at the comprehensive window; items whose materials were cut are no count
    ("推动行政审批和公共服务事项由980项减至360项，620项事项实现“综合一窗受理”，80项政务服务事项材料压减30%。", 2024,
     [("", "2024", "980", "项"), ("government_service_items", "2024", "360", "项"),
      ("service_items_total", "2024", "620", "项"), ("", "2024", "80", "项"), ("materials_cut_rate_stated", "2024", "30", "%")]),
    # reconsiderations against townships and streets, withdrawn to terminate
    ("行政复议案件中，以街道乡镇为被申请人的复议案件41件，撤回申请终止行政复议9件。", 2021,
     [("reconsideration_against_townships", "2021", "41", "件"), ("reconsideration_withdrawn", "2021", "9", "件")]),
    # kinds of the information published proactively; 视频新闻 and a kind with 及其他 are not one of them
    ("全年主动公开政府信息5200条，其中政务要闻810条，视频新闻120条，部门动态930条，镇街动态410条，"
     "通知公告260条，公示公告及其他类信息35条。", 2023,
     [("disclosure_proactive_items", "2023", "5200", "条"), ("disclosure_news_items", "2023", "810", "条"),
      ("", "2023", "120", "条"), ("disclosure_department_updates", "2023", "930", "条"),
      ("disclosure_township_updates", "2023", "410", "条"), ("disclosure_notices", "2023", "260", "条"),
      ("", "2023", "35", "条")]),
    # appeals of both kinds together are neither kind; a legal-service platform's requests are no service centre's
    ("全省涉政府信息公开的行政复议、行政诉讼案件520件，结果维持301件。", 2022,
     [("", "2022", "520", "件"), ("", "2022", "301", "件")]),
    ("市公共法律服务中心受理法律服务事项3200件，确定不属于行政审批中介服务事项48项。", 2021,
     [("", "2021", "3200", "件"), ("", "2021", "48", "项")]),
    # penalty powers concentrated, the reconsideration resolution rate, lawsuits withdrawn
    ("组建综合行政执法局，整合18个部门的1300项行政处罚权。", 2018,
     [("", "2018", "18", "个"), ("concentrated_penalty_powers", "2018", "1300", "项")]),
    ("审结行政复议案件120件，直接纠错20件，以调解、和解等方式结案15件，综合化解率达到29.2%。", 2021,
     [("reconsideration_concluded", "2021", "120", "件"), ("reconsideration_corrected", "2021", "20", "件"),
      ("reconsideration_mediated", "2021", "15", "件"), ("reconsideration_resolution_rate_stated", "2021", "29.2", "%")]),
])
def test_round_six_service_document_and_case_wordings(text, year, expected, rules) -> None:
    assert rows(text, rules, year) == expected


def test_a_form_row_whose_label_counts_requests_takes_its_unit_and_its_total_the_label(rules) -> None:
    """The disclosure-report form's applicant table: a two-line header (自然人 | 法人或其他组织 | 总计 over the
    five kinds of organization) over rows led by a label counting 申请 (件); the last column totals the row."""
    text = ("三、收到和处理政府信息公开申请情况\n"
            "| 申请人情况 | ||||||||\n"
            "| 自然人 | 法人或其他组织 | 总计 | |||||||\n"
            "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
            "| 一、本年新收政府信息公开申请数量 | 7 | 2 | 0 | 0 | 1 | 0 | 10 | ||\n"
            "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n")
    assert rows(text, rules, 2023) == [
        ("", "2023", "7", "件"), ("", "2023", "2", "件"), ("", "2023", "0", "件"), ("", "2023", "0", "件"),
        ("", "2023", "1", "件"), ("", "2023", "0", "件"), ("disclosure_requests", "2023", "10", "件"),
        ("", "2023", "1", "件"), ("", "2023", "0", "件"), ("", "2023", "0", "件"), ("", "2023", "0", "件"),
        ("", "2023", "0", "件"), ("", "2023", "0", "件"), ("disclosure_requests_carried_over", "2023", "1", "件")]


def test_a_title_unit_over_the_columns_beats_the_unit_of_a_header_noun(rules) -> None:
    """申请数量 counts 申请 in 件, but under a title that gives the columns 宗 its cells are in 宗."""
    text = "行政许可实施数量(宗) | ||||\n申请数量 | 受理数量 | 许可数量 |\n320 | 318 | 300 |\n"
    assert [unit for _m, _p, _v, unit in rows(text, rules, 2024)] == ["宗", "宗", "宗"]


def test_pinyin_a_mirror_page_left_inside_words_does_not_hide_them(rules) -> None:
    """行政復(fù)議案件 (a mirror's pinyin after some characters) reads as 行政复议案件; quotes stay as written."""
    text = "全年全市共審結(jié)行政復(fù)議案件1200件,直接糾錯150件,直接糾錯率12.5%,同比提高2.1個百分點(diǎn)。"
    assert rows(text, rules, 2022) == [
        ("reconsideration_concluded", "2022", "1200", "件"), ("reconsideration_corrected", "2022", "150", "件"),
        ("reconsideration_correction_rate_stated", "2022", "12.5", "%"),
        ("reconsideration_correction_rate_growth_points", "2022", "2.1", "个百分点")]  # rows checks each quote


@pytest.mark.parametrize(("text", "clean"), [
    ("2021(qū)年全市共受理行政複(fù)議案件120件。", "2021年全市共受理行政复议案件120件。"),  # the remnant splits year and 年
    ("2020年(nián)全市共受理行政複(fù)議案件120件。", "2020年全市共受理行政复议案件120件。"),  # it follows 年
    ("2020 (nián)年，全市共受理行政複(fù)議案件120件。", "2020 年，全市共受理行政复议案件120件。"),
    ("2021年(nián)度全市共受理行政複(fù)議案件120件。", "2021年度全市共受理行政复议案件120件。"),
    ("2019年(nián)至(zhì)2021年，全市共受理行政複(fù)議案件120件。", "2019年至2021年，全市共受理行政复议案件120件。"),
])
def test_a_year_a_mirrors_pinyin_splits_or_follows_reads_as_the_year(rules, text, clean) -> None:
    """2021(qū)年, 2020年(nián)全市…120件: the remnants were set between the year and its 年 (or after 年, before the
    words of the number), and the figure took the report's year; now it reads as the text without them."""
    assert rows(text, rules, 2022) == rows(clean, rules, 2022)
    assert rows(text, rules, 2022)[0][1] != "2022"


@pytest.mark.parametrize("year", ["2021年（含）", "2021年(含)", "(2021)", "（2021）"])
def test_an_ordinary_bracket_by_a_year_is_no_remnant(rules, year) -> None:
    """Only a bracketed syllable with a tone mark is a remnant: a year's ordinary brackets stay where they are,
    and the figure reads as without the remnant elsewhere in the sentence."""
    text = f"{year}以前全市共受理行政複(fù)議案件120件。"
    assert simplified(text).startswith(year)
    assert rows(text, rules, 2022) == rows(f"{year}以前全市共受理行政复议案件120件。", rules, 2022)


def test_pinyin_around_a_bracketed_word_reads_as_the_words_without_it(rules) -> None:
    """鄉(xiāng)鎮(zhèn)(街道)公共法律服務工作站: the bracketed 街道 belongs to the run, so the remnants are set aside after
    the whole of it and the stations are read as in the text without them (round 57, blind49)."""
    text = "全省建成1604個鄉(xiāng)鎮(zhèn)(街道)公共法律服務工作站。"
    assert rows(text, rules, 2019) == rows("全省建成1604个乡镇(街道)公共法律服务工作站。", rules, 2019)
    assert rows(text, rules, 2019)[0][0] == "legal_service_stations"


def test_pinyin_inside_words_that_restrict_a_figure_does_not_hide_them(checkout_rules) -> None:
    """一村(社區(qū))一法律顧問覆蓋率: the village advisers' coverage, not the government's, with or without the remnant."""
    for text in ("全省實現一村(社區(qū))一法律顧問覆蓋率達100%。", "全省实现一村(社区)一法律顾问覆盖率达100%。"):
        assert [metric for metric, *_ in rows(text, checkout_rules, 2019)] == [""]
