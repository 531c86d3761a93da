"""Values of the synthetic corpus for counts that stand alone, and for the parts drawn after their totals.

`corpus_values.metric_values` calls these after its own generators, in this order, so that the seeded draws stay
those the benchmarks were measured on, and so that the parts here can be drawn within totals already drawn
(messages answered within those received, the State Council's cases within the nation's concluded ones, kinds of
published information within all of it), as the catalog's consistency rules ask.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# counts that are no part of another metric: (low, high) before the county's size scales them
RANGED_COUNTS = {
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
STATED_RATES = ("public_messages_reply_rate_stated", "court_admin_cases_received_growth_stated",
                "court_admin_cases_received_decline_stated", "court_admin_cases_concluded_growth_stated")
# counts of metrics grown after the benchmarks were measured (rounds 13, 14 and 16), drawn last
GROWN_LAST = {"publicity_audience_attendance": (500, 50000), "people_mediation_committees": (20, 1500),
              "people_mediators": (100, 5000), "enforcement_training_sessions": (0, 40),
              "village_legal_advisers": (5, 2000)}
# round 29's metrics, drawn after every earlier one so that those stay as they were
ROUND29_COUNTS = {"rule_of_law_inspections": (0, 12), "rule_of_law_reports_heard": (0, 12),
                  "rule_of_law_committee_meetings": (0, 6), "rule_of_law_research_visits": (0, 40),
                  "rule_of_law_assessed_localities": (5, 40), "rule_of_law_assessed_departments": (10, 80),
                  "legislative_contact_points": (0, 40), "pre_appointment_law_exam_takers": (0, 300),
                  "constitution_oath_takers": (0, 100), "enterprise_legal_checkups": (0, 300),
                  "enforcement_case_file_reviews": (0, 6), "joint_enforcement_actions": (0, 400),
                  "enforcement_items_listed": (100, 5000), "enforcement_exam_takers": (0, 300),
                  "dispute_screenings": (0, 2000), "hotline_requests_received": (1000, 200000),
                  "service_evaluations_received": (1000, 500000), "one_thing_cases": (0, 60000),
                  "disclosure_staff_full_time": (0, 5), "disclosure_staff_part_time": (0, 10),
                  "disclosure_online_interviews": (0, 20), "disclosure_website_posts": (100, 20000)}
ROUND29_RATES = ("enforcement_exam_pass_rate_stated", "reconsideration_litigation_rate_stated",
                 "litigation_mediation_withdrawal_rate_stated", "hotline_conclusion_rate_stated")
PROACTIVE_KINDS = ("disclosure_fiscal_items", "disclosure_policy_documents", "disclosure_key_area_items",
                   "disclosure_procurement_items")


def add_drawn_last(v: dict[str, np.ndarray], count: Callable[[int, int], np.ndarray],
               share: Callable[[np.ndarray, float, float], np.ndarray], rate: Callable[[], np.ndarray]) -> None:
    """Counts with their own ranges, stated rates in 0..100, and parts within totals drawn before."""
    for name, (lo, hi) in RANGED_COUNTS.items():
        v[name] = count(lo, hi)
    for name in STATED_RATES:
        v[name] = rate()
    v["public_messages_concluded"] = share(v["public_messages_received"], 0.7, 1.0)
    v["state_council_reconsideration_concluded"] = share(v["reconsideration_concluded"], 0.0, 0.05)
    for name in PROACTIVE_KINDS:  # each within the information published; the four together at most 80% of it
        v[name] = share(v["disclosure_proactive_items"], 0.0, 0.2)
    v["court_admin_cases_concluded"] = share(v["court_admin_cases_received"], 0.8, 1.0)
    v["court_admin_cases_carried_over"] = share(v["court_admin_cases_received"], 0.0, 0.15)
    for name, (lo, hi) in GROWN_LAST.items():  # after every earlier draw, which stay as they were
        v[name] = count(lo, hi)
    for name, (lo, hi) in ROUND29_COUNTS.items():
        v[name] = count(lo, hi)
    for name in ROUND29_RATES:
        v[name] = rate()
    summary = share(v["enforcement_penalty_cases"], 0.2, 0.6)  # the two procedures within the penalty cases
    v["enforcement_cases_summary_procedure"] = summary
    v["enforcement_cases_ordinary_procedure"] = share(v["enforcement_penalty_cases"] - summary, 0.8, 1.0)
    v["people_mediation_succeeded"] = share(v["people_mediation_disputes"], 0.9, 1.0)
    v["hotline_requests_concluded"] = share(v["hotline_requests_received"], 0.9, 1.0)


# people, bodies, study, training and publicity: counts that stand alone, drawn in 0..200
PEOPLE_AND_BODY_COUNTS = (
    "leadership_law_study_sessions", "party_rule_of_law_meetings", "law_trainees", "publicity_school_events",
    "publicity_slogans", "public_consultations", "public_messages_received", "legal_adviser_cases_represented",
    "rule_of_law_inspectors", "rule_of_law_instructions", "legal_adviser_localities", "villages_with_legal_advisers",
    "legal_service_stations",
)


def add_people_and_bodies(v: dict[str, np.ndarray], count: Callable[[int, int], np.ndarray]) -> None:
    """Counts of people, bodies, study, training and publicity: none is a part of another metric."""
    for name in PEOPLE_AND_BODY_COUNTS:
        v[name] = count(0, 200)
