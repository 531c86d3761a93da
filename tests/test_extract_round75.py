"""Round 75 (#17): what blind67 showed that recurs in any report.

Named: disclosure requests written 收到申请信息公开件, requests made on a 依申请公开平台, notices written 通知通告. Left
unnamed: a count of several levels' enforcement bodies listed before 部门 (全市各级公安、烟草专卖和市场监管等相关执法
部门…) and the growth stated of it; cases concluded one way (以移送方式结案的), a part of those concluded; the State
Council's list of removed items a province carries out (国务院公布取消的N项).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_written_the_other_way_round_and_on_a_platform(checkout_rules) -> None:
    text = "二、收到和处理政府信息公开申请情况。2024年，收到申请信息公开件共9件，其中通过依申请公开平台申请4件。"
    read = named(text, 2024, checkout_rules)
    assert read["9"] == "disclosure_requests" and read["4"] == "disclosure_requests_online"


def test_notices_written_as_tongzhi_tonggao(checkout_rules) -> None:
    text = "2025年，我办通过部门网站主动公开信息120条，其中通知通告17条。"
    assert named(text, 2025, checkout_rules)["17"] == "disclosure_notices"


def test_several_levels_enforcement_bodies_listed(checkout_rules) -> None:
    text = ("2019年全市各级公安、交通运输和市场监管等相关执法部门密切配合，保持高压态势，全年共办理各类案件2210起，"
            "同比增长31.5%。")
    read = named(text, 2019, checkout_rules)
    assert read["2210"] == "" and read["31.5"] == ""


def test_cases_concluded_one_way(checkout_rules) -> None:
    text = "2012年，全省法院以移送方式结案的一审行政案件208件。"
    assert named(text, 2012, checkout_rules)["208"] == ""


def test_the_state_councils_list_of_removed_items(checkout_rules) -> None:
    text = "2013年，对国务院公布取消的58项行政审批项目，全部予以落实。"
    assert named(text, 2013, checkout_rules)["58"] == ""
