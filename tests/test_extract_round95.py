"""Round 95 (#17): what blind87 showed that recurs in any report.

Named: disclosure requests worded with 依申请 in other orders (共收到依申请政府信息公开2件, 依申请公开受理数量为0件) or
as 申请公开政府信息; online and offline requests with the channel between the verb and the requests (受理线上信息公开
申请65件); 回复处理 as answered and 答复办结 as concluded; a new-media account's 发稿; interviews and press conferences
counted before their quoted names; 政策解读内容; a study group's study whose topics, named before it, are law (中心组
围绕习近平法治思想…等学习研究4次). Unnamed: 发稿 on another platform (在学习强国发稿3条).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_requests_worded_with_yishenqing(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2024年，共收到依申请政府信息公开3件。"
    assert named(text, 2024, checkout_rules)["3"] == "disclosure_requests"
    assert named("（二）依申请公开情况\n本镇依申请公开受理数量为0件。", 2024, checkout_rules)["0"] == "disclosure_requests"
    text = "（二）依申请公开情况\n2025年，共收到申请公开政府信息7宗。"
    assert named(text, 2025, checkout_rules)["7"] == "disclosure_requests"


def test_online_and_offline_requests_received(checkout_rules) -> None:
    text = "（二）依申请公开情况\n全年受理线上信息公开申请41件，受理线下信息公开申请6件。"
    read = named(text, 2024, checkout_rules)
    assert read["41"] == "disclosure_requests_online" and read["6"] == "disclosure_requests_offline"


def test_requests_answered_and_concluded(checkout_rules) -> None:
    text = "（二）依申请公开情况\n我街受理依申请公开政府信息2件，回复处理2件。"
    metrics = figure_columns(text, 2024, checkout_rules, "metric_id")
    assert metrics == [("disclosure_requests",), ("disclosure_requests_answered",)]
    text = "（二）依申请公开情况\n全年受理依申请公开5件，依据《条例》予以答复办结5件。"
    metrics = figure_columns(text, 2024, checkout_rules, "metric_id")
    assert metrics == [("disclosure_requests",), ("disclosure_requests_concluded",)]


def test_new_media_posts_of_an_account_only(checkout_rules) -> None:
    assert named("政务新媒体账号发稿2300条。", 2024, checkout_rules)["2300"] == "disclosure_new_media_posts"
    assert named("通过政务新媒体公开信息，在学习强国发稿4条。", 2024, checkout_rules)["4"] == ""


def test_counts_before_quoted_interviews_and_press_conferences(checkout_rules) -> None:
    read = named("围绕重大政策，精心组织7期“在线访谈”和18场“新闻发布会”。", 2024, checkout_rules)
    assert read["7"] == "disclosure_online_interviews" and read["18"] == "press_conferences"


def test_interpretations_written_as_content(checkout_rules) -> None:
    text = "主动公开政府信息120条，其中政策解读内容3条。"
    assert named(text, 2025, checkout_rules)["3"] == "disclosure_interpretations"


def test_study_group_law_study_with_its_topics_first(checkout_rules) -> None:
    text = "组织理论学习中心组围绕习近平法治思想、《中华人民共和国行政复议法》等学习研究5次。"
    assert named(text, 2024, checkout_rules)["5"] == "central_group_law_study_sessions"
