"""Round 118 (#17): what blind110 showed that recurs in any report.

Found: shares per mille (1.1‰). Named: overview items and government updates counted before their kind (1条概况类信息);
a WeChat account's posts with 推文 as the verb; the times the leadership took up the rule-of-law government, 研究
without 专题, as a list item. Owned: a list of the Party's own bodies is the Party's, and 法治政府 in the topic names no
government meeting. Withheld: a month's volume (月接听量); the mediation of labour disputes is not the people's
mediation.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_share_per_mille_is_a_figure(checkout_rules) -> None:
    assert named("全县社区矫正对象再犯罪率为0.8‰。", 2023, checkout_rules) == {"0.8": ""}


def test_proactive_kinds_counted_before_their_kind(checkout_rules) -> None:
    text = "局门户网站公开发布信息180条，其中发布2条概况类信息，41条政务动态信息。"
    values = named(text, 2024, checkout_rules)
    assert (values["2"], values["41"]) == ("disclosure_overview_items", "disclosure_government_updates")


def test_posts_with_tuiwen_as_the_verb(checkout_rules) -> None:
    assert named("局官方微信公众号共推文612篇。", 2024, checkout_rules)["612"] == "disclosure_new_media_posts"


def test_the_rule_of_law_government_studied_as_a_list_item(checkout_rules) -> None:
    text = "区长主持召开区政府党组会议、常务会议，开展法治建设专题学习、研究法治政府建设12次。"
    assert named(text, 2024, checkout_rules)["12"] == "rule_of_law_meetings"


def test_a_list_of_the_partys_own_bodies_is_the_partys(checkout_rules) -> None:
    text = ("市委主持召开市委常委会会议、市委全面依法治市委员会会议，专题学习关于法治政府建设的重要论述，"
            "研究部署法治建设18次。")
    assert named(text, 2024, checkout_rules)["18"] == "party_rule_of_law_meetings"
    assert named("县委常委会、县政府常务会研究法治政府建设工作2次。", 2023, checkout_rules)["2"] == "rule_of_law_meetings"


def test_a_months_volume_is_not_the_years(checkout_rules) -> None:
    assert named("12348热线全年无休接听，月接听量突破1万件。", 2023, checkout_rules)["1"] == ""


def test_the_mediation_of_labour_disputes_is_not_the_peoples_mediation(checkout_rules) -> None:
    text = "全市劳动人事争议调解仲裁工作扎实推进，全年结案3200件，调解成功率达76.5%。"
    assert named(text, 2024, checkout_rules)["76.5"] == ""
    text = "人民调解组织全年调处纠纷900件，其中劳动争议80件、婚姻家庭120件，调解成功率达99.5%。"
    assert named(text, 2024, checkout_rules)["99.5"] == "mediation_success_rate_stated"
