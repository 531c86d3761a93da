"""Round 135 (#17): what blind125 showed that recurs in any report.

Named: a court named by its place (琼山法院, 秀英法院) owns its caseload, as 区法院 does: the courts' cases, not the
government's lawsuits. Withheld: a court's share concluded within the statutory time limit (法定审限内结案率) as the
conclusion rate; the offline channel's count (通过线下方式公开) as website or new-media posts; a Party committee's
专题学习 of a congress's spirit as law study; the study sessions of every Party organisation summed (各基层党组织…理论学习
中心组研讨) as one study group's. Measured over every excerpt; blind126, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_court_named_by_its_place_owns_its_caseload(checkout_rules) -> None:
    text = "2023年，江城法院受理行政诉讼案件120件，审结110件。"
    assert named(text, 2023, checkout_rules) == {"120": "court_admin_cases_received",
                                                 "110": "court_admin_cases_concluded"}


def test_a_suit_brought_to_a_court_stays_the_governments(checkout_rules) -> None:
    text = "2023年，全县行政机关作为被告向法院应诉的行政诉讼案件12件。"
    assert named(text, 2023, checkout_rules)["12"] == "litigation_cases"


def test_a_share_within_the_time_limit_is_no_conclusion_rate(checkout_rules) -> None:
    text = "2023年，江城法院审结行政诉讼案件110件，法定审限内结案率100%。"
    assert named(text, 2023, checkout_rules)["100"] == ""


def test_the_offline_channel_is_neither_the_website_nor_the_new_media(checkout_rules) -> None:
    text = ("2023年，本局主动公开政府信息1200条，其中通过政府网站公开300条，通过政务新媒体公开860条，"
            "通过线下方式公开信息40条。")
    assert named(text, 2023, checkout_rules)["40"] == ""


def test_study_of_a_congress_spirit_is_no_law_study(checkout_rules) -> None:
    text = "2023年，召开局党委会专题学习党的二十大及相关会议精神6次。"
    assert named(text, 2023, checkout_rules)["6"] == ""


def test_law_study_at_the_party_committee_stays_named(checkout_rules) -> None:
    text = "2023年，召开局党委会专题学习习近平法治思想6次。"
    assert named(text, 2023, checkout_rules)["6"] == "leadership_law_study_sessions"


def test_every_party_organisations_study_sessions_summed(checkout_rules) -> None:
    text = "2024年，各基层党组织开展第一议题学习35次、理论学习中心组研讨13次。"
    assert named(text, 2024, checkout_rules)["13"] == ""
