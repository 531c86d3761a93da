"""The lines under a report's indicator table naming the indicators it has no value for, and why: a figure the report
does not state, two it states of different things (a share whose part exceeds its whole), or a denominator of zero; and
the values whose figures are of different years."""

from __future__ import annotations

import pandas as pd
from IPython.display import HTML

from indicators.publish import page
from indicators.publish.display import number


def unstated_indicators(indicators: pd.DataFrame, stated: pd.DataFrame | None = None,
                        scoped: pd.DataFrame | None = None) -> HTML | None:
    """One line naming the rates the report states without the figures to recompute them (`stated`,
    analysis.stated_only: 香坊区 2021's 全程网办率67%, which the section otherwise passed over as if the report said
    nothing of its indicators), one naming the indicators the report gives no figures for, one those whose figures
    count different things, one those over a denominator of zero, and one naming the values computed from figures of
    different years (a term lacking the report year's takes its latest earlier one: right for a 2015 power list, a
    ratio across years for 2005's cases revoked over 2006's received); or nothing. `scoped` (analysis.scoped_only)
    names the indicators whose figures the report gives only of a body below the jurisdiction (县政务服务中心): they
    are not computed, and the report is not said to lack their figures, nor a rate it states to lack any (qa44)."""
    scoped = scoped if scoped is not None else pd.DataFrame(columns=["indicator_id"])
    body = stated is not None and stated["indicator_id"].isin(scoped["indicator_id"]).any()
    lines = [] if stated is None or stated.empty else [
        "报告只自述了" + "、".join(f"{r.name_zh} {r.stated_text}" for r in stated.itertuples())
        + ("，没有全辖区的数字可重新计算，不作计算（stated by the report, no figures of the whole jurisdiction to "
           "recompute）。" if body else "，没有可重新计算的数字，不作计算（stated by the report, nothing to recompute）。")]
    if len(scoped):
        lines.append("以下指标所需的数字，报告只写出了非全辖区范围的，不作计算（figures of a scope narrower than the "
                     "jurisdiction only: not computed）：" + "、".join(
                         f"{r.name_zh}（{r.scopes}：{r.figures}）" for r in scoped.itertuples()) + "。")
    none = indicators["value"].isna()
    # a share whose part exceeds its whole (汉滨区 2021's 1615 of 506 items) has its figures, of different things
    reason = indicators["reason"] if "reason" in indicators else pd.Series("", index=indicators.index)
    over = none & (reason == "numerator exceeds denominator")
    # stated figures over a denominator of zero (清理规范性文件0件，拟废止0件): no share, yet nothing is missing
    zero = none & (reason == "denominator is zero")
    names = indicators.loc[none & ~over & ~zero, "name_zh"].tolist()
    if names:
        lines.append(f"报告未提供计算以下指标所需的数字（not computable: a figure is missing）：{'、'.join(names)}。")
    over_text = "、".join(f"{r.name_zh}（{number(r.numerator)} / {number(r.denominator)}）"
                          for r in indicators[over].itertuples())
    if over_text:
        lines.append(f"以下指标的分子大于分母，所计不是同一范围的事项，不作计算（numerator exceeds denominator）：{over_text}。")
    zero_text = "、".join(f"{r.name_zh}（{number(r.numerator)} / {number(r.denominator)}）"
                          for r in indicators[zero].itertuples())
    if zero_text:
        lines.append(f"以下指标的分母为零，比例无从计算（denominator is zero）：{zero_text}。")
    spans = (indicators[indicators["value"].notna() & (indicators["first_period"] < indicators["last_period"])]
             if "first_period" in indicators else indicators.iloc[:0])
    if len(spans):
        lines.append("以下指标的数字分属不同年度（缺本年度数字时取其最近的更早一年），比值跨年度（figures of different "
                     "years）：" + "、".join(f"{r.name_zh}（{int(r.first_period)}—{int(r.last_period)}年）"
                                        for r in spans.itertuples()) + "。")
    return HTML("".join(page.say(line).data for line in lines)) if lines else None
