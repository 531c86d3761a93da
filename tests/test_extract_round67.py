"""Round 67 (#17): what blind59 showed that recurs in any report.

Read: a cited title's 年度 (按照《…年度考核指标的通知》要求) does not make a quarter's bulletin a yearly text; 天 before 津
is the city, not days (12348天津法网). Named: free and legal aid consultations (提供免费法律咨询, 提供法律援助咨询), the
departments that 入驻 a 行政服务中心, a hotline's 诉求总量, the 好差评 system's 好评率, the year's share of cases handled
online (年度网办率). Withheld: the courts' applications for a retrial (新收申请再审案件), a kind of their cases.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def test_a_cited_titles_year_word_leaves_a_quarters_bulletin_a_part_of_the_year(checkout_rules) -> None:
    text = ("某省人民政府办公厅关于2020年第一季度全省政府网站检查情况的通报\n根据《关于印发政府网站年度考核指标的通知》"
            "要求，2020年第一季度，对全省政府网站进行了检查。省政府各部门共主动公开信息1234条。")
    assert named(text, 2020, checkout_rules)["1234"] == ""
    text = "某省2020年政府信息公开工作年度报告\n2020年，省政府各部门共主动公开信息1234条。"
    assert named(text, 2020, checkout_rules)["1234"] == "disclosure_proactive_items"


def test_tianjin_after_a_hotline_number_is_no_days(checkout_rules) -> None:
    rows = extract_figures("上线至今，12348天津法网网站注册用户数:2987人。", 2018, checkout_rules)
    assert rows["value"].tolist() == ["2987"]


def test_consultations_departments_hotline_totals_and_service_rates(checkout_rules) -> None:
    assert named("区法律援助中心全年提供免费法律咨询456人次。", 2019, checkout_rules)["456"] == "legal_consultations"
    assert named("2014年，全省提供法律援助咨询2.5万人次。", 2014, checkout_rules)["2.5"] == "legal_consultations"
    text = "高标准建成县行政服务中心，入驻部门18个、工作人员90名。"
    assert named(text, 2016, checkout_rules)["18"] == "service_hall_departments"
    assert named("2024年，全省12345热线诉求总量达3210万件。", 2024, checkout_rules)["3210"] == "hotline_requests_received"
    text = "2022年，日均办件量超过28万件，年度网办率85.2%，实名“好差评”好评率达99.5%。"
    read = named(text, 2022, checkout_rules)
    assert read["85.2"] == "online_application_rate_stated" and read["99.5"] == "service_satisfaction_rate_stated"


def test_applications_for_a_retrial_are_not_the_courts_new_cases(checkout_rules) -> None:
    text = ("2020年，全省法院新收一审行政诉讼案件22004件，同比减少4.95%。新收二审行政诉讼案件13546件。"
            "全省法院新收申请再审案件1234件，同比减少5.6%。")
    assert named(text, 2020, checkout_rules)["1234"] == ""
