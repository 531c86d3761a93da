"""Round 59 (#17): what blind51 showed that recurs in any report.

Withheld: a bulletin whose title brackets the days it covers (a month's hotline report); the year so far (迄今, 今年来)
in a news item dated by its dateline (5月20日讯); one offline channel of disclosure requests listed beside another;
the cases lawyers and legal service workers take on. Named: requests granted written 同意公开; the stated rise of a
count after its increase in 件 (同比增加60件，增长25%); units as well as departments moved into a service hall.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

_BULLETIN = "某区12345热线运行情况报告{days}\n热线共受理工单3200件，按期办结率99.5%，满意率98.2%。"


def test_a_bulletin_of_the_days_its_title_brackets_is_a_part_of_the_year(checkout_rules) -> None:
    read = named(_BULLETIN.format(days="（6月1日-6月30日）"), 2024, checkout_rules)
    assert read["3200"] == "" and read["98.2"] == "" and read["99.5"] == ""
    # the whole year's bulletin names its count (round 108: a hotline's satisfaction is not the services', so the count,
    # not the 满意率 this test first asserted, shows the year taken as a whole)
    whole = named(_BULLETIN.format(days="（1月1日-12月31日）"), 2024, checkout_rules)
    assert whole["3200"] == "hotline_requests_received"


def test_the_year_so_far_in_a_news_item_dated_by_its_dateline(checkout_rules) -> None:
    text = "县融媒体中心{date}讯 今年来，县法律援助中心多措并举做好法律援助工作。迄今共办理法律援助案件120件。"
    assert named(text.format(date="5月20日"), 2016, checkout_rules)["120"] == ""
    assert named(text.format(date="12月28日"), 2016, checkout_rules)["120"] == "legal_aid_cases"


def test_one_offline_channel_beside_another_is_a_part_of_the_offline_requests(checkout_rules) -> None:
    text = "本年度共收到政府信息公开申请49件。其中网上申请40件，当面申请6件，信函申请3件。"
    read = named(text, 2022, checkout_rules)
    assert read["40"] == "disclosure_requests_online" and read["6"] == "" and read["3"] == ""
    text = "本年度共收到政府信息公开申请43件。其中网上申请40件，信函申请3件。"
    assert named(text, 2022, checkout_rules)["3"] == "disclosure_requests_offline"


def test_requests_granted_and_the_rise_stated_after_the_increase(checkout_rules) -> None:
    text = "全年共收到政府信息公开申请300件，同比增加60件，增长25%。其中同意公开210件，不同意公开15件。"
    read = named(text, 2019, checkout_rules)
    assert read["300"] == "disclosure_requests" and read["60"] == ""
    assert read["25"] == "disclosure_requests_growth_stated"
    assert read["210"] == "disclosure_granted" and read["15"] != "disclosure_granted"


def test_lawyers_cases_are_not_the_governments(checkout_rules) -> None:
    assert named("2020年，全市律师共办理诉讼案件3200件。", 2020, checkout_rules)["3200"] == ""
    text = "全年法律服务所共办理法律援助案件36件，参与接待和处理信访案件12件。"
    read = named(text, 2020, checkout_rules)
    assert read["36"] == "" and read["12"] == ""
    assert named("县法律援助中心组织律师办理法律援助案件150件。", 2020, checkout_rules)["150"] == "legal_aid_cases"


def test_units_moved_into_a_service_hall(checkout_rules) -> None:
    text = "县政务服务中心建成投用，全县共42家单位进驻服务大厅。"
    assert named(text, 2013, checkout_rules)["42"] == "service_hall_departments"
