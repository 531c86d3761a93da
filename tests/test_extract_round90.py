"""Round 90 (#17): what blind82 showed that recurs in any report.

Not named as reconsideration outcomes: the parts of a disclosure appeal count given in the sentence after it, opening
with 其中 (涉及政府信息公开行政复议0件。其中结果维持0件；结果纠正0件…).
Named: 财政预决算公开类信息 and 公告通知类信息 as kinds; a site's count before the sentence's own proactive count as the
site's posts; the channels' counts after a list number or opening their line; messages concluded counted in 条
(办结留言230条), but not 公开答复 or 电话答复.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_parts_of_a_disclosure_appeal_count_in_the_next_sentence(checkout_rules) -> None:
    text = ("（三）申请行政复议和提起行政诉讼情况\n2021年涉及政府信息公开行政复议2件。"
            "其中结果维持1件；结果纠正3件；其他结果5件；尚未审结7件。")
    read = named(text, 2021, checkout_rules)
    assert read["2"] == "disclosure_reconsideration_cases"
    assert all(read.get(value, "") == "" for value in ("1", "3", "5", "7"))


def test_kinds_and_channels_of_a_disclosure_report(checkout_rules) -> None:
    kinds = "2022年主动公开政府信息280条，其中财政预决算公开类信息12条，公告通知类信息41条。"
    read = named(kinds, 2022, checkout_rules)
    assert read["12"] == "disclosure_fiscal_items" and read["41"] == "disclosure_notices"
    channels = "2023年，我厅通过门户网站发布各类信息1487条，主动公开政务信息282条。"
    read = named(channels, 2023, checkout_rules)
    assert read["1487"] == "disclosure_website_posts" and read["282"] == "disclosure_proactive_items"


def test_channels_counted_after_a_list_number(checkout_rules) -> None:
    text = "全年主动公开信息200条，其中：(1)区政务网站公开信息156条。\n新媒体平台公开89条。"
    read = named(text, 2023, checkout_rules)
    assert read["156"] == "disclosure_website_posts" and read["89"] == "disclosure_new_media_posts"


def test_messages_concluded_counted_in_items(checkout_rules) -> None:
    text = "全年县长信箱收到248条网民留言，办结留言230条。"
    assert named(text, 2024, checkout_rules)["230"] == "public_messages_concluded"
    answered = "对网民留言公开答复41条、电话答复70条。"
    read = named(answered, 2024, checkout_rules)
    assert read.get("41", "") == "" and read.get("70", "") == ""
