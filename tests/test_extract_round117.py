"""Round 117 (#17): what blind109 showed that recurs in any report.

Named: licensing applications counted after 受理各类, and licensing named in a later clause of a sentence that opens
with a centre's casework; law classes taught with 专题 before the law; hearings observed with the court and the kind of
activity named; tenders and procurement as one kind; posts of every kind counted as 各类推文. Withheld: counts up to a
month before the year's last written with 至 alone at the head of a clause; the courts' mediation before suit is not
the people's mediation.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_licensing_applications_counted_after_geilei(checkout_rules) -> None:
    text = "2019年，市住建局受理各类行政许可申请共1460件，准予许可1391件。"
    assert named(text, 2019, checkout_rules) == {"1460": "licensing_accepted", "1391": "licensing_granted"}


def test_licensing_named_in_a_later_clause_of_a_centres_casework(checkout_rules) -> None:
    text = "2022年区行政审批局共受理各类行政审批申请2300件，受理行政许可1840件，准予行政许可1835件。"
    values = named(text, 2022, checkout_rules)
    assert (values["2300"], values["1840"]) == ("service_cases_accepted", "licensing_accepted")
    text = "中心共受理各类行政许可公共服务事项8200件，办结8150件。"
    assert named(text, 2022, checkout_rules)["8150"] == "service_cases_concluded"


def test_law_classes_taught_with_zhuanti_before_the_law(checkout_rules) -> None:
    assert named("局主要负责人讲授专题法治课3次。", 2024, checkout_rules)["3"] == "law_lectures"


def test_hearings_observed_with_the_court_and_the_kind_of_activity(checkout_rules) -> None:
    text = "2024年，县交通运输局开展旁听法院庭审警示教育活动3次。"
    assert named(text, 2024, checkout_rules)["3"] == "hearing_observations"


def test_tenders_and_procurement_as_one_kind(checkout_rules) -> None:
    text = "全年主动公开政府信息86条，其中政策文件12条，招标采购5条。"
    assert named(text, 2023, checkout_rules)["5"] == "disclosure_procurement_items"


def test_posts_of_every_kind_counted_as_geilei_tuiwen(checkout_rules) -> None:
    text = "通过镇微信公众号推送发布工作动态、通知公告等各类推文120条。"
    assert named(text, 2024, checkout_rules)["120"] == "disclosure_new_media_posts"
    text = "通过微博、微信公众号发布宪法宣传推文80余篇。"
    assert named(text, 2024, checkout_rules)["80"] == ""


def test_counts_up_to_a_month_written_with_zhi_alone_are_a_part_of_the_year(checkout_rules) -> None:
    text = "据统计，至2024年10月，我局累计发放法治宣传资料3000余份，开展“法律进乡村”活动8场次。"
    assert named(text, 2024, checkout_rules) == {"3000": "", "8": ""}


def test_the_courts_mediation_before_suit_is_not_the_peoples_mediation(checkout_rules) -> None:
    text = "全年全市法院诉前调解案件5200件，调解成功率为65.3%。"
    assert named(text, 2023, checkout_rules)["65.3"] == ""
    assert named("全年人民调解委员会调解纠纷900件，调解成功率为98.1%。", 2023, checkout_rules)["98.1"] == \
        "mediation_success_rate_stated"
