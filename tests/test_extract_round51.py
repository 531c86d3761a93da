"""Round 51 (#17): causes of figures read with another period or unit, and of wrong names, that blind43 showed
and that recur in any report.

Units and periods: hours written 个小时 (30个小时, 30個小時) are hours, not 个 with 小时 cut off; the month a
service went live, closed by its comma (2024年5月，…正式上线运行，…缩短至30个小时), dates the launch, not the
times it takes since.

Named by clause structure: a 而 joins a second verb to the one a wording reads (因印发新文件而废止的规范性文件:
abolished, not issued); a count in a clause closed by 时 (办结2件案件时，发现…) is an occasion, not a total; a
count whose noun after it is a town (赋予…11个经济发达镇) counts towns, not items delegated; a count before
duplicates are removed (754个(不去重11286个)) restates the figure before it; an enforcement correction rate
(行政执法纠错率) is no reconsideration correction rate.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def _read(text: str, year: int, checkout_rules) -> dict[str, tuple[str, int]]:
    """Value → (unit, period) of every figure found."""
    frame = extract_figures(text, year, checkout_rules)
    return {value: (unit, int(period))
            for value, unit, period in frame[["value", "unit", "period"]].itertuples(index=False, name=None)}


def test_hours_written_with_ge_are_hours(checkout_rules) -> None:
    read = _read("推行一窗通办，企业开办时间压缩至8个小时，最快40分钟。", 2023, checkout_rules)
    assert read["8"] == ("个小时", 2023)
    read = _read("辦理時間縮短至12個小時。", 2023, checkout_rules)  # traditional characters
    assert read["12"][0] == "个小时"
    assert _read("全年组织3个小组开展督查。", 2023, checkout_rules)["3"][0] == "个"  # 个 of another noun: unchanged


def test_the_month_a_service_went_live_does_not_date_its_times(checkout_rules) -> None:
    text = ("2023年6月，市不动产登记“一件事”正式上线运行，实现全流程网上办理，平均办理时间由原来5天缩短至"
            "20个小时，最快35分钟。")
    read = _read(text, 2024, checkout_rules)
    assert read["20"] == ("个小时", 2024)
    assert read["35"] == ("分钟", 2024)
    assert _read("2023年6月，全市受理行政复议案件30件。", 2024, checkout_rules)["30"][1] == 2023  # a year's own count


def test_a_verb_joined_by_er_is_not_the_one_counted(checkout_rules) -> None:
    text = "本次清理，因出台新规定而废止的规范性文件共3件、因上位法修改而修改的规范性文件共2件。"
    assert named(text, 2023, checkout_rules)["3"] == "normative_docs_abolished"
    text = "2023年，我局印发行政规范性文件5件。"
    assert named(text, 2023, checkout_rules)["5"] == "normative_docs_issued"  # no 而: unchanged


def test_a_count_in_a_when_clause_is_an_occasion(checkout_rules) -> None:
    text = "2023年，市司法局审结3件行政复议案件时，发现部分单位执法程序不规范，制发意见书督促整改。"
    assert not named(text, 2023, checkout_rules)["3"]
    text = "2023年，市司法局审结行政复议案件93件，制发意见书5份。"
    assert named(text, 2023, checkout_rules)["93"] == "reconsideration_concluded"


def test_towns_counted_are_no_items_delegated(checkout_rules) -> None:
    text = "2021年，将215项县级行政权力赋予城关镇等6个中心镇。"
    assert not named(text, 2021, checkout_rules)["6"]
    text = "2021年，将基层需要且能承接的180项县级权限下放乡镇。"
    assert named(text, 2021, checkout_rules)["180"] == "items_delegated_to_townships"  # the verb after the items: unchanged


def test_a_count_before_duplicates_are_removed_restates_the_figure(checkout_rules) -> None:
    text = "目前，省政务服务网“高效办成一件事”重点事项服务专区已上线320个(不去重5210个)“一件事”服务，可网办率超90%。"
    assert not named(text, 2024, checkout_rules)["5210"]


def test_an_enforcement_correction_rate_is_no_reconsideration_rate(checkout_rules) -> None:
    text = "2024年，全区行政复议工作稳步推进，办案质效提升，行政执法纠错率提升至15.2%。"
    assert not named(text, 2024, checkout_rules)["15.2"]
    text = "2024年，全区行政复议案件综合纠错率为12.5%。"
    assert named(text, 2024, checkout_rules)["12.5"] == "reconsideration_correction_rate_stated"


def test_case_files_reviewed_with_their_areas_listed_or_counted_first(checkout_rules) -> None:
    text = "2024年，重点评查市场监管、城市管理、自然资源等领域行政执法案卷80余卷。"
    assert named(text, 2024, checkout_rules)["80"] == "enforcement_case_files_reviewed"
    text = "2021年，对县公安局、城管局等7个行政执法单位的30余份案卷进行集中评查。"
    assert named(text, 2021, checkout_rules)["30"] == "enforcement_case_files_reviewed"


def test_legal_helpers_counted_before_their_name_but_not_those_trained(checkout_rules) -> None:
    text = "2025年，在群众中选拔培养42名“法律明白人”。"
    assert named(text, 2025, checkout_rules)["42"] == "legal_understanding_persons"
    text = "2025年，完成36名“法律明白人”培训。"
    assert not named(text, 2025, checkout_rules)["36"]


def test_catalog_wordings_of_disclosure_kinds_and_practical_projects(checkout_rules) -> None:
    text = "2025年，通过区政府门户网站共发布信息6200条，其中动态类信息3100条，政府采购类信息215条。"
    names = named(text, 2025, checkout_rules)
    assert names["3100"] == "disclosure_government_updates"
    assert names["215"] == "disclosure_procurement_items"
    text = "按规定公开行政许可信息。及时更新各类概况性信息6条。"
    assert named(text, 2023, checkout_rules)["6"] == "disclosure_overview_items"
    text = "2022年，利用门户网站主动公开政府信息120条、财政信息9条。"
    assert named(text, 2022, checkout_rules)["9"] == "disclosure_fiscal_items"
    text = "2025年，落实法治为民实事项目12项。"
    assert named(text, 2025, checkout_rules)["12"] == "rule_of_law_practical_projects"


def test_a_list_item_after_a_verb_of_change_is_no_list_stock(checkout_rules) -> None:
    text = "2021年，动态调整行政权力事项210项、公共服务事项18项。"
    assert not named(text, 2021, checkout_rules)["18"]
    text = "截至2021年底，全市保留行政许可事项210项、公共服务事项18项。"
    assert named(text, 2021, checkout_rules)["18"] == "public_service_items"  # the list's stock: unchanged


def test_study_counted_after_pre_meeting_study_is_no_central_groups(checkout_rules) -> None:
    text = ("建立健全镇党委理论学习中心组学法常态化机制，制定年度学习计划，严格落实会前学法制度，"
            "全年累计开展学习18场次，全年开展各类培训、集中学习40余场次。")
    names = named(text, 2024, checkout_rules)
    assert not names["18"] and not names["40"]
    text = "落实常务会会前学法制度。2024年，县政府常务会会前学法15次，县委理论学习中心组专题学习5次。"
    assert named(text, 2024, checkout_rules)["5"] == "central_group_law_study_sessions"  # the group named: unchanged


def test_an_official_websites_posts_and_the_proactive_part_of_their_breakdown(checkout_rules) -> None:
    text = "全年，官方网站发布信息380条(其中：概况类信息200条，政务动态信息170条，信息公开目录主动公开信息10条)。"
    names = named(text, 2023, checkout_rules)
    assert names["380"] == "disclosure_website_posts"
    assert not names["10"]
    text = "截止2023年12月31日我局通过官方网站发布政务类信息34条，概况类信息150条。"
    assert not named(text, 2023, checkout_rules)["34"]  # a kind of the posts, no total: unchanged


def test_disclosure_requests_concluded_and_not_held_in_other_clause_orders(checkout_rules) -> None:
    text = "深入推进政府信息依申请公开工作，全年收到依申请公开12件，办结11件。"
    assert named(text, 2022, checkout_rules)["11"] == "disclosure_requests_concluded"
    text = "2023年，街道共受理政府信息公开申请15件，其中9件按规定程序办结，4件为“本机关不掌握相关政府信息”。"
    assert named(text, 2023, checkout_rules)["4"] == "disclosure_not_held"


def test_a_portals_posts_named_by_their_total_also_written_as_a_taiwan_portal(checkout_rules) -> None:
    text = "2020年，省政府门户网站信息发布总数为2.8万条，其中发布省政府常务会议50条。"
    assert named(text, 2020, checkout_rules)["2.8"] == "disclosure_website_posts"
    text = "2020年，省政府入口網站信息發布總數為2.8萬條，其中發布省政府常務會議50條。"  # a traditional mirror's word
    assert named(text, 2020, checkout_rules)["2.8"] == "disclosure_website_posts"
