"""Round 81 (#17): what blind73 showed that recurs in any report.

Named: the outcomes in a passage on requests for disclosure that names its topic only in its heading ((三)依申请公开
办理 … 申请回复为予以公开2件); requests called 申请公开; requests answered 均在法定时限内完成核查答复; a disclosure
report's own appeals after a clause on requests (无…申请政府信息公开，行政复议0条，行政诉讼0条); the channels' sum after
a clause listing them (通过县人民政府网站、微信公众号，累计公布各类信息167条); the fiscal kind closed by the 三公 funds;
case files 审查 by the enforcement oversight; a time limit cut 较法定 with the limit left unsaid; 高频事项 handled
with one visit; items 一趟不用跑. Guards: a legal-aid centre's archive reviewed, and the windows that provide
integrated services, stay unnamed.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_outcomes_in_a_passage_on_requests(checkout_rules) -> None:
    text = ("（三）依申请公开办理\n2023年某街道新收到政府信息公开申请数量5件，均已答复。申请人均为自然人。"
            "申请回复为予以公开3件，不予公开2件。")
    assert named(text, 2023, checkout_rules)["3"] == "disclosure_granted"


def test_requests_called_shen_qing_gong_kai(checkout_rules) -> None:
    text = "主动公开依申请公开的受理机构和流程。2021年，收到申请公开34条，办结33条。"
    assert named(text, 2021, checkout_rules)["34"] == "disclosure_requests"


def test_requests_answered_after_a_check(checkout_rules) -> None:
    text = ("（二）依申请公开情况\n2024年某局受理政府信息依申请公开事项12件，其中2件申请人主动撤销，"
            "其余10件均在法定时限内完成核查答复。")
    assert named(text, 2024, checkout_rules)["10"] == "disclosure_requests_answered"


def test_a_disclosure_reports_own_appeals_after_a_clause_on_requests(checkout_rules) -> None:
    text = ("某镇2021年政府信息公开工作年度报告\n一、总体情况\n"
            "一是主动公开政务信息。全镇主动公开信息35条；无单位或个人申请政府信息公开，行政复议1件，行政诉讼2件。")
    read = named(text, 2021, checkout_rules)
    assert read["1"] == "disclosure_reconsideration_cases" and read["2"] == "disclosure_litigation_cases"


def test_the_channels_sum_after_the_clause_listing_them(checkout_rules) -> None:
    text = "（一）主动公开政府信息情况。通过某县人民政府网站、“某县医保”微信公众号，累计公布各类信息243条，发布通知公告7条。"
    assert named(text, 2023, checkout_rules)["243"] == "disclosure_proactive_items"


def test_the_fiscal_kind_closed_by_the_three_public_funds(checkout_rules) -> None:
    text = "2021年，主动公开的政府信息包括：主动公开财务预决算、财政专项经费管理使用和“三公”经费信息6条。"
    assert named(text, 2021, checkout_rules)["6"] == "disclosure_fiscal_items"


def test_enforcement_case_files_reviewed_not_an_archive(checkout_rules) -> None:
    text = "（一）加大重大行政执法案卷抽查审查的频次。2023年审查重大行政处罚案卷118套。"
    assert named(text, 2023, checkout_rules)["118"] == "enforcement_case_files_reviewed"
    text = "2023年某市法律援助中心共接收审查归档案卷2150份。"
    assert named(text, 2023, checkout_rules).get("2150", "") == ""


def test_service_items_and_time_limits(checkout_rules) -> None:
    text = ("某区1250个政务服务事项，平均办理时限较法定压减了76.5%，400个以上高频事项实现了“最多跑一次”，"
            "980个事项“一趟不用跑”。")
    read = named(text, 2024, checkout_rules)
    assert read["76.5"] == "time_limit_cut_rate_stated" and read["400"] == "max_one_visit_items"
    assert read["980"] == "zero_visit_items"


def test_windows_providing_integrated_services_stay_unnamed(checkout_rules) -> None:
    text = "2023年，某街便民服务中心实现6个部门210个服务事项全面纳入12个窗口提供集成服务。"
    assert named(text, 2023, checkout_rules).get("12", "") == ""
