"""Round 74 (#17): what blind66 showed that recurs in any report.

Named: disclosure requests written 依申请公开事项 in 份, and their channel named after the count (N份是网络依申请公开,
N份是纸质依申请公开); a request granted written 予以公开申请; a bureau's website (局网站); fiscal information written
财政公开信息; 本年新收 alone after the requests received (not a reconsideration named in the sentence before); major
decisions counted before their legality review. Left unnamed: a region's rules over a span of 33 years (从1980年至
2012年); laws in force that a clean-up reviewed (现行有效的N部地方性法规); the totals of a plan named with 启动以来.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_in_copies_and_their_channels_after_the_count(checkout_rules) -> None:
    text = "2022年我局共收到11份政府信息依申请公开事项，其中7份是网络依申请公开，4份是纸质依申请公开。"
    read = named(text, 2022, checkout_rules)
    assert read["11"] == "disclosure_requests" and read["7"] == "disclosure_requests_online"
    assert read["4"] == "disclosure_requests_offline"


def test_a_request_granted_and_a_bureaus_website(checkout_rules) -> None:
    text = "2024年，我局通过局网站公开信息612条。全年收到依申请公开3件，其中予以公开申请2件。"
    read = named(text, 2024, checkout_rules)
    assert read["612"] == "disclosure_website_posts" and read["2"] == "disclosure_granted"


def test_fiscal_information_written_in_full(checkout_rules) -> None:
    text = "2021年，县政府办公室主动公开政府信息91条，其中人事信息17条，财政公开信息6条。"
    assert named(text, 2021, checkout_rules)["6"] == "disclosure_fiscal_items"


def test_new_requests_after_a_sentence_naming_reconsideration(checkout_rules) -> None:
    text = ("依申请公开方面，有效降低行政复议、行政诉讼风险。2023年共受理依申请公开27件，其中本年新收25件，"
            "上年结转2件。")
    read = named(text, 2023, checkout_rules)
    assert read["27"] == "disclosure_requests" and read["25"] == ""


def test_major_decisions_counted_before_their_review(checkout_rules) -> None:
    text = "2022年，严格重大行政决策程序，完成对“十四五”教育规划等12件重大行政决策的合法性审查。"
    assert named(text, 2022, checkout_rules)["12"] == "major_decisions_reviewed"


def test_a_long_span_and_laws_in_force(checkout_rules) -> None:
    text = "从1982年至2012年，省政府共制定政府规章540件。"
    assert named(text, 2013, checkout_rules)["540"] == ""
    text = "2012年，省政府对现行有效的190部地方性法规、204部政府规章进行了全面审核清理。"
    assert named(text, 2013, checkout_rules)["190"] == ""


def test_a_plans_totals_since_it_started(checkout_rules) -> None:
    text = "七五普法启动以来，该市组织普法讲师团宣讲180场次，发放普法宣传资料90万份。"
    read = named(text, 2018, checkout_rules)
    assert read["180"] == "" and read["90"] == ""
