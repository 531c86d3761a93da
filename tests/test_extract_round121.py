"""Round 121 (#17): what blind113 showed that recurs in any report.

Named: a sector's licensing between 受理 and its noun (受理卫生行政许可申请) and licences counted as certificates handed
out (发放《卫生许可证》); enforcement staff's 法治培训; a list named as its powers' and duties' lists; 受教育人数 for a
publicity's audience; an exam's 参与率, also first of rates that share one number, whose list no longer splits at the
与 of 参与. Dated: a year written without 年 before 以来 (2010以来) opens a span up to now, not the figure's year.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_sectors_licensing_and_the_certificates_handed_out(checkout_rules) -> None:
    text = "全年共受理食品行政许可申请180件，发放《食品经营许可证》172件。"
    assert named(text, 2023, checkout_rules) == {"180": "licensing_accepted", "172": "licensing_granted"}


def test_enforcement_staffs_rule_of_law_training(checkout_rules) -> None:
    text = "局里组织法治讲座，全年开展执法人员法治培训6场次。"
    assert named(text, 2023, checkout_rules)["6"] == "enforcement_training_sessions"


def test_a_list_named_as_its_powers_and_duties_lists(checkout_rules) -> None:
    text = "梳理行政权力清单和责任清单856项，在门户网站公开。"
    assert named(text, 2023, checkout_rules)["856"] == "power_list_items"


def test_the_audience_counted_as_those_educated(checkout_rules) -> None:
    text = "全年开展法治宣传活动120场，受教育人数达3万人。"
    assert named(text, 2023, checkout_rules)["3"] == "publicity_audience"
    text = "全年开展法治宣传活动120场，受教育人数达5万人次。"
    assert named(text, 2023, checkout_rules)["5"] == "publicity_audience_attendance"


def test_an_exams_participation_rate_shared_with_another_rate(checkout_rules) -> None:
    text = "组织全体干部参加学法用法考试，参与率、合格率均达100%。"
    assert named(text, 2023, checkout_rules)["100"] == "law_exam_participation_rate_stated"
    text = "组织全体干部参加学法用法考试，参与率与优秀率均为98%。"
    assert named(text, 2023, checkout_rules)["98"] == "law_exam_participation_rate_stated"


def test_a_year_without_its_character_opens_a_span_to_now(checkout_rules) -> None:
    text = "2012以来，全县共开展法治宣传活动300余场次，受教育人数8万余人。"
    assert named(text, 2016, checkout_rules) == {"300": "", "8": ""}
