"""Round 57 (#17): wordings and restrictions that blind49 showed and that recur in any report.

Named: requests the public submitted (提交, 提出) as requests received; a government's advisers counted after 扩充至;
consultations a village adviser received (接待…咨询服务); the at-most-one-visit share named 一次办比例 without quotes; a
publicity event on 法治思想 counted before its noun; mediators written 专、兼职 or counted before 的人民调解员; materials
handed out after a list of book titles; drafts the government submitted for the congress to enact (提请…制定).
Withheld: legal aid cases as lawsuits concluded; suggestions and proposals published, not handled; committees of
every level and kind; rules the advisers helped draft; a village adviser's opinions and lectures; lists of items
named before a 全市通办 list.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_requests_submitted_advisers_taken_on_and_consultations_received(checkout_rules) -> None:
    text = "公众通过邮递、网站等途径向县政府提交政府信息公开42件，已依法办结40件。"
    assert named(text, 2025, checkout_rules)["42"] == "disclosure_requests"
    assert named("日前某市政府将法律顾问的人数扩充至25人。", 2016, checkout_rules)["25"] == "legal_advisers"
    text = "全年律师为群众提供法律服务320件次，接待群众咨询服务640人次。"
    assert named(text, 2019, checkout_rules)["640"] == "legal_consultations"


def test_the_one_visit_share_and_events_on_the_thought(checkout_rules) -> None:
    text = "发布区级政务服务事项1200项，其中可网办比例99.1%，一次办比例98.7%。"
    assert named(text, 2025, checkout_rules)["98.7"] == "max_one_visit_rate_stated"
    text = "司法所开展了3场习近平法治思想进社区宣传活动。"
    assert named(text, 2024, checkout_rules)["3"] == "publicity_events"


def test_mediators_and_materials_after_a_list_of_titles(checkout_rules) -> None:
    assert named("全州共有专、兼职人民调解员8200名。", 2024, checkout_rules)["8200"] == "people_mediators"
    assert named("全区已建成一支3万余人的人民调解员队伍。", 2021, checkout_rules)["3"] == "people_mediators"
    text = ("本次活动派发了《中华人民共和国宪法》《中华人民共和国民法典》《法律援助 助你维权》《珍爱生命 远离毒品》"
            "《公共法律服务指南》等宣传小册子共600多份。")
    assert named(text, 2024, checkout_rules)["600"] == "publicity_materials"


def test_drafts_submitted_for_the_congress_to_enact(checkout_rules) -> None:
    text = "2021年，省政府提请省人大常委会制定地方性法规6件，修改9件；制定政府规章3件。"
    read = named(text, 2021, checkout_rules)
    assert read["6"] == "regulation_drafts_submitted"
    assert named("全年全省制定省级地方性法规12件。", 2021, checkout_rules)["12"] == "local_regulations_enacted"


def test_figures_of_other_bodies_or_acts_are_withheld(checkout_rules) -> None:
    text = "为农民工提供民事、刑事诉讼代理服务，办结特殊群体法律援助案件3200件。"
    assert named(text, 2024, checkout_rules)["3200"] != "litigation_concluded"
    text = "主动公开本级人大代表议案建议18件，政协委员提案27件。"
    assert set(named(text, 2025, checkout_rules).values()) == {""}
    assert named("共建立各级各类人民调解委员会2100个。", 2021, checkout_rules)["2100"] == ""
    assert named("参与制定出台政府规章6件。", 2015, checkout_rules)["6"] == ""
    text = "村(居)顾问律师为群众出具法律意见书40份，开展法治讲座和法律培训300场次。"
    assert set(named(text, 2019, checkout_rules).values()) == {""}
    text = "集成公开随机抽查事项清单等5项涉企事项清单和全市通办事项清单。"
    assert named(text, 2020, checkout_rules)["5"] == ""
