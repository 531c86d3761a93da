"""Round 72 (#17): what blind64 showed that recurs in any report.

Named: legal aid under its short name 法援, and the consultations a legal aid report counts; disclosure requests,
answers and requests carried forward counted in 份, answered 按时 or 已及时, carried 转 or 转结 to a year, made on a
disclosure platform. Left unnamed: legal aid given in lawsuits (not administrative litigation) and one kind of legal
aid cases; online reconsideration applications and the corrections of one sector's cases; bodies correcting themselves;
a disclosure total over every year so far (历年累计).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_legal_aid_under_its_short_name_and_its_parts(checkout_rules) -> None:
    text = ("2019年，全省共受理法援案件52310件，比上年增长12.6%，受理各类咨询201334人次。"
            "其中受理刑事法律援助案件9120件，办理法律援助诉讼案件40021件。")
    read = named(text, 2019, checkout_rules)
    assert read["52310"] == "legal_aid_cases" and read["12.6"] == "legal_aid_cases_growth_stated"
    assert read["201334"] == "legal_consultations"
    assert read["9120"] == "" and read["40021"] == ""


def test_consultations_without_legal_aid_stay_unnamed(checkout_rules) -> None:
    text = "2019年，12345热线受理各类咨询88120人次。"
    assert named(text, 2019, checkout_rules)["88120"] == ""


def test_disclosure_requests_counted_in_copies(checkout_rules) -> None:
    text = "本年度共收到政府信息公开申请17份，按时答复15份，2份转下年度继续办理。"
    read = named(text, 2021, checkout_rules)
    assert read["17"] == "disclosure_requests" and read["15"] == "disclosure_requests_answered"
    assert read["2"] == "disclosure_carried_forward"


def test_requests_answered_in_time_on_a_platform_and_carried_to_a_year(checkout_rules) -> None:
    text = "2020年，收到依申请公开共6件，其中通过信息公开平台申请4件，已及时答复5件，1件转结2021年办结。"
    read = named(text, 2020, checkout_rules)
    assert read["6"] == "disclosure_requests" and read["4"] == "disclosure_requests_online"
    assert read["5"] == "disclosure_requests_answered" and read["1"] == "disclosure_carried_forward"


def test_online_applications_and_one_sectors_corrections_are_parts(checkout_rules) -> None:
    assert named("2024年，全省新收在线行政复议申请6400件。", 2024, checkout_rules)["6400"] == ""
    read = named("2024年，全省共新收涉企行政复议案件3120件，纠错287件。", 2024, checkout_rules)
    assert read["3120"] == "reconsideration_enterprise_cases" and read["287"] == ""


def test_bodies_correcting_themselves_after_a_reconsideration(checkout_rules) -> None:
    text = "2024年，复议机关作出撤销决定后，推动行政机关自行纠正30余件类案。"
    assert named(text, 2024, checkout_rules)["30"] == ""


def test_a_disclosure_total_over_every_year_so_far(checkout_rules) -> None:
    text = "2023年，本镇坚持依法公开，历年累计主动公开信息3150条。"
    assert named(text, 2023, checkout_rules)["3150"] == ""
