"""Round 88 (#17): what blind80 showed that recurs in any report.

Named: 平均动态办理时限 (the time actually taken) and the cut stated as 平均压缩率 after the limits; staff counted
before 兼职; rates joined to their value by 是 (按时办结率是99.63%); departments moved into a centre named after a clause
on its upgrade; 办结率 after 受理政务事项; information listed before 等方面信息.
Not named: 依申请公开信息 with no verb of receiving, and 依申请公开 listed beside the proactive count (the information
released, not the requests); the average time of the one-thing services; the days saved on a fast track (绿色通道);
and working days (个工作日) for a metric counted in calendar days (天), which the build would refuse.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_information_released_on_request_is_no_request(checkout_rules) -> None:
    text = ("（一）主动公开情况。全年政府信息公开网共发布信息3603条，主动公开3054条，依申请公开141条，不予公开408条。"
            "（二）依申请公开情况。共受理依申请公开政府信息的申请29件。")
    read = named(text, 2020, checkout_rules)
    assert read.get("141", "") == "" and read["29"] == "disclosure_requests"
    assert named("本年度依申请公开信息459条。", 2018, checkout_rules).get("459", "") == ""
    assert named("我街全年共收到依申请公开信息1条。", 2021, checkout_rules)["1"] == "disclosure_requests"


def test_the_actual_time_and_the_cut_stated_as_compression(checkout_rules) -> None:
    text = ("2015年，政务中心办结率99.88%，平均动态办理时限0.5天，"
            "承诺时限由法定的4122天压缩为1018天，平均压缩率达75%。")
    read = named(text, 2015, checkout_rules)
    assert read["0.5"] == "average_processing_days" and read["75"] == "time_limit_cut_rate_stated"


def test_working_days_keep_no_calendar_days_metric(checkout_rules) -> None:
    # the build refuses a working-days figure entered for a metric counted in 天 (tests/test_unit_in_quote.py)
    assert named("政务中心平均动态办理时限0.04个工作日。", 2015, checkout_rules).get("0.04", "") == ""


def test_parts_of_the_items_keep_no_days_metric(checkout_rules) -> None:
    one_thing = "全区首批“一件事”平均办理时间从35天压减为14天。"
    fast_track = "为16个重点建设项目办理“绿色通道”服务74项，节约办理时间1379天。"
    assert named(one_thing, 2024, checkout_rules).get("14", "") == ""
    assert named(fast_track, 2016, checkout_rules).get("1379", "") == ""


def test_part_time_staff_counted_before_the_word(checkout_rules) -> None:
    text = "2017年度，为加强政府信息公开工作的领导，我委配备了1名工作人员兼职负责日常工作。"
    assert named(text, 2017, checkout_rules)["1"] == "disclosure_staff_part_time"


def test_a_service_centre_s_rates_and_departments(checkout_rules) -> None:
    text = ("2016年区政务服务中心共受理196323件，按时办结率是99.63%，群众评价满意率是99.99%。"
            "区政务服务中心完成升级改造后，共进驻了26个审批职能部门和相关单位。")
    read = named(text, 2016, checkout_rules)
    assert read["99.63"] == "service_ontime_rate_stated" and read["99.99"] == "service_satisfaction_rate_stated"
    assert read["26"] == "service_hall_departments"


def test_the_conclusion_rate_of_items_named_government_affairs(checkout_rules) -> None:
    text = "2017年全区受理政务事项115.92万件，办结率99.22%。"
    assert named(text, 2017, checkout_rules)["99.22"] == "service_conclusion_rate_stated"


def test_information_listed_before_its_fields(checkout_rules) -> None:
    text = "我局全年共主动公开了涉及与公众密切相关的重要工作动态、政策法规等方面信息166条。"
    assert named(text, 2022, checkout_rules)["166"] == "disclosure_proactive_items"
