"""Round 109 (#17): what blind101 showed that recurs in any report.

Named: local regulations enacted worded 出台 (出台地方性法规2部), but not regulations and rules counted together; staff
who sat the enforcement exam with its date between the verb and the exam; certified officers counted before 同志持有 a
certificate titled with its province. Unnamed: study of party rules alone (《中国共产党纪律处分条例》), which is no
law study.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_regulations_enacted_worded_chutai(checkout_rules) -> None:
    assert named("全年召开常委会会议8次，出台地方性法规3部。", 2024, checkout_rules)["3"] == "local_regulations_enacted"
    read = named("出台《某市古树名木保护条例》等5部地方性法规、规章。", 2024, checkout_rules)
    assert read["5"] != "local_regulations_enacted"


def test_exam_takers_with_the_exam_date_between(checkout_rules) -> None:
    text = "开展统计执法培训3期。组织符合条件的人员4名参加9月20日组织的全省统计执法资格考试。"
    assert named(text, 2024, checkout_rules)["4"] == "enforcement_exam_takers"


def test_officers_counted_before_the_certificate_they_hold(checkout_rules) -> None:
    text = "三是目前我局有6名同志持有《云南省行政执法证》。"
    assert named(text, 2024, checkout_rules)["6"] == "enforcement_officers"
    assert named("目前我局共有执法人员43名。", 2024, checkout_rules)["43"] == ""


def test_party_rules_studied_alone_are_no_law_study(checkout_rules) -> None:
    text = "全年开展理论学习中心组学习共40次，专题学习《中国共产党纪律处分条例》6次。"
    assert named(text, 2024, checkout_rules)["6"] == ""
    text = "区委常委会专题学习习近平法治思想、宪法法律及相关党内法规等共18次。"
    assert named(text, 2024, checkout_rules)["18"] == "leadership_law_study_sessions"
