"""A synthetic national corpus in the raw format, for benchmarks and batch runs. Never real data.

`python benchmarks/make_corpus.py --jurisdictions 2850 --years 10 --seed 7 --out /tmp/fazhi-corpus`
writes `<out>/data/raw/{catalog,reports,figures}` (so that `INDICATORS_ROOT=<out>` points every
command and notebook at it) and `<out>/SYNTHETIC.md`. The catalogs are copied from the project's
`data/raw/catalog` except `jurisdictions.csv`, which lists only made-up jurisdictions: real province
prefixes (so that provincial targets apply) under names that say they are synthetic
("合成县0001（合成）", "Synthetic county 0001"); every report's metadata says so in `source` and
its title. Each report states every metric the analysis reads (indicator terms and stated values,
targets, consistency rules: about 90, like a real report's few dozen figures; `--every-metric` states all
of the catalog's, four times as many since the extraction vocabulary grew) for its year, those of one
dimension restated for the year before, in sentences whose text is the figure's quote, verbatim; values obey the catalog's
consistency rules, so a build accepts the corpus. The output is a pure function of the arguments.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "data" / "raw" / "catalog"
# real two-digit province prefixes of GB/T 2260; Guangdong first so that a small corpus meets its targets
PROVINCES = ("44", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
             "41", "42", "43", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")
COUNTIES_PER_PREFECTURE = 12
FIGURE_COLUMNS = ["metric_id", "period", "value", "unit", "qualifier", "quote", "note"]
# metrics also restated for the previous year: a whole dimension, so that every consistency rule
# of a restated period finds all its parts
RESTATED_DIMENSION = "functions"
FILLER = (
    "{name}坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政,加快建设法治政府",
    "全面落实党政主要负责人履行推进法治建设第一责任人职责,将法治政府建设纳入年度绩效考核",
    "健全重大行政决策程序,严格落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定",
    "深化“放管服”改革,持续优化营商环境,推动政务服务事项标准化、规范化、便利化",
    "加强行政执法队伍建设,全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度",
    "完善矛盾纠纷多元化解机制,推进行政复议规范化建设,依法支持人民法院受理和审理行政案件",
    "自觉接受人大法律监督、政协民主监督,认真办理人大代表建议和政协委员提案",
    "组织开展“谁执法谁普法”普法责任制落实工作,营造办事依法、遇事找法、解决问题用法的良好氛围",
)


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name_zh: str
    name_en: str
    level: str
    parent_code: str
    province_code: str


def jurisdictions(count: int) -> list[Jurisdiction]:
    """Provinces, prefectures and `count` counties with real-looking codes and synthetic names."""
    counties: list[Jurisdiction] = []
    parents: dict[str, Jurisdiction] = {}
    for i in range(count):
        province = PROVINCES[i % len(PROVINCES)]
        slot = i // len(PROVINCES)
        prefecture = f"{province}{71 + slot // COUNTIES_PER_PREFECTURE:02d}00"
        code = f"{prefecture[:4]}{1 + slot % COUNTIES_PER_PREFECTURE:02d}"
        parents.setdefault(province, Jurisdiction(f"{province}0000", f"合成省{province}（合成）",
                                                  f"Synthetic province {province}", "province", "", f"{province}0000"))
        parents.setdefault(prefecture, Jurisdiction(prefecture, f"合成市{prefecture[:4]}（合成）",
                                                    f"Synthetic prefecture {prefecture[:4]}", "prefecture",
                                                    f"{province}0000", f"{province}0000"))
        counties.append(Jurisdiction(code, f"合成县{i + 1:04d}（合成）", f"Synthetic county {i + 1:04d}", "county",
                                     prefecture, f"{province}0000"))
    return sorted(parents.values(), key=lambda j: j.code) + counties


def report_years(years: int) -> list[int]:
    """`years` consecutive years that always include 2017, the year of the bundled report and its targets."""
    first = 2017 - (years - 1) // 2
    return list(range(first, first + years))


def read_catalog(name: str) -> list[dict[str, str]]:
    with open(CATALOG / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


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

    v: dict[str, np.ndarray] = {}
    v["power_list_departments"] = rng.integers(25, 46, size=(n, y))
    v["power_list_departments_adjusted"] = share(v["power_list_departments"], 0.05, 0.4)
    v["power_list_items"] = count(3000, 8000)
    for name in ("power_list_items_added", "power_list_items_removed", "power_list_items_optimized"):
        v[name] = count(0, 60)
    v["licensing_items"] = count(300, 700) + 1
    v["public_service_items"] = count(200, 500)
    v["service_items_total"] = v["licensing_items"] + v["public_service_items"]
    v["online_full_process_items"] = share(v["licensing_items"], 0.3, 0.98)
    v["max_one_visit_items"] = share(v["licensing_items"], 0.5, 0.99)
    v["zero_visit_items"] = share(v["max_one_visit_items"], 0.05, 0.5)
    for items, rate in (("online_full_process_items", "online_full_process_rate_stated"),
                        ("max_one_visit_items", "max_one_visit_rate_stated"), ("zero_visit_items", "zero_visit_rate_stated")):
        v[rate] = np.round(100.0 * v[items] / v["licensing_items"], 2)
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
    add_breakdowns(v, count, share, rng)
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
                     "rule_of_law_inspected_departments", "rule_of_law_inspected_localities")
OUTCOME_SHARES = ("upheld", "withdrawn", "dismissed", "revoked", "confirmed_illegal", "changed", "ordered_to_perform",
                  "terminated", "not_accepted")


def add_breakdowns(v: dict[str, np.ndarray], count: Callable[[int, int], np.ndarray],
                   share: Callable[[np.ndarray, float, float], np.ndarray], rng: np.random.Generator) -> None:
    """The metrics the vocabulary of #17 added: breakdowns that sum to no more than their total, parts
    no larger than their whole, stated shares, changes and rates in 0..100."""
    shape = v["reconsideration_cases"].shape

    def rate() -> np.ndarray:
        return np.round(rng.uniform(0, 100, size=shape), 2)

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


def value_text(value: float, unit_kind: str) -> str:
    """The value as a report writes it: whole numbers without decimals, rates with two, areas with one."""
    if unit_kind == "percent":
        return f"{value:.2f}"
    if unit_kind == "area":
        return f"{value:.1f}"
    return str(int(value))


def short_name(name_zh: str) -> str:
    return re.sub(r"（[^）]*）", "", name_zh)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def yaml_value(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def make_corpus(out: Path, n_jurisdictions: int, n_years: int, seed: int, every_metric: bool = False) -> dict[str, int]:
    """Write the corpus under `out`; returns counts of reports, figures and text bytes."""
    out = Path(out).resolve()
    if out == ROOT or ROOT / "data" in out.parents or out == ROOT / "data":
        raise SystemExit(f"make_corpus: refusing to write into the project's data folder ({out})")
    raw = out / "data" / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    for folder in ("catalog", "reports", "figures"):
        (raw / folder).mkdir(parents=True)
    for path in sorted(CATALOG.glob("*.csv")):
        if path.name != "jurisdictions.csv":
            shutil.copyfile(path, raw / "catalog" / path.name)
    places = jurisdictions(n_jurisdictions)
    write_csv(raw / "catalog" / "jurisdictions.csv", ["jurisdiction_code", "name_zh", "name_en", "level", "parent_code",
                                                      "province_code"],
              [[j.code, j.name_zh, j.name_en, j.level, j.parent_code, j.province_code] for j in places])
    counties = [j for j in places if j.level == "county"]
    metrics = read_catalog("metrics")
    units = {row["unit"]: row["kind"] for row in read_catalog("units")}
    headings = {row["dimension_id"]: row["outline_heading_zh"] for row in read_catalog("dimensions")}
    years = report_years(n_years)
    rng = np.random.default_rng(seed)
    values = metric_values([m["metric_id"] for m in metrics], (len(counties), len(years) + 1), rng)
    texts = {m["metric_id"]: {} for m in metrics}
    for m in metrics:
        kind = units[m["unit"]]
        texts[m["metric_id"]] = np.vectorize(lambda x, k=kind: value_text(x, k), otypes=[object])(values[m["metric_id"]])
    numerals = "一二三四五六七八九十"
    # values are drawn for every metric (parts follow their totals), but reports state only these
    analysed = analysed_metric_ids()
    stated = [m for m in metrics if every_metric or m["metric_id"] in analysed]
    figures_total = text_bytes = 0
    for ji, place in enumerate(counties):
        for yi, year in enumerate(years, start=1):
            report_id = f"{place.code}-{year}"
            rows: list[list[str]] = []
            lines = [f"{place.name_zh}人民政府关于{year}年度法治政府建设情况的报告（合成数据）", "",
                     f"本报告为基准测试生成的合成数据,并非真实报告。{FILLER[0].format(name=place.name_zh)}。"]
            for d, (dimension, heading) in enumerate(headings.items()):
                sentences = [FILLER[1 + (d + ji + yi) % (len(FILLER) - 1)]]
                for m in stated:
                    if m["dimension_id"] != dimension:
                        continue
                    metric_id, name = m["metric_id"], short_name(m["name_zh"])
                    current = texts[metric_id][ji, yi]
                    quote = f"{year}年{name}为{current}{m['unit']}"
                    sentences.append(quote)
                    rows.append([metric_id, str(year), current, m["unit"], "", quote, "synthetic"])
                    if dimension == RESTATED_DIMENSION:
                        before = texts[metric_id][ji, yi - 1]
                        quote = f"上年同期({year - 1}年){name}为{before}{m['unit']}"
                        sentences.append(quote)
                        rows.append([metric_id, str(year - 1), before, m["unit"], "", quote, "synthetic, restated"])
                lines += ["", f"{numerals[d]}、{heading}", "", "。".join(sentences) + "。"]
            lines += ["", f"{place.name_zh}人民政府", f"{year}年12月28日", ""]
            data = "\n".join(lines).encode("utf-8")
            (raw / "reports" / f"{report_id}.txt").write_bytes(data)
            meta = {
                "report_id": report_id, "jurisdiction_code": place.code, "jurisdiction_name": place.name_zh,
                "report_year": str(year), "title": f"{place.name_zh}人民政府关于{year}年度法治政府建设情况的报告（合成数据）",
                "issuer": f"{place.name_zh}人民政府", "signed_date": f"{year}-12-28", "published_date": f"{year + 1}-01-05",
                "text_file": f"{report_id}.txt", "encoding": "utf-8", "sha256": hashlib.sha256(data).hexdigest(),
                "source": f"SYNTHETIC: generated by benchmarks/make_corpus.py --seed {seed}; not a real report",
            }
            (raw / "reports" / f"{report_id}.meta.yml").write_text(
                "# Synthetic benchmark report: not real data.\n"
                + "".join(f"{k}: {yaml_value(v)}\n" for k, v in meta.items()), encoding="utf-8")
            write_csv(raw / "figures" / f"{report_id}.csv", FIGURE_COLUMNS, rows)
            figures_total += len(rows)
            text_bytes += len(data)
    (out / "SYNTHETIC.md").write_text(
        f"# Synthetic corpus: NOT real data\n\nGenerated by `benchmarks/make_corpus.py --jurisdictions {n_jurisdictions} "
        f"--years {n_years} --seed {seed}`. Jurisdiction codes look real; names, reports and figures are made up.\n"
        "Never copy anything from here into data/raw of the project.\n", encoding="utf-8")
    return {"jurisdictions": len(counties), "reports": len(counties) * len(years), "figures": figures_total,
            "text_bytes": text_bytes}


def analysed_metric_ids() -> set[str]:
    """The metrics some indicator, target or consistency rule reads: what the benchmarks time.

    The extraction vocabulary names many more (breakdowns, stated shares and changes); stating them all
    would make the national corpus four times the 2.2 M figures issue #19's goals were set on."""
    ids = {row["metric_id"] for row in read_catalog("indicator_terms")}
    ids |= {row["stated_metric_id"] for row in read_catalog("indicators") if row["stated_metric_id"]}
    ids |= {row["measure_id"] for row in read_catalog("targets") if row["measure_kind"] == "metric"}
    for rule in read_catalog("consistency_rules"):
        ids |= {rule["total_metric_id"], *rule["part_metric_ids"].split()}
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jurisdictions", type=int, default=2850, help="county-level jurisdictions (default 2850)")
    parser.add_argument("--years", type=int, default=10, help="report years per jurisdiction, always including 2017")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("/tmp/fazhi-corpus"), help="scratch folder (default /tmp/fazhi-corpus)")
    parser.add_argument("--every-metric", action="store_true",
                        help="state every catalog metric, not only those the analysis reads")
    args = parser.parse_args(argv)
    if args.jurisdictions < 1 or not 1 <= args.years <= 10:
        parser.error("--jurisdictions must be at least 1 and --years between 1 and 10")
    counts = make_corpus(args.out, args.jurisdictions, args.years, args.seed, args.every_metric)
    print(f"Wrote {counts['reports']} synthetic reports ({counts['figures']} figures, "
          f"{counts['text_bytes'] / 1e6:.1f} MB of text) under {args.out.resolve() / 'data' / 'raw'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
