"""Round 80 (#17): what blind72 showed that recurs in any report.

Named: information counted in 件 (主动公开政策文件16件, 发布解读信息32件; 件 joins the information family, so a
mailbox's letters in 件 and requests in 条 are read too); requests answered 已在规定期限内予以答复 and concluded
N件已按时办结; posts of 公众号文章; a channel named bare before its count in a list of channels (其中，…门户网站2018条，
政务新媒体7319条); a figure in brackets after its kind (行政处罚(122085件)、行政许可(114152件)). A number in Chinese
before 条途径 stays no figure (a guard, which passes before the round too).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_information_counted_in_jian(checkout_rules) -> None:
    text = "2024年，本厅主动公开政策文件21件，采用图片、视频等形式发布解读信息43件。"
    read = named(text, 2024, checkout_rules)
    assert read["21"] == "disclosure_policy_documents" and read["43"] == "disclosure_interpretations"


def test_requests_answered_in_time_and_concluded(checkout_rules) -> None:
    text = "(二)依申请公开。2022年，我镇共计收到依申请公开事项9件，其中，申请人主动撤销2件，其余7件已在规定期限内予以答复。"
    assert named(text, 2022, checkout_rules)["7"] == "disclosure_requests_answered"
    text = "2020年，某县人民政府共受理政府信息公开申请14件，14件已按时办结。"
    assert named(text, 2020, checkout_rules)["14"] == "disclosure_requests_concluded"


def test_an_accounts_articles(checkout_rules) -> None:
    text = "2022年，本镇“某某时讯”等公众号累计发布公众号文章960篇。"
    assert named(text, 2022, checkout_rules)["960"] == "disclosure_new_media_posts"


def test_channels_named_bare_before_their_counts(checkout_rules) -> None:
    text = "2023年，州人民政府主动公开政府信息8120条，其中，州政府门户网站1930条，政务新媒体6190条。"
    read = named(text, 2023, checkout_rules)
    assert read["1930"] == "disclosure_website_posts" and read["6190"] == "disclosure_new_media_posts"


def test_a_figure_in_brackets_after_its_kind(checkout_rules) -> None:
    text = "2023年，某县共实施各类行政执法行为720948件，主要集中于行政处罚(102085件)、行政给付(301403件)等执法类型。"
    assert named(text, 2023, checkout_rules)["102085"] == "enforcement_penalty_cases"


def test_ways_counted_in_chinese_are_no_figure(checkout_rules) -> None:
    text = "2009年，我镇的政府信息主要通过两条途径公开：一是通过政府门户网站公开，二是通过公开栏公开。"
    assert named(text, 2009, checkout_rules) == {}
