"""The pandas rival's indicator values (view `indicator_values`) and the figure selections the other two views
read: one value per jurisdiction, metric and period, and the jurisdiction's own figures."""

from __future__ import annotations

import numpy as np
import pandas as pd


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
