"""The sections of the suite's pages that must hold for any report, complete or not.

Each function takes the frame an analysis query returned and gives what the page shows: a table
with readable headers, or one line that says what the report does not state (and so why nothing
is drawn), never an empty table, a `nan` or a rank that means nothing. Numbers read as reports
write them: integers without ".0", a bound with its sign.
"""

from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML
from pandas.io.formats.style import Styler

from indicators.publish import display, page
from indicators.publish.display import DIRECTION_ZH, MISSING, bound_sign, change_bound_sign, number, own_words, percent_text
from indicators.publish.indicator_notes import unstated_indicators  # noqa: F401 (the profile's call)
from indicators.read.analysis import NO_FIGURES


def no_indicator_note(indicators: pd.DataFrame, scoped: pd.DataFrame | None = None) -> HTML:
    """When no value could be computed: "the report states none of the figures" only when no indicator has any of
    its figures, the whole jurisdiction's or a body's (`scoped`, analysis.scoped_only); otherwise the next line
    (`unstated_indicators`) names what each lacks."""
    if indicators.empty and (scoped is None or scoped.empty):
        return page.missing("计算任何指标所需的数字", "the figures of any indicator")
    if indicators.empty:
        return page.say("报告只写出了非全辖区范围的数字（下文列出），不足以算出全辖区的任何指标（figures of a scope narrower "
                        "than the jurisdiction only: no indicator of the whole jurisdiction is computable），本节不作图。")
    return page.say("报告提供了部分数字，但不足以算出任何指标（some figures are stated, but no indicator is "
                    "computable），本节不作图。")


def complete_split(parts: pd.DataFrame) -> bool:
    """A split is drawn only with its stated total and at least two stated parts."""
    return len(parts) >= 2 and bool(parts["total"].notna().all())


def split_missing(total: pd.DataFrame, missing_zh: str, missing_en: str, parts_zh: str, parts_en: str,
                  parts: pd.DataFrame | None = None) -> HTML:
    """What a split section says when it draws nothing: that the report omits the total and its parts only
    when it does; a stated total (`analysis.rule_total`: 顺义区 2021's ≥ 1700个 items at the window) is named,
    and what is missing is its split; stated parts without their total (`analysis.rule_parts`: 城东区 2023's
    19项行政许可) are named, and what is missing is the total."""
    if total.empty and parts is not None and not parts.empty:
        stated = "、".join(f"{name} {text}" for name, text in zip(parts["name_zh"], parts["value_text"], strict=True))
        whole = parts["total_name_zh"].iloc[0]
        return page.say(f"报告写出了{stated}，但没有写出{whole}的总数（parts are stated, not their total），本节不作图。")
    if total.empty:
        return page.missing(missing_zh, missing_en)
    stated = f"{total['name_zh'].iloc[0]} {total['value_text'].iloc[0]}"
    return page.say(f"报告写出了{stated}，但没有写全{parts_zh}（the total is stated, not all of {parts_en}），本节不作图。")


def shares_missing(unmade: pd.DataFrame, missing_zh: str, missing_en: str) -> HTML:
    """What a shares section says when it draws nothing: that the report omits the shares only when it gives
    neither their counts nor a share of its own; otherwise those are named (`analysis.shares_unmade`: 鹿寨县
    2025's 零跑动事项 1081项 and 占比99.91%), and what is missing is the total they are shares of."""
    if unmade.empty:
        return page.missing(missing_zh, missing_en)
    stated = "、".join(f"{name} {text}" for name, text in zip(unmade["name_zh"], unmade["value_text"], strict=True))
    whole = unmade["denominator_name_zh"].iloc[0]
    return page.say(f"报告写出了{stated}，但没有写出{whole}的总数，算不出各项比例（the counts or shares are stated, "
                    f"not the total they are shares of），本节不作图。")


def findings_table(findings: pd.DataFrame) -> Styler | HTML:
    """The consistency audit: errors first, every rule listed, those not evaluated with the reason."""
    if findings.empty:
        return page.missing("一致性检查所需的总数与分项", "the totals and parts the consistency rules check")
    order = {"error": 0, "warning": 1, "not evaluated": 2, "ok": 3}
    frame = findings.assign(_order=findings["status"].map(order)).sort_values(["_order", "rule_id"], kind="stable")
    counts = frame["status"].value_counts()
    words = dict(zip(frame["status"], frame["finding_zh"], strict=True))  # sql/39_code_words.sql
    summary = "；".join(f"{words[s]} {counts[s]}" for s in order if s in counts)
    table = page.table(frame, "consistency", ["finding_zh", "description_zh", "expected", "observed", "gap", "detail"],
                       export_table="consistency_findings")
    return HTML(page.say(f"共 {len(frame)} 条规则（rules）：{summary}。").data + table.to_html())


def figures_tables(figures: pd.DataFrame) -> HTML:
    """Every figure of a report under its dimension's name, one table per dimension (in the catalog's
    order), each row with its value as written, period and quote; the scope column only where a figure
    of the report has a scope or variant. A report without figures gets one line instead."""
    if figures.empty:
        return page.say(f"{NO_FIGURES}。")
    columns = ["metric", "value_text", "period_text", "scope_variant_text", "quote"]
    if not figures["scope_variant_text"].astype(bool).any():
        columns.remove("scope_variant_text")
    parts = [  # the query orders the dimensions as the catalog does; groupby(sort=False) keeps that order
        f"<h3>{html.escape(group['dimension'].iloc[0])}</h3>"
        + page.table(group, f"figures_{dimension_id}", columns, export_table="figures").to_html()
        for dimension_id, group in figures.groupby("dimension_id", sort=False)
    ]
    count = page.say(f"共 {len(figures)} 个数字（figures），分属 {len(parts)} 个维度（dimensions）。").data
    return HTML(count + "".join(parts))


def _measure_text(value: object, unit: str, period: object, qualifier: object = None, written: object = None) -> str:
    """"≤ 7个工作日（2017年）": a bound keeps its sign (7个工作日以内 is at most 7), a figure its own words (≥ 26万件)."""
    return f"{bound_sign(qualifier)}{own_words(written) or f'{number(value)}{unit}'}（{int(period)}年）"  # type: ignore[call-overload]


def _relative_text(relative: object, sign: str | None) -> str:
    """The relative change in its own column (相对变化 relative change), never beside the change in its cell: a rate's
    -2.41个百分点（-18.01%） read as two drops of the rate, the second in points too (qa51). The change column keeps a
    rate's change in 个百分点 alone; a bound's relative change is the same bound (≤ -65%)."""
    if sign is None or not isinstance(relative, float | int) or pd.isna(relative):
        return MISSING
    return f"{sign}{'+' if relative > 0 else ''}{percent_text(relative)}"


def uncurated_base_sentence(base_period: int, period: int) -> str:
    """Why nothing is compared with a year whose report is loaded but has no figure curated yet."""
    return (f"{base_period}年的报告还没有已整理的数字，无从与{period}年比较"
            f"（no figures have been curated from the {base_period} report yet）。")


def changes_table(changes: pd.DataFrame, name: str, base_period: int, period: int,
                  base_uncurated: bool = False) -> Styler | HTML:
    """Pairs of one comparison kind, or the one line that says there is nothing to compare: why, where the base
    period's report has no figure curated yet (`base_uncurated`: analysis.uncurated_report)."""
    if changes.empty:
        if name == "changes" and int(base_period) >= int(period):
            return page.say(f"没有更早的期间可比（no earlier period to compare with）：{period}年之前本辖区没有已载入的数字。")
        if name == "changes" and base_uncurated:
            return page.say(uncurated_base_sentence(base_period, period))
        if name == "changes":
            return page.say(f"{base_period}年与{period}年没有可比的同一数字（no comparable figure in both periods）。")
        return page.say(f"{period}年没有年内改革前后的对比数字（no before/after pair within {period}）。")
    frame = changes.copy()
    none = [None] * len(frame)  # a frame built without the reports' own words (tests) writes value and unit
    frame["base_text"] = [_measure_text(*row) for row in zip(frame["base_value"], frame["base_unit"], frame["base_period"],
                                                                 frame["base_qualifier"], frame.get("base_written", none),
                                                                 strict=True)]
    frame["value_now"] = [_measure_text(*row) for row in zip(frame["value"], frame["unit"], frame["period"],
                                                                 frame["qualifier"], frame.get("written", none), strict=True)]
    signs = [change_bound_sign(*pair) for pair in zip(frame["base_qualifier"], frame["qualifier"], strict=True)]
    frame["change_text"] = [  # a bound's change is a bound (20 → ≤ 7: ≤ -13), or undetermined (≥ 600 → ≥ 800)
        "无从确定 undetermined" if s is None else f"{s}{'+' if c > 0 else ''}{number(c)}{'个百分点' if u == '%' else u}"
        for c, u, s in zip(frame["change"], frame["unit"], signs, strict=True)
    ]
    frame["relative_change_text"] = [_relative_text(r, s) for r, s in zip(frame["relative_change"], signs, strict=True)]
    frame["direction_zh"] = frame["direction"].map(DIRECTION_ZH).fillna("—")
    frame["measure"] = frame["name_zh"] + " " + frame["name_en"]
    if name == "before-after" and "base_name_zh" in frame:  # two metrics of one year: name both (改革前 → 改革后)
        frame["measure"] = (frame["base_name_zh"] + " → " + frame["name_zh"] + " " + frame["base_name_en"] + " → "
                            + frame["name_en"])
    for column in ("base_quote", "quote"):  # a quote read in another year's report names it (较去年60件, qa52)
        years = frame.get(f"{column}_year", pd.Series(None, index=frame.index, dtype=object))
        frame[column] = [display.quote_text(q, y) for q, y in zip(frame[column], years, strict=True)]
    columns = ["measure", "base_text", "value_now", "change_text", "relative_change_text", "direction_zh", "base_quote",
               "quote"]
    shown = page.table(frame, name, columns, export_table="figures")
    years = int(period) - int(base_period)
    if name != "changes" or years <= 1:
        return shown
    return HTML(page.say(f"{base_period}年与{period}年相隔{years}年：下表是{years}年间的变化，"
                         f"不是同比（changes over {years} years, not year on year）。").data + shown.to_html())


def no_target_sentence(applicable: pd.DataFrame | None, year: int, target_set: str = "") -> str:
    """Why no target is shown: none binds, the chosen set does not, or every set that binds was due before
    the report year (the default shows the sets due in the year or later). The last must not read as "no
    target binds": the table of applicable sets above it says otherwise."""
    if target_set:
        return f"目标组 {target_set} 中没有约束本辖区的目标（no target of {target_set} binds this jurisdiction）。"
    if applicable is None or applicable.empty:
        return "没有约束本辖区的目标（no target binds this jurisdiction）。"
    earlier = "、".join(f"{r.name_zh}（{r.target_set}，{r.year}年）" for r in applicable.itertuples())
    return (f"约束本辖区的目标组都在{year}年以前到期：{earlier}；默认只对照{year}年及以后到期的目标组，可用 target_set "
            f"指定其中一组（every target set binding this jurisdiction was due before {year}: "
            f"give target_set to judge against one）。")


def scope_notes(gaps: pd.DataFrame, applicable: pd.DataFrame | None = None, year: int = 0,
                target_set: str = "") -> HTML | None:
    """Why a target set is not judged: the document's own wording of whom it binds; or why none is shown."""
    if gaps.empty:
        return page.say(no_target_sentence(applicable, year, target_set))
    ambiguous = gaps[gaps["scope_status"] == "ambiguous"].drop_duplicates("target_set")
    lines = [
        f"{r.target_set_name_zh}（{r.document_number or r.document_title}）写明适用于“{r.scope_quote}”，"
        f"未说明是否约束其所辖县（市、区）：对本辖区是否适用，文件未明确，故不判断达标与否。"
        for r in ambiguous.itertuples()
    ]
    return HTML("".join(page.say(line).data for line in lines)) if lines else None


def no_value_note(gaps: pd.DataFrame) -> HTML:
    """Why the target chart is not drawn: a report covering part of its year (its values are in the table, never set
    against a yearly target), no value, only rates the report states without their counts, targets of documents
    issued after the report's year only, which it cannot be said to omit, or figures over a denominator of zero."""
    part = gaps["part_of_year"].dropna() if "part_of_year" in gaps else pd.Series(dtype=str)
    if len(part) and gaps["value"].notna().any():
        return page.say(f"本报告只涵盖{part.iloc[0]}，期间不足一年，其数值未与全年目标对照，本节不作图；数值见上表"
                        f"（the report covers {part.iloc[0]} only: its values, listed above, are not charted against "
                        "yearly targets）。")
    if "stated_text" in gaps and gaps["stated_text"].notna().any():
        return page.say("报告只自述了比例，没有可重新计算的数字（stated rates only, nothing to recompute），本节不作图。")
    if "issued_later" in gaps and gaps["issued_later"].fillna(False).astype(bool).all():
        return page.say("这些目标都出自报告年度之后印发的文件，报告无从涉及（every target here comes from a document issued "
                        "after the report's year），本节不作图。")
    if "zero_denominator" in gaps and gaps["zero_denominator"].fillna(False).astype(bool).any():  # 行政许可事项0项
        return page.say("有目标的指标都没有数值：分母为零，或报告未提供所需的数字（no value to chart: a denominator of zero, "
                        "or a figure not stated），本节不作图。")
    return page.missing("任何有目标的指标数值", "a value for any indicator with a target")


def gaps_table(gaps: pd.DataFrame) -> Styler | None:
    """Targets with value and target as text (≥ / ≤ where bounds), status, gap, deadline and document."""
    if gaps.empty:
        return None
    frame = gaps.copy()
    frame["gap_text"] = [  # a bound's gap is a bound: ≤ 3个工作日 against ≤ 8.5 is ≤ -5.5, not -5.5 exactly
        "—" if pd.isna(g) else f"{bound_sign(q)}{'+' if g > 0 else ''}{number(g)}"
        f"{'个百分点' if u == '%' else u}"
        for g, u, q in zip(frame["gap"], frame["unit"], frame.get("qualifier", [None] * len(frame)), strict=True)
    ]
    frame["document"] = [
        "".join(part for part in (f"《{t}》" if isinstance(t, str) and t else "", n if isinstance(n, str) else "") if part)
        for t, n in zip(frame["document_title"], frame["document_number"], strict=True)
    ]
    if "status_en" in frame:  # Chinese first with English beside it (达标 met), as 通过 ok in the consistency table
        frame["status_zh"] = frame["status_zh"] + " " + frame["status_en"]
    # the tier beside its target: one document's tiers (全省 30%, 珠三角县（市、区） 40%) both bind a county of 2015, and
    # their rows differ only in target and quote
    columns = ["indicator", "value_text", "target_text", "target_set_name_zh", "status_zh", "gap_text", "deadline_text",
               "document", "target_quote"]
    return page.table(frame, "gaps", columns, export_table="target_gaps")


def not_comparable(changes: pd.DataFrame) -> HTML | None:
    """Pairs that are not a change (another scope), each with the reason; nothing when there are none."""
    apart = changes[~changes["comparable"].astype(bool)]
    apart = apart.assign(base_words=apart.get("base_written"), words=apart.get("written"))  # none in a hand-built frame
    lines = [
        f"不可比 not comparable：{r.name_zh} "
        f"{_measure_text(r.base_value, r.base_unit, r.base_period, r.base_qualifier, r.base_words)} 与 "
        f"{_measure_text(r.value, r.unit, r.period, r.qualifier, r.words)}——{r.not_comparable_reason}。"
        for r in apart.itertuples()
    ]
    return HTML("".join(page.say(line).data for line in lines)) if lines else None
