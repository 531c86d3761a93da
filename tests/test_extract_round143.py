"""Round 143 (#17): what blind132 showed that recurs in any report.

Named: the enforcement qualification exam written 执法人员认证考试, its takers (2名机关干部参加执法人员认证考试) and its pass
rate after the exam in its sentence (…考试，通过率为100%), not the law exam's; the requests received written
依申请公开申请事项 (收到依申请公开申请事项6件). An enforcement licence exam's pass rate, which `test_extract_sums.py` kept
from the law exam's metric before round 29 added the enforcement exam's, now takes that metric; the staff who sat it
counted before 参加 alone (3,186人参加) too. Measured over every excerpt; blind133, never tuned on, held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_the_enforcement_exams_takers_and_pass_rate(checkout_rules) -> None:
    text = "2024年共3名机关干部参加执法人员认证考试，通过率为90%。"
    assert named(text, 2024, checkout_rules) == {
        "3": "enforcement_exam_takers", "90": "enforcement_exam_pass_rate_stated"}


def test_a_law_exams_takers_and_pass_rate_keep_theirs(checkout_rules) -> None:
    """Guard: a law knowledge exam is the law exam."""
    text = "2024年，组织全体干部参加法律知识考试，参考120人，通过率为98%。"
    assert named(text, 2024, checkout_rules) == {"120": "law_exam_participants", "98": "law_exam_pass_rate_stated"}


def test_requests_received_written_as_matters(checkout_rules) -> None:
    assert named("2024年我局收到依申请公开申请事项6件。", 2024, checkout_rules) == {"6": "disclosure_requests"}


def test_an_enforcement_licence_exams_rate_takes_its_own_metric_not_the_law_exams(checkout_rules) -> None:
    assert named("全县2023年度行政执法资格认证考试通过率98%。", 2023, checkout_rules) == {
        "98": "enforcement_exam_pass_rate_stated"}


def test_the_staff_who_sat_an_enforcement_exam_counted_before_canjia(checkout_rules) -> None:
    text = "全市共组织2次行政执法人员资格考试，3,186人参加，合格率89.6%。"
    assert named(text, 2018, checkout_rules)["3186"] == "enforcement_exam_takers"
