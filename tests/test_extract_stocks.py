"""A stock, a flow and what was kept (round 12 of #17): the items kept after a clean-up are the list, not the items
removed; an addition to a stock in the year is not the stock; the documents in force are not those issued. Texts
written for these tests, not copied from the real excerpts."""

from __future__ import annotations

import pytest
from named_figures import named_values as named


def test_items_kept_after_a_cleanup_are_the_list_not_the_items_removed(rules) -> None:
    text = "全年取消行政审批中介服务事项12项，清理后保留的中介服务事项37项。"
    assert named(text, 2023, rules) == {"12": "intermediary_service_items_removed", "37": "intermediary_service_items"}


@pytest.mark.parametrize("text, value", [
    ("全年新增持证执法人员14名。", "14"),  # an addition to the officers in place
    ("我市现行以市政府名义制发的规范性文件共有310件。", "310"),  # the documents in force
])
def test_a_stock_and_its_additions_are_not_confused(text, value, rules) -> None:
    assert named(text, 2023, rules)[value] == ""


@pytest.mark.parametrize("text, value", [
    ("全年审核和备案行政规范性文件36件，其中审核县级规范性文件20件。", "36"),  # two actions' documents summed
    ("对违反养犬管理条例的行为实施行政处罚17起。", "17"),  # the penalties under one regulation
])
def test_a_sum_or_one_part_is_not_the_wholes_figure(text, value, rules) -> None:
    assert named(text, 2023, rules)[value] == ""


def test_every_channels_posts_summed_are_the_information_published(rules) -> None:
    # round 78: the sum over the channels, the website among them, is no account's posts but the information the
    # body published, as nine curated files of blind7-blind70 name it (one, blind33's Shandong, leaves it unnamed)
    assert named("政府网站、微信公众号共发布各类信息1870条。", 2023, rules)["1870"] == "disclosure_proactive_items"


@pytest.mark.parametrize("text, value, metric", [
    ("全年备案行政规范性文件36件。", "36", "normative_docs_filed"),
    ("微信公众号全年发布信息1870条。", "1870", "disclosure_new_media_posts"),
])
def test_one_action_or_one_channel_keeps_its_metric(text, value, metric, rules) -> None:
    assert named(text, 2023, rules)[value] == metric


def test_a_breakdown_by_type_after_the_outcomes_is_of_the_cases_decided(rules) -> None:
    text = ("全年审结行政复议案件300件，其中行政处罚类案件120件。结果为决定撤销20件，确认违法40件。"
            "其中行政强制类案件30件，行政处罚类案件18件。")
    rows = named(text, 2023, rules)
    assert rows["120"] == "reconsideration_on_penalties" and rows["30"] == rows["18"] == ""


@pytest.mark.parametrize("text, metric", [
    ("举办提升行政执法能力培训班和干部轮训班，全县累计1500余人参加了培训。", "law_trainees"),  # no enforcement staff counted
    ("组织全县1500名执法人员参加公共法律知识培训。", "enforcement_training_participants"),  # named after the number
])
def test_the_trainees_are_enforcement_staff_only_where_the_sentence_counts_them(text, metric, rules) -> None:
    assert named(text, 2023, rules)["1500"] == metric
