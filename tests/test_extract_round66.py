"""Round 66 (#17): what blind58 showed that recurs in any report.

Withheld: the counts of every level's mediation bodies (各级人民调解组织, 各级各类…组织) with the place named
before them (a name of the GB/T 2260 table), and a later clause's count they carry to; totals since the day a body
was set up or took a work over (自2017年4月19日…审批局成立以来). Not withheld: a later clause that names a place of
its own (…；银川市两级人民法院新收…), the cases of legal aid duty lawyers (法律援助值班律师…受理法律援助案件). Named:
powers removed and delegated counted before their noun (取消了132项行政职权事项, 112项行政职权事项下放县、区管理),
items that can be handled online counted after the verb (可以在网上办理2157项事项), the departments that enter a
centre (审批服务部门和单位进入中心).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_counts_of_every_level_of_mediation_bodies_take_no_metric(checkout_rules) -> None:
    text = "据统计，2020年，海淀区各级人民调解组织共受理调解纠纷2468件，调解成功2431件，调解成功率为98.5%。"
    read = named(text, 2020, checkout_rules)
    assert read["2468"] == "" and read["2431"] == ""
    text = "2020年，海淀区人民调解委员会共受理调解纠纷2468件，调解成功2431件。"
    read = named(text, 2020, checkout_rules)
    assert read["2468"] == "people_mediation_disputes" and read["2431"] == "people_mediation_succeeded"


def test_a_place_of_its_own_ends_the_bodies_subject(checkout_rules) -> None:
    text = ("2020年，宁夏回族自治区各级行政复议机关共办理案件3210件，同比增长6.2%；"
            "银川市两级人民法院新收行政诉讼案1234件，同比下降3.1%。")
    assert named(text, 2020, checkout_rules)["1234"] == "court_admin_cases_received"
    text = "2020年，宁夏回族自治区各级行政复议机关共办理案件3210件，同比增长6.2%；行政应诉案件1234件，同比下降3.1%。"
    assert named(text, 2020, checkout_rules)["1234"] == ""
    text = "全面完成省市县三级政府部门权责清单编制公布工作，省级55个部门共公布权责事项4658项。"
    assert named(text, 2016, checkout_rules)["4658"] == "power_list_items"  # 全面完成省 is no place


def test_totals_since_a_body_was_set_up_take_no_metric(checkout_rules) -> None:
    text = "自2016年5月8日某某县行政审批局成立以来，共办结各类行政审批12万余件，按期办结率100%。"
    read = named(text, 2020, checkout_rules)
    assert read["12"] == "" and read["100"] == ""


def test_duty_lawyers_cases_are_legal_aid(checkout_rules) -> None:
    text = "设立法律援助值班律师工作站，每周开展法律援助值班律师活动，受理法律援助案件86起。"
    assert named(text, 2021, checkout_rules)["86"] == "legal_aid_cases"


def test_powers_online_items_and_departments_counted_before_their_noun(checkout_rules) -> None:
    text = "一是取消了86项行政职权事项，74项行政职权事项下放县、区管理。"
    read = named(text, 2016, checkout_rules)
    assert read["86"] == "power_list_items_removed" and read["74"] == "items_delegated"
    text = "登录政府门户网站，就可以在网上办理1234项事项。"
    assert named(text, 2007, checkout_rules)["1234"] == "online_service_items"
    text = "政务服务中心正式投入使用，15家审批服务部门和单位进入中心办公。"
    assert named(text, 2017, checkout_rules)["15"] == "service_hall_departments"
