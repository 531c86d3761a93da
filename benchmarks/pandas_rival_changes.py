"""The pandas rival's figure changes (view `figure_changes`): year on year and one report's before/after pairs,
with the reasons sql/36_text_macros.sql gives for a pair that is not comparable."""

from __future__ import annotations

import numpy as np
import pandas as pd
from pandas_rival_values import metric_values, whole_jurisdiction


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


_OWN_KEYS = ["jurisdiction_code", "metric_id", "year", "scope", "variant"]


def _own_statements(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """sql/38_figure_pairs.sql's own_year_statements: each figure a report states of its own year, keyed as a pair's
    end is; read once for both ends of the pairs, as figure_pairs joins it once."""
    f = t["figures"].merge(t["reports"][["report_id", "jurisdiction_code", "report_year"]], on="report_id")
    return f[f["period"] == f["report_year"]].rename(columns={
        "period": "year", "value": "own", "unit": "own_unit", "report_id": "own_report"})[[*_OWN_KEYS, "own", "own_unit",
                                                                                         "own_report"]]


def _restated_otherwise(yoy: pd.DataFrame, own: pd.DataFrame, reports: pd.DataFrame, end: str) -> pd.Series:
    """sql/36_text_macros.sql's restated_otherwise for one end of each pair (`end` "base_" or ""): the value shown is
    a later report's restatement and that year's own report (`own`: _own_statements) states the figure (same metric,
    scope and variant) otherwise; None where it does not."""
    pairs = yoy[["jurisdiction_code", "metric_id", f"{end}period", f"{end}scope", f"{end}variant", f"{end}value",
                 f"{end}report_id"]].set_axis([*_OWN_KEYS, "shown", "shown_report"], axis=1).astype({"year": "int64"})
    found = pairs.reset_index().merge(own, on=_OWN_KEYS).merge(
        reports[["report_id", "report_year"]].rename(columns={"report_id": "shown_report"}), on="shown_report")
    found = found[(found["own_report"] != found["shown_report"]) & (found["own"] != found["shown"])]
    year = found["year"].astype(str)
    text = (year + "年数值两份报告所记不同 the " + year + " value is stated differently by two reports：" + year
            + "年报告记为" + found["own"].map(_plain) + found["own_unit"] + "，" + found["report_year"].astype(str)
            + "年报告记为" + found["shown"].map(_plain) + found["own_unit"])
    return pd.Series(text.to_numpy(), index=found["index"], dtype=object).reindex(yoy.index)


def _with(reason: pd.Series, more: pd.Series) -> pd.Series:
    """`reason` with `more` after it (；), where `more` has a reason."""
    return reason.where(more.isna(), reason.fillna("").str.cat(more, sep="；").str.removeprefix("；"))


def figure_changes(t: dict[str, pd.DataFrame], values: pd.DataFrame | None = None) -> pd.DataFrame:
    mv = metric_values(t) if values is None else values
    mv = mv.sort_values(["jurisdiction_code", "metric_id", "period"])
    kept = ["period", "value", "report_id", "row_number", "scope", "variant", "qualifier", "part_of_year"]
    previous = mv.groupby(["jurisdiction_code", "metric_id"], sort=False)[kept].shift(1)
    yoy = mv.assign(comparison="year_on_year", base_period=previous["period"], base_value=previous["value"],
                    base_report_id=previous["report_id"], base_row_number=previous["row_number"],
                    base_scope=previous["scope"], base_variant=previous["variant"])
    yoy = yoy.assign(reason=_pair_reason(yoy, previous))
    yoy = yoy[yoy["base_period"].notna()]
    yoy = yoy.assign(reason=_with(yoy["reason"], _base_stated_otherwise(yoy, t)))
    own = _own_statements(t)
    for end in ("base_", ""):
        yoy = yoy.assign(reason=_with(yoy["reason"], _restated_otherwise(yoy, own, t["reports"], end)))
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
