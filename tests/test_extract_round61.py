"""Round 61 (#17): what blind53 showed that recurs in any report.

Withheld: the share settled at the first contact (一次性办结率) as a conclusion rate; what will be (将实现); a count of
places right after items' metric words (与12省区40个市合作). Named: a platform's casework (政务平台受理办件, 办结量);
notarizations 公证办证; disclosure staff working 全职; units moved into a centre counted in 家 before 入驻; requests
named 政务公开申请.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_platforms_casework_and_the_conclusion_rate_beside_the_first_contact_rate(checkout_rules) -> None:
    text = "2022年，区本级政务平台受理办件8800件，办结量8700件。"
    read = named(text, 2022, checkout_rules)
    assert read["8800"] == "service_cases_accepted" and read["8700"] == "service_cases_concluded"
    text = "12345热线受理来电12万件，一次性办结率80.5%，满意率97.1%，办结率99.3%。"
    read = named(text, 2022, checkout_rules)
    assert read["80.5"] == "" and read["99.3"] == "hotline_conclusion_rate_stated"


def test_what_will_be_and_places_are_not_the_years_values(checkout_rules) -> None:
    text = "全市今年将聘请法律顾问，到年底1200个村居将实现法律顾问全覆盖。"
    assert named(text, 2015, checkout_rules)["1200"] == ""
    text = "我市与5省区18个市开展“跨省通办”合作，形成90项“跨省通办”事项清单。"
    read = named(text, 2021, checkout_rules)
    assert read["18"] == "" and read["90"] == "cross_province_items"


def test_notarizations_staff_units_moved_in_and_requests_named_otherwise(checkout_rules) -> None:
    assert named("县公证处全年公证办证980多件。", 2017, checkout_rules)["980"] == "notarizations"
    text = "本街道政府信息公开工作专门配备了2名全职工作人员。"
    assert named(text, 2024, checkout_rules)["2"] == "disclosure_staff_full_time"
    text = "区政务服务中心正式启用，吸纳了工商、民政等共31家单位入驻。"
    assert named(text, 2014, checkout_rules)["31"] == "service_hall_departments"
    assert named("2024年本街道收到政务公开申请9件。", 2024, checkout_rules)["9"] == "disclosure_requests"
