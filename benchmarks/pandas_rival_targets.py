"""The pandas rival's target gaps (view `target_gaps`): which target sets bind a report's jurisdiction, and what
each value shows against its target, a bound proving it one way only."""

from __future__ import annotations

import numpy as np
import pandas as pd
from pandas_rival_values import indicator_values, whole_jurisdiction


def _membership(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """(target_set, report_id, scope_status) for every set that binds or may bind a report's jurisdiction:
    the jurisdiction or an ancestor named by the set (an ancestor binds when the set says so; 'unstated'
    makes the scope ambiguous), every report for a nationwide set (no codes)."""
    j = t["jurisdictions"][["jurisdiction_code", "parent_code"]]
    step = j.assign(ancestor_code=j["jurisdiction_code"], depth=0)[["jurisdiction_code", "ancestor_code", "depth"]]
    lineage = [step]
    parents = j.rename(columns={"jurisdiction_code": "ancestor_code", "parent_code": "next_code"})
    for depth in range(1, 9):
        step = step.merge(parents, on="ancestor_code")
        step = step[step["next_code"].notna()].assign(ancestor_code=lambda f: f["next_code"], depth=depth)
        step = step[["jurisdiction_code", "ancestor_code", "depth"]]
        if step.empty:
            break
        lineage.append(step)
    lineage = pd.concat(lineage, ignore_index=True)
    sets = t["target_sets"][["target_set", "binds_codes", "binds_subordinates"]].copy()
    sets["nationwide"] = sets["binds_codes"].map(len) == 0
    reports = t["reports"][["report_id", "jurisdiction_code"]]
    named = sets[~sets["nationwide"]].explode("binds_codes").rename(columns={"binds_codes": "ancestor_code"})
    matched = (reports.merge(lineage, on="jurisdiction_code").merge(named, on="ancestor_code")
               .groupby(["target_set", "report_id", "binds_subordinates"], as_index=False)["depth"].min())
    matched["scope_status"] = np.select(
        [matched["depth"] == 0, matched["binds_subordinates"] == "yes", matched["binds_subordinates"] == "unstated"],
        ["bound", "bound", "ambiguous"], default="")
    everywhere = sets[sets["nationwide"]][["target_set"]].merge(reports[["report_id"]], how="cross").assign(scope_status="bound")
    both = pd.concat([matched[["target_set", "report_id", "scope_status"]], everywhere], ignore_index=True)
    return both[both["scope_status"] != ""]


def _evidence(g: pd.DataFrame) -> pd.Series:
    """What a value shows against its target; a bound proves it one way only (see 70_target_gaps.sql)."""
    at_least = g["comparator"] == ">="
    meets = np.where(at_least, g["value"] >= g["target_value"], g["value"] <= g["target_value"])
    q = g["qualifier"]
    # the bound that cannot prove meeting, and the one that cannot prove missing
    unproven_met = np.where(at_least, q == "upper_bound", q == "lower_bound")
    unproven_miss = np.where(at_least, q == "lower_bound", q == "upper_bound")
    evidence = np.select(
        [q == "from_bounds", meets & unproven_met, meets, unproven_miss],
        ["not shown to be met", "not shown to be met", "met", "not shown to be met"], default="not met")
    return pd.Series(evidence, index=g.index, dtype=object).where(g["value"].notna())


def target_gaps(t: dict[str, pd.DataFrame], indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    iv = indicator_values(t) if indicators is None else indicators
    reports = t["reports"][["report_id", "jurisdiction_code", "report_year", "part_of_year"]]
    current = whole_jurisdiction(t).merge(reports, on="report_id")
    current = current[current["period"] == current["report_year"]]
    measures = pd.concat([
        iv[["report_id", "indicator_id", "value", "reason"]].rename(columns={"indicator_id": "measure_id"}).assign(
            measure_kind="indicator", qualifier=np.where(iv["inputs_qualified"].fillna(False).astype(bool), "from_bounds", None)),
        current[["report_id", "metric_id", "value", "qualifier"]].rename(columns={"metric_id": "measure_id"}).assign(
            measure_kind="metric"),
    ], ignore_index=True)
    places = reports.merge(t["jurisdictions"][["jurisdiction_code", "level", "province_code"]], on="jurisdiction_code")
    targets = t["targets"].rename(columns={"province_code": "target_province", "quote": "target_quote"})
    levels = targets["applies_to_levels"].str.split(" ").explode().rename("level")
    targets = targets.join(levels)
    applicable = targets.merge(places, on="level").merge(_membership(t), on=["target_set", "report_id"])
    applicable = applicable[applicable["target_province"].isna() | (applicable["target_province"] == applicable["province_code"])]
    names = pd.concat([
        t["indicators"][["indicator_id", "name_zh", "name_en"]].rename(columns={"indicator_id": "measure_id"}).assign(
            measure_kind="indicator"),
        t["metrics"][["metric_id", "name_zh", "name_en"]].rename(columns={"metric_id": "measure_id"}).assign(
            measure_kind="metric"),
    ], ignore_index=True)
    g = (applicable.merge(t["target_sets"][["target_set", "year"]].rename(columns={"year": "target_year"}), on="target_set")
         .merge(names, on=["measure_kind", "measure_id"], how="left")
         .merge(measures, on=["report_id", "measure_kind", "measure_id"], how="left"))
    reported = g["value"].notna()
    part = g["part_of_year"].notna()  # a report covering part of its year: shown, not judged against a yearly target
    at_least = g["comparator"] == ">="
    g["gap"] = (g["value"] - g["target_value"]).where(~part)
    g["shortfall"] = np.where(at_least, (g["target_value"] - g["value"]).clip(lower=0),
                              (g["value"] - g["target_value"]).clip(lower=0))
    g["shortfall"] = g["shortfall"].where(reported & ~part)
    g["evidence"] = _evidence(g).where(~part)
    g["met"] = (g["evidence"] == "met").astype(object).where(reported & ~part)
    due = pd.to_datetime(g["deadline"]).fillna(pd.to_datetime(g["target_year"].astype(str) + "-12-31"))
    early = due > pd.to_datetime(g["report_year"].astype(str) + "-12-31")
    g["before_deadline"] = early
    g["status"] = np.select(
        [~reported & (g["reason"] == "numerator exceeds denominator"), ~reported, part, g["scope_status"] == "ambiguous",
         (g["evidence"] == "met") & early,
         (g["evidence"] == "not met") & early],
        ["not computable", "not reported", "part of the year", "scope ambiguous", "met ahead of deadline", "not yet due"],
        default=g["evidence"].fillna(""))
    return g[["target_set", "target_year", "jurisdiction_code", "report_id", "report_year", "measure_kind", "measure_id",
              "name_zh", "name_en", "comparator", "target_value", "unit", "value", "qualifier", "gap", "shortfall", "met",
              "evidence", "before_deadline", "status", "scope_status", "part_of_year", "scope_zh", "deadline", "document_title",
              "document_number", "issuer", "issued", "target_quote", "note"]]
