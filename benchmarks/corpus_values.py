"""The values of a synthetic corpus: one generator per catalog metric, consistent with the catalog's rules.

`make_corpus.py` writes them into reports; they live here because the vocabulary grew for #17 to about
270 metrics, each needing a plausible value. A metric without a generator stops the corpus with its id,
so a metric added to the catalog is added here as well (parts no larger than their whole, breakdowns
that sum to no more than their total, rates in 0..100).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from corpus_standalone import add_drawn_last, add_people_and_bodies


def metric_values(metric_ids: list[str], shape: tuple[int, int], rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Plausible values per metric, shape (jurisdictions, years + 1), consistent with the catalog rules.

    Column 0 is the year before the first report year (restated by the first report).
    """
    n, y = shape
    size = rng.lognormal(0.0, 0.35, size=(n, 1))  # a county's size scales its counts
    trend = np.linspace(0.0, 1.0, y)[None, :]

    def count(lo: int, hi: int) -> np.ndarray:
        return np.maximum(0, np.round(rng.uniform(lo, hi, size=(n, y)) * size)).astype(np.int64)

    def share(items: np.ndarray, lo: float, hi: float) -> np.ndarray:
        # shares grow over the years, as reforms progress
        low = lo + (hi - lo) * 0.6 * trend
        return np.floor(items * np.clip(rng.uniform(low, hi, size=(n, y)), 0, 1)).astype(np.int64)

    def rate() -> np.ndarray:  # a stated rate, share or change in 0..100
        return np.round(rng.uniform(0, 100, size=(n, y)), 2)

    v: dict[str, np.ndarray] = {}
    v["power_list_departments"] = rng.integers(25, 46, size=(n, y))
    v["power_list_departments_adjusted"] = share(v["power_list_departments"], 0.05, 0.4)
    v["power_list_items"] = count(3000, 8000)
    for name in ("power_list_items_added", "power_list_items_removed", "power_list_items_optimized"):
        v[name] = count(0, 60)
    v["licensing_items"] = count(300, 700) + 1
    v["licensing_items_before"] = v["licensing_items"] + count(0, 300)  # a cut's before-value: never below the after
    v["public_service_items"] = count(200, 500)
    v["service_items_total"] = v["licensing_items"] + v["public_service_items"]
    v["online_full_process_items"] = share(v["licensing_items"], 0.3, 0.98)
    v["max_one_visit_items"] = share(v["licensing_items"], 0.5, 0.99)
    v["zero_visit_items"] = share(v["max_one_visit_items"], 0.05, 0.5)
    for items, stated in (("online_full_process_items", "online_full_process_rate_stated"),
                          ("max_one_visit_items", "max_one_visit_rate_stated"), ("zero_visit_items", "zero_visit_rate_stated")):
        v[stated] = np.round(100.0 * v[items] / v["licensing_items"], 2)
    v["multi_cert_licenses_enterprises"] = count(100, 3000)
    v["business_startup_days_before"] = rng.integers(15, 31, size=(n, y))
    v["business_startup_days_after"] = np.maximum(1, v["business_startup_days_before"] - rng.integers(5, 15, size=(n, y)))
    v["business_registration_days_before"] = rng.integers(5, 11, size=(n, y))
    v["business_registration_days_after"] = np.minimum(v["business_startup_days_after"],
                                                       np.maximum(1, v["business_registration_days_before"] - 2))
    v["enterprise_info_units"] = count(10, 60)
    v["random_inspection_items"] = count(100, 400)
    v["random_inspections"] = count(50, 300)
    v["random_inspection_enterprises"] = count(500, 5000)
    parts = ("normative_docs_to_abolish", "normative_docs_to_amend", "normative_docs_to_invalidate", "normative_docs_to_retain")
    for name in parts:
        v[name] = count(5, 100)
    v["normative_docs_reviewed"] = sum(v[p] for p in parts)
    v["student_aid_min"] = rng.integers(1, 6, size=(n, y)) * 100
    v["student_aid_max"] = rng.integers(10, 31, size=(n, y)) * 100
    v["ecological_forest_area_added"] = np.round(rng.uniform(0.5, 9.9, size=(n, y)), 1)
    v["instant_service_minutes"] = rng.integers(1, 7, size=(n, y)) * 5
    v["items_delegated_to_townships"] = count(50, 300)
    v["enforcement_officers_cleared"] = count(0, 100)
    v["enforcement_training_participants"] = count(100, 2000)
    outcomes = ("reconsideration_upheld", "reconsideration_withdrawn", "reconsideration_revoked", "reconsideration_dismissed",
                "reconsideration_partly_withdrawn", "reconsideration_under_review", "reconsideration_changed",
                "reconsideration_confirmed_illegal", "reconsideration_ordered_to_perform")
    for name, hi in zip(outcomes, (20, 6, 6, 4, 2, 3, 2, 2, 2), strict=True):
        v[name] = count(0, hi)
    v["reconsideration_cases"] = sum(v[o] for o in outcomes) + 1
    v["reconsideration_upheld"] = v["reconsideration_upheld"] + 1
    v["normative_docs_filed_with_congress"] = count(0, 20)
    v["online_availability_rate_stated"] = np.round(np.clip(v["online_full_process_rate_stated"]
                                                         + rng.uniform(0, 20, size=(n, y)), 0, 100), 2)
    v["proof_items_removed"] = count(0, 80)
    v["litigation_cases"] = count(10, 150)
    v["litigation_appearance_rate_stated"] = np.round(rng.uniform(40, 100, size=(n, y)), 2)
    v["legal_adviser_coverage_rate_stated"] = np.round(rng.uniform(80, 100, size=(n, y)), 2)
    # the metric vocabulary of the standard areas (#17): parts no larger than their whole, rates in 0..100
    v["reconsideration_accepted"] = share(v["reconsideration_cases"], 0.7, 1.0)
    v["reconsideration_not_accepted"] = v["reconsideration_cases"] - v["reconsideration_accepted"]
    v["reconsideration_concluded"] = share(v["reconsideration_accepted"], 0.8, 1.0)
    for name in ("reconsideration_terminated", "reconsideration_corrected", "reconsideration_mediated"):
        v[name] = share(v["reconsideration_concluded"], 0.0, 0.2)
    v["litigation_concluded"] = share(v["litigation_cases"], 0.7, 1.0)
    v["litigation_lost"] = share(v["litigation_concluded"], 0.0, 0.15)
    v["litigation_appearances"] = share(v["litigation_cases"], 0.4, 1.0)
    for name in ("reconsideration_correction_rate_stated", "reconsideration_mediation_rate_stated",
                 "reconsideration_acceptance_rate_stated", "reconsideration_conclusion_rate_stated",
                 "litigation_loss_rate_stated", "litigation_conclusion_rate_stated", "licensing_items_cut_rate_stated",
                 "materials_cut_rate_stated", "time_limit_cut_rate_stated", "instant_items_rate_stated"):
        v[name] = np.round(rng.uniform(0, 100, size=(n, y)), 2)
    v["government_service_items"] = v["service_items_total"]
    v["licensing_applications"] = count(1000, 30000)
    v["licensing_granted"] = share(v["licensing_applications"], 0.9, 1.0)
    v["licensing_refused"] = v["licensing_applications"] - v["licensing_granted"]
    v["enforcement_fines"] = np.round(rng.uniform(50, 3000, size=(n, y)), 2)
    for name, hi in (("licensing_items_removed", 30), ("instant_items", 300), ("intermediary_service_items", 80),
                     ("fees_removed", 30), ("normative_docs_issued", 30), ("normative_docs_published", 30),
                     ("normative_docs_filed", 30), ("normative_docs_legality_reviewed", 60),
                     ("normative_docs_abolished", 40), ("normative_docs_amended", 30), ("normative_docs_retained", 200),
                     ("normative_docs_invalidated", 20), ("major_decisions_reviewed", 30), ("contracts_reviewed", 200),
                     ("enforcement_penalty_cases", 5000), ("enforcement_officers", 1500),
                     ("executive_law_study_sessions", 24), ("law_lectures", 12), ("publicity_events", 400),
                     ("disclosure_requests", 200)):
        v[name] = count(0, hi)
    v["disclosure_requests_answered"] = share(v["disclosure_requests"], 0.9, 1.0)
    add_breakdowns(v, count, share, rate, rng)
    add_people_and_bodies(v, count)
    add_drawn_last(v, count, share, rate)
    missing = set(metric_ids) - set(v)
    if missing:
        raise SystemExit(f"make_corpus: no value generator for metric(s) {', '.join(sorted(missing))}")
    return v


RESPONDENTS = ("government", "departments", "lower_governments", "lower_departments", "townships")
AREAS = ("natural_resources", "public_security", "market_regulation", "human_resources", "housing", "ecology")
KINDS = ("penalties", "coercion", "levies", "licensing", "disclosure", "complaints", "inaction", "work_injury", "compensation")
PENALTIES = ("warnings", "fines_imposed", "confiscations", "licence_suspensions", "licence_revocations",
             "business_restrictions", "closures", "detentions", "other")
CHANGED = ("reconsideration_cases", "reconsideration_handled", "reconsideration_accepted", "reconsideration_concluded",
           "litigation_cases", "enforcement_penalty_cases", "licensing_applications", "licensing_concluded",
           "enforcement_fines", "disclosure_requests", "legal_aid_cases", "people_mediation_disputes", "petitions_received")
STANDALONE_RATES = ("reconsideration_finality_rate_stated", "online_completion_rate_stated", "online_application_rate_stated",
                    "actual_speedup_rate_stated", "service_satisfaction_rate_stated", "service_evaluation_rate_stated",
                    "law_exam_pass_rate_stated", "suggestions_reply_rate_stated", "mediation_success_rate_stated",
                    "law_exam_participation_rate_stated", "enforcement_certification_rate_stated",
                    "normative_docs_filing_rate_stated", "service_ontime_rate_stated",
                    "enforcement_legal_review_rate_stated", "enforcement_publicity_rate_stated", "litigation_win_rate_stated",
                    "litigation_loss_rate_decline_points", "litigation_loss_rate_growth_points",
                    "litigation_appearance_rate_growth_points", "litigation_appearance_rate_decline_points",
                    "reconsideration_correction_rate_decline_points", "reconsideration_correction_rate_growth_points")
STANDALONE_COUNTS = ("reconsideration_applicants", "reconsideration_enterprise_cases", "reconsideration_recommendations",
                     "reconsideration_incidental_reviews", "reconsideration_settled_before_acceptance", "one_thing_services",
                     "one_industry_permits", "electronic_licences_shared", "powers_received", "random_inspection_items_checked",
                     "rules_issued", "enforcement_inspections", "enforcement_coercion_cases", "law_exam_participants",
                     "law_training_attendance", "publicity_audience", "publicity_responsibility_units", "demonstration_units",
                     "congress_suggestions_handled", "cppcc_proposals_handled", "legal_advisers", "legal_opinions_issued",
                     "major_decisions_deliberated", "regulation_drafts_submitted", "people_mediation_disputes", "legal_aid_cases",
                     "petitions_received", "disclosure_proactive_items", "press_conferences", "publicity_materials",
                     "legal_service_platforms", "rule_of_law_culture_sites", "enforcement_certificates",
                     "enforcement_case_files_reviewed", "enforcement_bodies", "hearing_observations", "hearing_observers",
                     "service_cases_accepted", "enforcement_supervision_inspections", "legal_understanding_persons",
                     "demonstration_villages", "legal_consultations", "notarizations", "rule_of_law_meetings",
                     "disclosure_reconsideration_cases", "disclosure_litigation_cases",
                     "rule_of_law_inspected_departments", "rule_of_law_inspected_localities",
                     "intermediary_service_items_removed", "central_group_law_study_sessions", "legality_reviews",
                     "disclosure_new_media_posts", "normative_docs_in_force", "rules_abolished")
OUTCOME_SHARES = ("upheld", "withdrawn", "dismissed", "revoked", "confirmed_illegal", "changed", "ordered_to_perform",
                  "terminated", "not_accepted")


def add_breakdowns(v: dict[str, np.ndarray], count: Callable[[int, int], np.ndarray],
                   share: Callable[[np.ndarray, float, float], np.ndarray], rate: Callable[[], np.ndarray],
                   rng: np.random.Generator) -> None:
    """The metrics the vocabulary of #17 added: breakdowns that sum to no more than their total, parts
    no larger than their whole, stated shares, changes and rates in 0..100."""
    shape = v["reconsideration_cases"].shape
    cases = v["reconsideration_cases"]
    for group, names in (("against", RESPONDENTS), ("on", KINDS), ("in", AREAS)):
        left = cases.copy()
        for name in names:  # parts of the cases received, never more than what is left
            v[f"reconsideration_{group}_{name}"] = part = share(left, 0.0, 0.4)
            left = left - part
            v[f"reconsideration_{group}_{name}_share_stated"] = np.round(100.0 * part / np.maximum(cases, 1), 2)
    for name in OUTCOME_SHARES:
        v[f"reconsideration_{name}_share_stated"] = rate()
    penalties = [share(v["enforcement_penalty_cases"], 0.0, 0.3) for _ in PENALTIES]
    for name, part in zip(PENALTIES, penalties, strict=True):
        v[f"enforcement_penalty_{name}"] = part
    v["enforcement_penalty_cases"] = sum(penalties)
    v["reconsideration_carried_over"] = count(0, 10)
    v["reconsideration_handled"] = cases + v["reconsideration_carried_over"]
    v["reconsideration_cases_increase"] = count(0, 20)
    v["licensing_accepted"] = share(v["licensing_applications"], 0.9, 1.0)
    v["licensing_concluded"] = share(v["licensing_accepted"], 0.9, 1.0)
    v["licensing_revoked"] = share(v["licensing_granted"], 0.0, 0.01)
    v["litigation_second_instance_cases"] = count(0, 60)
    v["litigation_second_instance_concluded"] = share(v["litigation_second_instance_cases"], 0.7, 1.0)
    v["litigation_won"] = v["litigation_concluded"] - v["litigation_lost"]
    v["disclosure_requests_carried_over"] = count(0, 5)
    v["disclosure_requests_concluded"] = share(v["disclosure_requests"], 0.8, 1.0)
    left = v["disclosure_requests_concluded"].copy()
    for name in ("disclosure_granted", "disclosure_partly_granted", "disclosure_refused", "disclosure_not_held"):
        v[name] = part = share(left, 0.0, 0.5)
        left = left - part
    v["disclosure_carried_forward"] = v["disclosure_requests"] - v["disclosure_requests_concluded"]
    v["construction_approval_days"] = np.round(rng.uniform(40, 120, size=shape), 0)
    v["average_processing_days"] = np.round(rng.uniform(0.5, 10, size=shape), 2)
    v["average_promised_days"] = np.round(rng.uniform(2, 15, size=shape), 1)
    for base in CHANGED:
        v[f"{base}_growth_stated"], v[f"{base}_decline_stated"] = rate(), rate()
    for name in STANDALONE_RATES:
        v[name] = rate()
    for name in STANDALONE_COUNTS:
        v[name] = count(0, 200)
    v["disclosure_interpretations"] = share(v["disclosure_proactive_items"], 0.0, 0.3)  # a part of them (at_most)
    # service reform, documents, cases: parts within their whole, rates in 0..100
    for name in ("service_items_onsite_rate_stated", "one_window_rate_stated", "rule_of_law_tasks_completion_rate_stated",
                 "normative_docs_review_rate_stated", "disclosure_conclusion_rate_stated",
                 "reconsideration_resolution_rate_stated", "reconsideration_resolution_rate_growth_points",
                 "power_items_cut_rate_stated", "inspection_rectification_rate_stated"):
        v[name] = rate()
    for name, (lo, hi) in {"service_hall_departments": (15, 45), "approval_steps_cut": (0, 60), "processing_days_cut": (0, 900),
                           "items_delegated": (0, 80), "non_licensing_items_removed": (0, 60), "mobile_service_items": (50, 600),
                           "online_service_items": (300, 1500), "cross_province_items": (0, 250), "cross_area_items": (0, 350),
                           "rule_of_law_tasks": (10, 300), "rule_of_law_practical_projects": (3, 25),
                           "rule_of_law_measures": (5, 80), "rule_of_law_issues_resolved": (0, 15), "inspection_issues": (0, 120),
                           "concentrated_penalty_powers": (100, 1500), "normative_docs_cleanups": (0, 4),
                           "rules_in_force": (0, 40), "rules_amended": (0, 5), "licensing_decisions": (0, 3000),
                           "administrative_fees_collected": (0, 500)}.items():
        v[name] = count(lo, hi)
    v["power_items_before"] = v["power_list_items"] + count(0, 3000)  # a cut's before-value: never below the after
    v["average_promised_days_before"] = v["average_promised_days"] + np.round(rng.uniform(0, 10, size=shape), 1)
    v["construction_approval_days_before"] = v["construction_approval_days"] + np.round(rng.uniform(0, 150, size=shape), 0)
    v["service_cases_concluded"] = share(v["service_cases_accepted"], 0.95, 1.0)
    v["service_conclusion_rate_stated"] = rate()
    v["rule_of_law_tasks_completed"] = share(v["rule_of_law_tasks"], 0.7, 1.0)
    v["disclosure_requests_online"] = share(v["disclosure_requests"], 0.3, 0.9)
    v["disclosure_requests_offline"] = v["disclosure_requests"] - v["disclosure_requests_online"]
    left = v["disclosure_proactive_items"].copy()
    for name in ("disclosure_news_items", "disclosure_government_updates", "disclosure_department_updates",
                 "disclosure_township_updates", "disclosure_notices", "disclosure_overview_items"):
        v[name] = part = share(left, 0.0, 0.15)  # kinds of the information published, within it
        left = left - part
    v["litigation_withdrawn"] = share(v["litigation_won"], 0.0, 0.2)
    v["litigation_won"] = v["litigation_won"] - v["litigation_withdrawn"]
