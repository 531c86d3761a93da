"""Round 83 (#17): what blind75 showed that recurs in any report.

Named: requests 接受 and those concluded in a bracket after them (接受政府信息公开申请98件(当年办结97件)); the form's kind
miswritten 概括类; procurement notices 采购公告公示; press conferences with another name in brackets; items 跨域通办;
a new-media account's posts counted right after the verb where 通过 or 在 names the account; the year's new items
beside the stock at its end (年底…累计…921条 is no year's value); 精减率; laws 提请审议通过 with the congress's decisions;
items put online on a service platform (平台”上线事项); items accepted 受理行政审批事项 and 受理审批事项. A list of
channels' parts without 通过 or 在 stays as before (a guard).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_received_and_concluded_in_a_bracket(checkout_rules) -> None:
    text = "（三）认真做好依申请公开工作。全年接受政府信息公开申请64件(当年办结61件)。"
    read = named(text, 2021, checkout_rules)
    assert read["64"] == "disclosure_requests" and read["61"] == "disclosure_requests_concluded"


def test_kinds_of_a_disclosure_report(checkout_rules) -> None:
    text = ("2023年，本局主动公开政府信息512条，其中概括类信息9条、公告公示信息41条(含采购公告公示12条)。"
            "全年共召开或参加各类新闻发布会(新闻通气会)27场。")
    read = named(text, 2023, checkout_rules)
    assert read["9"] == "disclosure_overview_items" and read["12"] == "disclosure_procurement_items"
    assert read["27"] == "press_conferences"


def test_items_handled_across_areas(checkout_rules) -> None:
    text = "2022年，采取线上为主、线下辅助的方式，实现57个服务事项跨域通办。"
    assert named(text, 2022, checkout_rules)["57"] == "cross_area_items"


def test_an_accounts_posts_counted_after_the_verb(checkout_rules) -> None:
    text = "二、主动公开情况\n为方便公众了解信息，我镇在政府网站上共公开301条信息，在微信公众平台上公开142条信息。"
    assert named(text, 2019, checkout_rules)["142"] == "disclosure_new_media_posts"
    text = "2022年主动公开政府信息13000条，其中政府网站公开5419条、政务微信公开3914条、其他方式公开3667条。"
    assert named(text, 2022, checkout_rules).get("3914", "") == ""


def test_the_stock_at_the_years_end_and_the_years_new_items(checkout_rules) -> None:
    text = ("（一）主动公开方面\n2021年底，本单位累计主动公开政府信息1044条，全文电子化率达100%。"
            "2021年新增的主动公开政府信息52条。")
    read = named(text, 2021, checkout_rules)
    assert read.get("1044", "") == "" and read["52"] == "disclosure_proactive_items"


def test_powers_cut_rate_written_with_jian(checkout_rules) -> None:
    text = "及时公布权责清单，州级及以下依申请办理的行政权力事项调整为3877项，精减率达41.6%。"
    assert named(text, 2022, checkout_rules)["41.6"] == "power_items_cut_rate_stated"


def test_laws_and_decisions_submitted(checkout_rules) -> None:
    text = "【制度建设】加快重点领域立法。2018年，省法制办共提请审议通过地方性法规和决定14件。"
    assert named(text, 2018, checkout_rules)["14"] == "regulation_drafts_submitted"


def test_items_put_online_on_a_platform(checkout_rules) -> None:
    text = "数字赋能。全州在“某省政务服务平台”上线事项1.08万个，网上可办率达98%。"
    assert named(text, 2023, checkout_rules)["1.08"] == "online_service_items"


def test_approval_items_accepted(checkout_rules) -> None:
    text = "2024年，本局行政审批窗口截止12月受理行政审批事项641件，办结639件。"
    assert named(text, 2024, checkout_rules)["641"] == "licensing_accepted"
    text = "2012年，中心受理审批事项3270件，办结3266件。"
    assert named(text, 2012, checkout_rules)["3270"] == "licensing_accepted"
