"""Round 50 (#17): causes of figures not found or read with another period, and of wrong names, that blind42 showed
and that recur in any report.

Periods: the year a body was set up, closed by its comma (…局于2018年11月成立，核定行政编制20名), dates the body,
not the staff and divisions listed after it; a count up to a day of the year after the report's (截至2023年3月15日
in a report on 2022: the day the report was written) is dated by the report year, as the curators of three batches
date it. Calls answered (接听咨询电话30余个) are a count, not a contact number.

Named by clause structure: the commission for law-based governance convened (召开…依法治市委员会2次) counts its
meetings; cases of one kind (复议前置, 新类型, 适用简易程序) are a part of the caseload; the time cases take to be
concluded (平均审结时间减少20%) is no service's time limit cut; lawsuits settled or withdrawn (调撤) are no
caseload; licensing decided (决定处理行政许可0项) is no licensing items.

Catalog wordings: posts a WeChat account published (公布), information the portal disclosed (公开), policy
interpretations counted as 解读件, a topical clean-up (专题清理), publicity items (宣传品) handed out, information
published named 主动公开内容, 领导介绍及机构设置 as the overview kind, 预决算及三公经费 as the fiscal kind, officials
who sat a law exam together (集中学法考法).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def _periods(text: str, year: int, checkout_rules) -> dict[str, int]:
    frame = extract_figures(text, year, checkout_rules)
    return {value: int(period) for value, period in frame[["value", "period"]].itertuples(index=False, name=None)}


def test_the_year_a_body_was_set_up_is_not_the_year_of_its_staff(checkout_rules) -> None:
    text = "【概况】 市行政审批服务局于2019年3月成立，核定行政编制25名；核定事业编制12名，内设5个科室。"
    periods = _periods(text, 2022, checkout_rules)
    assert periods["25"] == periods["12"] == periods["5"] == 2022
    text = "市数据资源局2017年组建，是市政府直属机构，核定行政编制18名，下设2个中心。"
    periods = _periods(text, 2021, checkout_rules)
    assert periods["18"] == periods["2"] == 2021


def test_a_body_set_up_in_a_year_with_its_count_as_object_keeps_that_year(checkout_rules) -> None:
    text = "2021年成立了15个村级调解委员会。2022年，我县新建法治文化广场3个。"
    assert _periods(text, 2022, checkout_rules)["15"] == 2021  # the count is what was set up that year


def test_a_count_up_to_a_day_of_the_next_year_is_the_report_years(checkout_rules) -> None:
    text = ("深化行政争议协调化解例会制度。截至2024年2月20日，已召开36期例会，涉及单位18家，案件150件，"
            "助力化解40件。")
    periods = _periods(text, 2023, checkout_rules)
    assert periods["36"] == periods["18"] == periods["150"] == periods["40"] == 2023
    text = "截至2024年2月20日，县政府信息公开平台累计发布信息1200条。"
    assert _periods(text, 2024, checkout_rules)["1200"] == 2024  # the report year's own day: unchanged


def test_the_commission_convened_counts_its_meetings(checkout_rules) -> None:
    text = "2023年，县司法局建议召开县委全面依法治县委员会3次，研究部署法治政府建设重点工作。"
    assert named(text, 2023, checkout_rules)["3"] == "rule_of_law_committee_meetings"
    text = "2023年，专门召开县委全面依法治县委员会会议4次，研究法治建设重大问题。"
    assert named(text, 2023, checkout_rules)["4"] == "rule_of_law_committee_meetings"  # with its noun: unchanged


def test_cases_of_one_kind_are_a_part_of_the_caseload(checkout_rules) -> None:
    text = "2024年，全省设立行政复议服务点70个，扩大行政复议范围，办理新类型案件36件，办理行政复议前置案件418件。"
    names = named(text, 2024, checkout_rules)
    assert not names["418"] and not names["36"]


def test_the_time_cases_take_is_no_service_time_limit(checkout_rules) -> None:
    text = "2024年，我市行政复议案件平均审结时间减少15%，政务服务事项承诺办理时限压缩60%。"
    names = named(text, 2024, checkout_rules)
    assert not names["15"]
    assert names["60"] == "time_limit_cut_rate_stated"


def test_licensing_decided_is_no_licensing_items(checkout_rules) -> None:
    text = "其中：政策解读2条，制发公开规章、行政规范性文件0件，决定处理行政许可3项，行政处罚、行政强制0项。"
    assert not named(text, 2023, checkout_rules)["3"]


def test_catalog_wordings_of_posts_interpretations_cleanups_and_materials(checkout_rules) -> None:
    text = "2023年，我局通过门户网站主动公开政府信息860条，微信公众号公布信息512条。"
    assert named(text, 2023, checkout_rules)["512"] == "disclosure_new_media_posts"
    text = "2021年，县政府门户网站公开工作信息193条，政务动态栏目更新及时。"
    assert named(text, 2021, checkout_rules)["193"] == "disclosure_website_posts"
    text = "2024年，县政府网站发布各类政策解读件45篇。"
    assert named(text, 2024, checkout_rules)["45"] == "disclosure_interpretations"
    text = "2022年，审查政府规范性文件12件，完成规范性文件专题清理工作3次。"
    assert named(text, 2022, checkout_rules)["3"] == "normative_docs_cleanups"
    text = "宪法宣传周期间，现场共发放各类普法资料与宣传品2000余份。"
    assert named(text, 2023, checkout_rules)["2000"] == "publicity_materials"


def test_lawsuits_settled_or_withdrawn_are_a_part_of_the_caseload(checkout_rules) -> None:
    text = "2023年，加大行政案件诉中调解力度，调撤一审行政诉讼案件86件，调撤率37.4%。"
    assert not named(text, 2023, checkout_rules)["86"]
    text = "2023年，全区新收一审行政诉讼案件230件。"
    assert named(text, 2023, checkout_rules)["230"] == "litigation_cases"


def test_catalog_wordings_of_disclosure_kinds_and_exam_takers(checkout_rules) -> None:
    text = "(一)主动公开。2023年我镇法定主动公开内容26余条。其中：领导介绍及机构设置2条，财务预决算及三公经费4条。"
    names = named(text, 2023, checkout_rules)
    assert names["26"] == "disclosure_proactive_items"
    assert names["2"] == "disclosure_overview_items"
    assert names["4"] == "disclosure_fiscal_items"
    text = "全面实施年度考法制度，全县8000余名国家工作人员集中学法考法。"
    assert named(text, 2023, checkout_rules)["8000"] == "law_exam_participants"


def test_calls_answered_are_a_count_but_a_contact_number_is_not(checkout_rules) -> None:
    values = set(extract_figures("全年处理审查申请12件，接听咨询电话40余个。", 2008, checkout_rules)["value"])
    assert "40" in values
    values = set(extract_figures("咨询电话：0451-8261234。全年处理审查申请12件。", 2008, checkout_rules)["value"])
    assert "0451" not in values and "8261234" not in values
