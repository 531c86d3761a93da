"""The rival of the DuckDB views in idiomatic pandas: indicator values, figure changes, target gaps.

Written as an expert would write it without a database: vectorized merges, `merge_asof`, groupbys
and `shift`, no Python loop over rows. It reads the typed base tables (figures, reports, catalogs)
and returns frames with the columns of the views `indicator_values`, `figure_changes` and
`target_gaps`. `tests/test_pandas_rival.py` asserts that both engines give equal results;
`run_benchmarks.py` times them against each other.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

TABLES = ("figures", "reports", "jurisdictions", "metrics", "indicators", "indicator_terms", "targets", "target_sets")
VIEWS = ("indicator_values", "figure_changes", "target_gaps")
KEYS = {
    "indicator_values": ["report_id", "indicator_id"],
    "figure_changes": ["jurisdiction_code", "metric_id", "comparison", "period"],
    "target_gaps": ["report_id", "target_set", "measure_kind", "measure_id"],
}


def load_tables(db_path: Path) -> dict[str, pd.DataFrame]:
    """The base tables the views read, as pandas frames (what the rival starts from)."""
    return _read_all(db_path, TABLES)


def duckdb_views(db_path: Path) -> dict[str, pd.DataFrame]:
    """The same three outputs as the build stored them (the views of `sql/`, kept as tables)."""
    return _read_all(db_path, VIEWS)


def _read_all(db_path: Path, names: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return {name: con.execute(f"select * from {name}").df() for name in names}
    finally:
        con.close()


def metric_values(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One value per jurisdiction, metric and period; the latest report stating it wins (with the part of its year
    that report covers, which year on year reads)."""
    f = t["figures"].merge(t["reports"][["report_id", "jurisdiction_code", "report_year", "part_of_year"]], on="report_id")
    f = f.sort_values("report_year", ascending=False, kind="stable")
    f = f.drop_duplicates(["jurisdiction_code", "metric_id", "period"])
    return f.merge(t["metrics"][["metric_id", "higher_is_better", "baseline_metric_id"]], on="metric_id")


def whole_jurisdiction(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The figures that are the jurisdiction's own (no `scope`): indicators and targets take no body's figure."""
    return t["figures"][t["figures"]["scope"].isna()]


def indicator_values(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    reports = t["reports"][["report_id", "jurisdiction_code", "report_year"]]
    terms = reports.merge(t["indicator_terms"], how="cross")
    figures = whole_jurisdiction(t)[["report_id", "metric_id", "period", "value", "qualifier"]]
    # each term takes the report's figure for the report year or, a stock's, its latest earlier one
    terms = pd.merge_asof(terms.sort_values("report_year"), figures.sort_values("period"), left_on="report_year",
                          right_on="period", by=["report_id", "metric_id"], direction="backward")
    carried = terms["period"].notna() & (terms["period"] != terms["report_year"]) & ~terms["earlier_year"]
    terms.loc[carried, ["period", "value", "qualifier"]] = None
    signed = terms["sign"] * terms["value"]
    terms = terms.assign(
        num=signed.where(terms["part"] == "numerator"),
        den=signed.where(terms["part"] == "denominator"),
        missing_id=terms["metric_id"].where(terms["value"].isna() & terms["required"]),
        optional_missing=terms["value"].isna() & ~terms["required"].astype(bool),
        qualified=terms["qualifier"].notna(),
    )
    keys = ["report_id", "jurisdiction_code", "report_year", "indicator_id"]
    part_keys = keys + ["part", "alternative"]
    grouped = terms.groupby(part_keys, sort=False)
    # sum(min_count=1): a part without any figure is NULL, as SQL's sum is
    sums = grouped[["num", "den"]].sum(min_count=1)
    alternatives = sums.join(grouped.agg(figures_found=("value", "count"), inputs_qualified=("qualified", "any"),
                                         optional_missing=("optional_missing", "sum"),
                                         first_period=("period", "min"), last_period=("period", "max"))).reset_index()
    alternatives["total"] = alternatives["num"].where(alternatives["part"] == "numerator", alternatives["den"])
    missing = (terms.dropna(subset=["missing_id"]).groupby(part_keys, sort=False)["missing_id"]
               .agg(list).rename("missing").reset_index())
    alternatives = alternatives.merge(missing, on=part_keys, how="left")
    alternatives["total"] = alternatives["total"].where(alternatives["missing"].isna())  # no sum lacking a required term
    # one alternative per part: complete first, then one not short of a numerator's listed total (the largest
    # complete alternative missing no term of its own), then one with a figure, then the catalog's order
    incomplete = alternatives["missing"].notna() | ((alternatives["part"] == "denominator")
                                                    & (alternatives["total"].fillna(0) == 0))
    listing = (alternatives["part"] == "numerator") & alternatives["missing"].isna() & (alternatives["optional_missing"] == 0)
    listed_total = (alternatives["total"].where(listing)
                    .groupby([alternatives[k] for k in keys + ["part"]], sort=False).transform("max"))
    short = (alternatives["optional_missing"] > 0) & (listed_total > alternatives["total"])
    order = (10000 * incomplete.astype(int) + 1000 * short.astype(int)
             + 100 * (alternatives["figures_found"] == 0).astype(int) + alternatives["alternative"])
    taken = (alternatives.assign(order=order).sort_values("order", kind="stable")
             .drop_duplicates(keys + ["part"]))
    by_part = taken.pivot(index=keys, columns="part", values=["total", "alternative"])
    by_part.columns = [f"{value}_{part}" for value, part in by_part.columns]
    agg = taken.groupby(keys, sort=False).agg(figures_found=("figures_found", "sum"),
                                              inputs_qualified=("inputs_qualified", "any"),
                                              first_period=("first_period", "min"), last_period=("last_period", "max"))
    missing = (taken[keys + ["missing"]].dropna(subset=["missing"]).explode("missing").sort_values("missing")
               .groupby(keys, sort=False)["missing"].agg(", ".join))
    parts = agg.join(by_part).join(missing).reset_index().rename(columns={
        "total_numerator": "numerator", "total_denominator": "denominator",
        "alternative_numerator": "numerator_alternative", "alternative_denominator": "denominator_alternative"})
    parts = parts[parts["figures_found"] > 0]
    stated = whole_jurisdiction(t).merge(reports, on="report_id")
    stated = stated[stated["period"] == stated["report_year"]]
    stated = stated.merge(t["indicators"][["indicator_id", "stated_metric_id"]], left_on="metric_id", right_on="stated_metric_id")
    # the stated figure's quote and the tolerance it sets are read where shown (sql/32_stated_figures.sql), as in DuckDB
    stated = stated.assign(stated_value=stated["value"])[["report_id", "indicator_id", "stated_value"]]
    ind = t["indicators"][["indicator_id", "name_zh", "name_en", "dimension_id", "unit", "higher_is_better"]]
    out = (parts.merge(ind, on="indicator_id")
           .merge(t["jurisdictions"][["jurisdiction_code", "name_zh"]].rename(columns={"name_zh": "jurisdiction_name"}),
                  on="jurisdiction_code")
           .merge(stated, on=["report_id", "indicator_id"], how="left"))
    has_missing = out["missing"].notna()
    zero = out["denominator"] == 0
    # a share over 100% counts its part and its whole over different things: no value
    over = (out["unit"] == "%") & (out["numerator"] > out["denominator"]) & (out["denominator"] > 0) & ~has_missing
    ratio = out["numerator"] / out["denominator"]
    out["value"] = (ratio.where(out["unit"] != "%", 100.0 * out["numerator"] / out["denominator"])
                    .where(~has_missing & ~zero & ~over))
    out["stated_difference"] = out["value"] - out["stated_value"]
    out["reason"] = np.where(has_missing, "missing figure: " + out["missing"].fillna(""),
                             np.where(zero, "denominator is zero",
                                      np.where(over, "numerator exceeds denominator", None)))
    out["reason"] = out["reason"].where(has_missing | zero | over)
    return out[["jurisdiction_code", "jurisdiction_name", "report_id", "report_year", "indicator_id", "name_zh", "name_en",
                "dimension_id", "numerator", "denominator", "value", "unit", "higher_is_better", "stated_value",
                "stated_difference", "inputs_qualified", "first_period", "last_period",
                "reason", "numerator_alternative", "denominator_alternative"]]


def _direction(change: pd.DataFrame) -> pd.Series:
    better = change["higher_is_better"]
    good = (change["value"] > change["base_value"]) == better.fillna(False).astype(bool)
    return pd.Series(np.select([change["value"] == change["base_value"], better.isna(), good],
                               ["unchanged", "neutral", "good"], "bad"), index=change.index)


def _pair_reason(yoy: pd.DataFrame, previous: pd.DataFrame) -> pd.Series:
    """sql/36_text_macros.sql's figure_pair_reason (another scope, another variant, or a bound), then its
    period_pair_reason (reports covering different parts of their years); None if none."""
    def differs(column: str) -> pd.Series:
        return ~((yoy[column] == previous[column]) | (yoy[column].isna() & previous[column].isna()))

    def which(column: str, words: str, default: str) -> pd.Series:
        return (words + previous[column].fillna(default).astype(str) + " / " + yoy[column].fillna(default).astype(str)
                ).where(differs(column))

    inexact = np.select([(previous["qualifier"] == "from_bounds") | (yoy["qualifier"] == "from_bounds"),
                         previous["qualifier"].notna() | yoy["qualifier"].notna()],
                        ["由约数或上下限算得 computed from bounds or approximate figures",
                         "报告只写出上下限或约数 the report states a bound or an approximate value"], "")
    parts = pd.DataFrame({"scope": which("scope", "范围不同 different scope：", "全辖区"),
                          "variant": which("variant", "口径不同 different variant：", "目录口径"),
                          "inexact": pd.Series(inexact, index=yoy.index).replace("", None),
                          "period": which("part_of_year", "期间不同 different period：", "全年")})
    # stack drops the missing parts, so only rows with a reason are joined (few: most pairs are comparable)
    joined = parts.stack().dropna().groupby(level=0).agg("；".join)
    return joined.reindex(yoy.index).astype(object).where(lambda r: r.notna(), None)


def _plain(value: float) -> str:
    """sql/36_text_macros.sql's plain_number: an integer without ".0", else two decimals at most."""
    return str(int(round(value))) if value == round(value) else str(round(value, 2))


def _base_stated_otherwise(yoy: pd.DataFrame, t: dict[str, pd.DataFrame]) -> pd.Series:
    """sql/36_text_macros.sql's base_stated_otherwise: the later report states the base year's value before its
    reform (the metric's baseline), otherwise than the base figure of another report; None where it does not."""
    before = t["metrics"][["metric_id", "baseline_metric_id"]].dropna().merge(
        whole_jurisdiction(t)[["report_id", "metric_id", "period", "value"]].rename(
            columns={"metric_id": "baseline_metric_id", "period": "base_period", "value": "stated"}),
        on="baseline_metric_id")
    pairs = yoy[yoy["base_report_id"] != yoy["report_id"]]  # not where the later report states both of the base year
    pairs = pairs[["report_id", "metric_id", "base_period", "base_value", "unit"]].astype({"base_period": "int64"})
    found = pairs.reset_index().merge(before, on=["report_id", "metric_id", "base_period"])
    found = found[found["stated"] != found["base_value"]]
    text = ("上年数值另有所记 the base year is stated otherwise：本报告记" + found["base_period"].astype(str) + "年为"
            + found["stated"].map(_plain) + found["unit"] + "（改革前 before the reform）")
    return pd.Series(text.to_numpy(), index=found["index"], dtype=object).reindex(yoy.index)


def figure_changes(t: dict[str, pd.DataFrame], values: pd.DataFrame | None = None) -> pd.DataFrame:
    mv = metric_values(t) if values is None else values
    mv = mv.sort_values(["jurisdiction_code", "metric_id", "period"])
    kept = ["period", "value", "report_id", "row_number", "scope", "variant", "qualifier", "part_of_year"]
    previous = mv.groupby(["jurisdiction_code", "metric_id"], sort=False)[kept].shift(1)
    yoy = mv.assign(comparison="year_on_year", base_period=previous["period"], base_value=previous["value"],
                    base_report_id=previous["report_id"], base_row_number=previous["row_number"])
    yoy = yoy.assign(reason=_pair_reason(yoy, previous))
    yoy = yoy[yoy["base_period"].notna()]
    stated = _base_stated_otherwise(yoy, t)
    yoy = yoy.assign(reason=yoy["reason"].where(stated.isna(), yoy["reason"].fillna("").str.cat(stated, sep="；")
                                                .str.removeprefix("；")))
    base = mv[["jurisdiction_code", "metric_id", "period", "value", "report_id", "row_number"]].rename(
        columns={"metric_id": "baseline_metric_id", "value": "base_value", "report_id": "base_report_id",
                 "row_number": "base_row_number"})
    before_after = mv.merge(base, on=["jurisdiction_code", "baseline_metric_id", "period"])
    # one report's reform: a report states both figures of the year, whichever report's values are shown
    stated = set(zip(t["figures"]["report_id"], t["figures"]["metric_id"], t["figures"]["period"], strict=True))
    before_after = before_after[[
        b == a or (b, m, p) in stated or (a, bm, p) in stated for a, b, m, bm, p in zip(
            before_after["report_id"], before_after["base_report_id"], before_after["metric_id"],
            before_after["baseline_metric_id"], before_after["period"], strict=True)]]
    before_after = before_after.assign(comparison="before_after", base_period=before_after["period"], reason=None)
    columns = ["jurisdiction_code", "metric_id", "comparison", "base_period", "period", "base_value", "value", "unit",
               "reason", "base_report_id", "base_row_number", "report_id", "row_number"]
    c = pd.concat([yoy[columns], before_after[columns]], ignore_index=True)
    c = c.merge(t["metrics"][["metric_id", "higher_is_better"]], on="metric_id")
    c["base_period"] = c["base_period"].astype("int64")
    c["comparable"] = c["reason"].isna()
    c["not_comparable_reason"] = c["reason"]
    c["change"] = (c["value"] - c["base_value"]).where(c["comparable"])
    c["relative_change"] = (c["change"] / c["base_value"].abs()).where(c["base_value"] != 0)
    c["direction"] = _direction(c).where(c["comparable"])
    return c[["jurisdiction_code", "metric_id", "comparison", "base_period", "period", "base_value", "value", "unit",
              "comparable", "not_comparable_reason", "change", "relative_change", "higher_is_better", "direction",
              "base_report_id", "base_row_number", "report_id", "row_number"]]


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


def pandas_views(t: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    iv = indicator_values(t)
    return {"indicator_values": iv, "figure_changes": figure_changes(t), "target_gaps": target_gaps(t, iv)}


def normalized(frame: pd.DataFrame, view: str) -> pd.DataFrame:
    """Rows in key order, numbers as float64 and everything else as objects with None, for comparison."""
    frame = frame.sort_values(KEYS[view], kind="stable").reset_index(drop=True)
    out = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column) or pd.api.types.is_object_dtype(column) or isinstance(column.dtype, pd.StringDtype):
            out[name] = column.astype(object).where(column.notna(), None)
        elif pd.api.types.is_datetime64_any_dtype(column):
            out[name] = column.dt.strftime("%Y-%m-%d").astype(object).where(column.notna(), None)
        else:
            out[name] = column.astype("float64")
    return pd.DataFrame(out)


def assert_equal(ours: dict[str, pd.DataFrame], theirs: dict[str, pd.DataFrame]) -> None:
    """Raise AssertionError where the two engines differ (floats to a relative 1e-9: sums may run in another order)."""
    for view in VIEWS:
        left, right = normalized(ours[view], view), normalized(theirs[view], view)
        assert list(left.columns) == list(right.columns), (view, list(left.columns), list(right.columns))
        pd.testing.assert_frame_equal(left, right, check_exact=False, rtol=1e-9, obj=view)
