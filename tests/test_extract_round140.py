"""Round 140 (#17): what blind130 showed that recurs in any report.

Named: service cases a report calls 业务 rather than 办件: a 通办 service's (全市域通办业务731宗), a one-thing service's
(“一件事一次办”业务898宗) and those handled online (网上业务量14164宗), as cross_area_cases, one_thing_cases and
online_service_cases read 通办办件, 一件事…办件 and 网上办件量. Measured over every excerpt; blind131, never tuned on,
held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

HALL = "2025年，街道便民服务大厅共办理业务19793宗，网上业务量1416宗，全市域通办业务73宗，“一件事一次办”业务89宗。"


def test_service_cases_called_business_take_their_services_metrics(checkout_rules) -> None:
    assert named(HALL, 2025, checkout_rules) == {
        "19793": "", "1416": "online_service_cases", "73": "cross_area_cases", "89": "one_thing_cases"}


def test_business_of_no_service_named_stays_unnamed(checkout_rules) -> None:
    """Guard: 业务 alone names no service: the hall's own total keeps no metric here, as above, and neither does a
    bureau's business without a 通办 or one-thing service."""
    assert named("2025年，局机关共办理各类业务320宗。", 2025, checkout_rules) == {"320": ""}
