"""Values of the synthetic corpus for the metrics round 7 (issue #17) added to the catalog.

`corpus_values.metric_values` calls `add_round7` last, so that the parts here can be drawn within totals it has
already drawn (messages answered within those received, the State Council's cases within the nation's
concluded ones, kinds of published information within all of it), as the catalog's consistency rules ask.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# counts that are no part of another metric: (low, high) before the county's size scales them
ROUND7_COUNTS = {
    "department_law_study_sessions": (10, 300), "central_group_study_sessions": (6, 30), "law_exam_sessions": (0, 6),
    "onsite_law_report_persons": (5, 80), "written_law_report_persons": (20, 400), "law_report_units": (5, 60),
    "inspection_teams": (0, 8), "demonstration_areas_named": (0, 6), "demonstration_projects_named": (0, 12),
    "demonstration_recommended": (0, 5), "government_gazette_issues": (0, 12), "court_admin_cases_received": (200, 3000),
    "litigation_carried_over": (0, 40), "cross_area_cases": (0, 5000), "online_service_cases": (1000, 50000),
    "service_centre_branches": (0, 10), "commitment_items": (0, 120), "three_fixed_plans_departments": (0, 40),
    "departments_with_legal_advisers": (10, 50), "legal_adviser_fees": (0, 30), "local_regulations_enacted": (0, 5),
    "study_seminars": (0, 12), "study_articles": (0, 60), "model_cases_selected": (0, 5), "no_certificate_items": (0, 300),
    "laws_studied": (2, 40), "public_legal_services": (500, 20000),
    "service_platform_users": (10000, 500000),
}
ROUND7_RATES = ("public_messages_reply_rate_stated", "court_admin_cases_received_growth_stated",
                "court_admin_cases_received_decline_stated", "court_admin_cases_concluded_growth_stated")
PROACTIVE_KINDS = ("disclosure_fiscal_items", "disclosure_policy_documents", "disclosure_key_area_items",
                   "disclosure_procurement_items")


def add_round7(v: dict[str, np.ndarray], count: Callable[[int, int], np.ndarray],
               share: Callable[[np.ndarray, float, float], np.ndarray], rate: Callable[[], np.ndarray]) -> None:
    """Round 7's metrics: standalone counts, stated rates in 0..100, and parts within their totals."""
    for name, (lo, hi) in ROUND7_COUNTS.items():
        v[name] = count(lo, hi)
    for name in ROUND7_RATES:
        v[name] = rate()
    v["public_messages_concluded"] = share(v["public_messages_received"], 0.7, 1.0)
    v["state_council_reconsideration_concluded"] = share(v["reconsideration_concluded"], 0.0, 0.05)
    for name in PROACTIVE_KINDS:  # each within the information published; the four together at most 80% of it
        v[name] = share(v["disclosure_proactive_items"], 0.0, 0.2)
    v["court_admin_cases_concluded"] = share(v["court_admin_cases_received"], 0.8, 1.0)
    v["court_admin_cases_carried_over"] = share(v["court_admin_cases_received"], 0.0, 0.15)
