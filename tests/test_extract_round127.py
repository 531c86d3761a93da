"""Round 127 (#17): what blind119 showed that recurs in any report.

Named: a list's powers counted after their noun at a list item's start (…、行政职权261项) or before 权责事项 at a
clause's end (确定61项权责事项); licences accepted written 各类许可; the share of items handled 不见面办; the
requests' answer rate (办理答复率); interpretations counted with the responses (解读及回应信息); 工作信息 and
机构介绍 as kinds of what was published; updates posted on a new-media account as its posts.
Withheld or kept apart: 依申请公开信息 read as items published because a portal was named; budget documents
listed by title as normative documents; an on-time answer rate as the requests' rate.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_powers_listed_after_their_noun_on_a_list(checkout_rules) -> None:
    text = "修订本局权责清单，局机关现共有职责12项、行政职权318项。"
    assert named(text, 2024, checkout_rules)["318"] == "power_list_items"


def test_powers_cut_by_a_verb_are_not_the_list(checkout_rules) -> None:
    text = "推行政府权力清单制度，精简行政职权240项。"
    assert named(text, 2016, checkout_rules)["240"] != "power_list_items"


def test_list_items_counted_before_their_noun(checkout_rules) -> None:
    text = "动态调整局权责清单，确定88项权责事项，明晰职责边界。"
    assert named(text, 2024, checkout_rules)["88"] == "power_list_items"


def test_licences_accepted_of_every_kind(checkout_rules) -> None:
    text = "政务窗口全年受理各类许可31250件，群众好评率99.8%。"
    assert named(text, 2023, checkout_rules)["31250"] == "licensing_accepted"


def test_share_of_items_handled_without_a_visit(checkout_rules) -> None:
    text = "推进政务服务便利化，可“就近办”事项占比达91%，可“不见面办”事项占比达68%。"
    assert named(text, 2023, checkout_rules)["68"] == "zero_visit_rate_stated"


def test_requests_answer_rate(checkout_rules) -> None:
    text = "2024年共收到政府信息公开申请9件，均在规定时限内依法答复，办理答复率100%。"
    assert named(text, 2024, checkout_rules)["100"] == "disclosure_conclusion_rate_stated"


def test_on_time_answer_rate_is_not_the_requests_rate(checkout_rules) -> None:
    text = "2024年共收到政府信息公开申请9件，按时答复率100%。"
    assert named(text, 2024, checkout_rules)["100"] == ""


def test_interpretations_counted_with_responses(checkout_rules) -> None:
    text = "区政府门户网站公开各类政府信息共计2100条，其中政务动态900条，解读及回应信息共计64条。"
    assert named(text, 2023, checkout_rules)["64"] == "disclosure_interpretations"


def test_work_information_and_body_introduction_as_kinds_published(checkout_rules) -> None:
    text = "2024年，我乡主动公开政府信息40条，其中机构介绍3条、财政信息5条、工作信息32条。"
    values = named(text, 2024, checkout_rules)
    assert (values["3"], values["32"]) == ("disclosure_overview_items", "disclosure_government_updates")


def test_updates_posted_on_a_new_media_account(checkout_rules) -> None:
    text = "通过微信公众号公开工作动态（含原创、转发等）215条。"
    assert named(text, 2024, checkout_rules)["215"] == "disclosure_new_media_posts"


def test_requests_through_a_portal_are_not_items_published(checkout_rules) -> None:
    text = "全年办理公民、法人或其他组织通过县政府门户网站、信函等途径依申请公开信息合计7件。"
    assert named(text, 2024, checkout_rules)["7"] == "disclosure_requests"


def test_budget_documents_listed_by_title_are_not_normative_documents(checkout_rules) -> None:
    text = ("全年制定行政规范性文件0件。在区政府网站公开了《2023年度某街道办事处部门决算》、"
            "《某街道2024年部门预算》等2份文件。")
    assert named(text, 2024, checkout_rules)["2"] == ""
