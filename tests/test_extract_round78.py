"""Round 78 (#17): what blind70 showed that recurs in any report.

Named: a kind quoted as a list item before its count (其中，“政策解读”8条，“财政信息”191条); posts counted in 条次,
read with that measure word; the information published over several channels summed, the website among them
(通过门户网站、微博等渠道公开各类信息); requests answered 按期答复申请; booklets handed out in 本; items put under the
commitment system counted before 告知承诺办理的政务服务事项. Left unnamed: the appeals over a body's disclosure still
under review (未审结1件). A title quoted after other words (各级“民主法治示范村”) stays unnamed, as before.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def test_a_kind_quoted_as_a_list_item(checkout_rules) -> None:
    text = "2023年，本区主动公开政府信息420条，其中，“政策解读”12条，“财政信息”64条。"
    read = named(text, 2023, checkout_rules)
    assert read["12"] == "disclosure_interpretations" and read["64"] == "disclosure_fiscal_items"


def test_a_quoted_title_after_other_words_stays_unnamed(checkout_rules) -> None:
    text = "2023年，全县共有各级“民主法治示范村”12个。"
    assert named(text, 2023, checkout_rules)["12"] == ""


def test_posts_counted_per_posting(checkout_rules) -> None:
    text = "2024年，本委员会主动公开政府信息3120条，其中政府网站发布信息1520条次。"
    frame = extract_figures(text, 2024, checkout_rules)
    posts = frame[frame["value"] == "1520"].iloc[0]
    assert (posts["unit"], posts["metric_id"]) == ("条次", "disclosure_website_posts")


def test_information_published_over_several_channels(checkout_rules) -> None:
    text = "2024年，本局通过门户网站、官方微博、微信公众号等渠道公开各类信息1860条。"
    assert named(text, 2024, checkout_rules)["1860"] == "disclosure_proactive_items"


def test_requests_answered_on_time(checkout_rules) -> None:
    text = "(二)依申请公开情况。2024年收到政府信息公开申请5件，按期答复申请5件。"
    rows = named(text, 2024, checkout_rules)
    assert rows["5"] == "disclosure_requests_answered"


def test_booklets_handed_out(checkout_rules) -> None:
    text = "2017年，市司法局开展法治宣传活动，发放宣传册1200余本。"
    assert named(text, 2017, checkout_rules)["1200"] == "publicity_materials"


def test_items_handled_under_the_commitment_system(checkout_rules) -> None:
    text = "2023年，全区已梳理64个告知承诺办理的政务服务事项。"
    assert named(text, 2023, checkout_rules)["64"] == "commitment_items"


def test_appeals_over_disclosure_still_under_review(checkout_rules) -> None:
    text = ("(二)政府信息依申请公开情况\n2025年共办理依申请公开案件31件，有4件申请行政复议，其中3件行政复议决定维持，"
            "未审结1件。")
    assert named(text, 2025, checkout_rules)["1"] == ""
