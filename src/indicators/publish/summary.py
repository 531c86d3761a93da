"""The leadership summary: one printable A4 page of sentences generated from the data.

For the 依法治市办 and the leadership, who read conclusions, not tables: which targets are met, not
met or not shown to be met (with the gap and the document), the report's consistency errors, the
items of the 法治政府建设实施纲要（2015－2020年）the report gives no figure for, and the changes
on the year before where they are comparable. Every sentence carries its numbers and its source;
nothing is written that the data does not say.
"""

from __future__ import annotations

import html
from urllib.parse import urlparse

import pandas as pd
from IPython.display import HTML

from indicators.publish.display import own_words
from indicators.publish.sections import no_target_sentence, number, uncurated_base_sentence

PRINT_CSS = """<style>
.summary { max-width: 180mm; font-size: 11pt; line-height: 1.55; }
.summary h2 { font-size: 13pt; margin: 0.8em 0 0.3em; }
.summary ul { margin: 0; padding-left: 1.3em; }
.summary .source { color: #555; font-size: 9.5pt; }
@media print {
  @page { size: A4; margin: 10mm 12mm; }
  .jp-Cell, .jp-Notebook { padding: 0 !important; margin: 0 !important; }
  h1 { font-size: 14pt !important; margin: 0 0 0.3em !important; }
  .summary { max-width: none; font-size: 9pt; line-height: 1.3; }
  .summary h2 { font-size: 10.5pt; margin: 0.5em 0 0.15em; }
  .summary .source { font-size: 8pt; }
}
</style>"""


EVIDENCE_ZH = {"met": "达到", "not met": "未达到", "not shown to be met": "未能证明达到"}


def _points(value: float, unit: str) -> str:
    return f"{number(value)}{'个百分点' if unit == '%' else unit}"


def _change_words(change: float, unit: str) -> str:
    """+2次, -1次, or 持平 where nothing changed: （0次） read as a count of none."""
    return "持平" if change == 0 else f"{'+' if change > 0 else ''}{_points(change, unit)}"


def _document(row: pd.Series) -> str:
    return row["document_number"] if isinstance(row["document_number"], str) else f"《{row['document_title']}》"


def _ambiguous_evidence(r: pd.Series, target: str, short: str) -> str:
    """What the value shows against a target whose scope is unclear: short of a target not yet due is 尚未达到
    without a shortfall (a 2015 report read 未达到…2017年目标…差35个百分点 of a target due two years later)."""
    if r["evidence"] == "not met" and r.get("before_deadline") is not None and bool(r["before_deadline"]):
        return f"尚未达到{target}，期限未到"
    return f"{EVIDENCE_ZH[r['evidence']]}{target}{short if r['evidence'] == 'not met' else ''}"


def target_sentences(gaps: pd.DataFrame, applicable: pd.DataFrame | None = None, year: int = 0) -> list[str]:
    """One sentence per judged target, worst first; the unreported ones in one sentence; or why there is none
    (`applicable`: the target sets that bind the report, of any year)."""
    lines: list[str] = []
    for status in ("not met", "scope ambiguous", "not shown to be met", "not yet due", "met ahead of deadline", "met"):
        for _, r in gaps[(gaps["status"] == status) & gaps["value"].notna()].iterrows():
            due = r["deadline_text"] if pd.isna(r["deadline"]) else f"期限{r['deadline_text']}"
            target = f"{r['target_set_name_zh']}（{r['target_text']}，{_document(r)}，{due}）"
            short = f"，差{_points(r['shortfall'], r['unit'])}" if r["shortfall"] and r["shortfall"] > 0 else ""
            issued = "（该文件在报告年度之后印发）" if r.get("issued_later", False) else ""
            lines.append({
                "not met": f"{r['name_zh']}为{r['value_text']}，未达到{target}{short}。",
                "scope ambiguous": f"{r['name_zh']}为{r['value_text']}，{_ambiguous_evidence(r, target, short)}；"
                                   f"但该文件写明适用于“{r['scope_quote']}”，未明确是否约束本辖区，故不作判断。",
                "not shown to be met": f"{r['name_zh']}为{r['value_text']}，未能证明达到{target}：报告的数字是上限或约数。",
                "not yet due": f"{r['name_zh']}为{r['value_text']}，尚未达到{target}，期限未到。",
                "met ahead of deadline": f"{r['name_zh']}为{r['value_text']}，已提前达到{target}。",
                "met": f"{r['name_zh']}为{r['value_text']}，达到{target}。",
            }[status].removesuffix("。") + issued + "。")
    # a report covering part of its year (上半年) is judged against no yearly target: said once, with their number
    part_year = gaps[gaps["status"] == "part of the year"]
    if len(part_year):
        lines.append(f"本报告只涵盖{part_year['part_of_year'].iloc[0]}，{'、'.join(part_year['name_zh'].drop_duplicates())}"
                     f"的{len(part_year)}项年度目标未作对照（期间不足一年）。")
    # the report's own rate, without the counts to recompute it (a frame from before the column: none)
    stated = gaps["value"].isna() & (gaps["stated_text"].notna() if "stated_text" in gaps else False)
    for name, group in gaps[stated].groupby("name_zh", sort=False):
        lines.append(f"报告自述{name}为{group['stated_text'].iloc[0]}，但未提供可重新计算的数字，"
                     f"对应的{len(group)}项目标未作判断。")
    # a target of a document issued after the report's year: the report cannot be said to omit it
    later = gaps["issued_later"].fillna(False).astype(bool) if "issued_later" in gaps else False
    # a report none of whose figures is curated yet omits nothing that anyone has looked for
    uncurated = gaps["status"] == "not curated"
    if uncurated.any():
        lines.append(f"本报告尚无已整理的数字，{int(uncurated.sum())}项目标未作对照。")
    unmade = (gaps["status"] == "not computable") & ~stated  # stated, but a part over its whole (1615 of 506 items)
    if unmade.any():
        lines.append(f"报告所列{'、'.join(gaps.loc[unmade, 'name_zh'].drop_duplicates())}的数字不是同一范围（分子大于分母），"
                     f"无法计算，对应的{int(unmade.sum())}项目标未作对照。")
    # figures stated over a denominator of zero (行政许可事项0项): no share, yet the report omits nothing (a frame from
    # before the column: none)
    zero = (gaps["zero_denominator"].fillna(False).astype(bool) if "zero_denominator" in gaps
            else pd.Series(False, index=gaps.index)) & ~stated
    if zero.any():
        lines.append(f"报告所列{'、'.join(gaps.loc[zero, 'name_zh'].drop_duplicates())}的分母为零，无法计算，"
                     f"对应的{int(zero.sum())}项目标未作对照。")
    missing = gaps["value"].isna() & ~stated & ~uncurated & ~unmade & ~zero
    unreported = gaps.loc[missing & ~later, "name_zh"].drop_duplicates().tolist()
    if unreported:
        lines.append(f"报告未提供{'、'.join(unreported)}，对应的{int((missing & ~later).sum())}项目标无法对照。")
    if (missing & later).any():
        documents = "、".join(gaps[missing & later].apply(_document, axis=1).drop_duplicates())
        lines.append(f"另有{int((missing & later).sum())}项目标出自报告年度之后印发的文件（{documents}），报告未涉及。")
    return lines or [no_target_sentence(applicable, year)]


def consistency_sentences(checks: pd.DataFrame) -> list[str]:
    """The report's own arithmetic that does not add up, in words, and how much could not be checked."""
    lines: list[str] = []
    errors = checks[checks["status"] == "error"]
    for _, r in errors.iterrows():
        unit = r["unit"]
        if r["kind"] == "sum_equals" and r["gap"] > 0:
            lines.append(f"{r['total_name_zh']}：报告写{number(r['expected'])}{unit}，各分项合计{number(r['observed'])}{unit}，"
                         f"相差{number(r['gap'])}{unit}，即有{number(r['gap'])}{unit}没有写明结果（{r['description_zh']}）。")
        elif r["kind"] == "sum_equals":
            lines.append(f"{r['total_name_zh']}：报告写{number(r['expected'])}{unit}，各分项合计却有{number(r['observed'])}{unit}，"
                         f"多出{number(-r['gap'])}{unit}（{r['description_zh']}）。")
        elif r["kind"] == "at_most":
            lines.append(f"{r['description_zh']}：分项{number(r['observed'])}{unit}超过总数{number(r['expected'])}{unit}。")
        else:
            lines.append(f"{r['description_zh']}：报告所述{number(r['expected'])}{unit}，按报告数字重新计算为{number(r['observed'])}{unit}。")
    is_checked = checks["status"].isin(["ok", "warning", "error"])
    checked = checks.loc[is_checked, "rule_id"].nunique()
    if not lines:
        lines.append(f"可检查的{checked}条规则中没有发现不一致。" if checked else "报告没有可供检查的总数与分项。")
    unchecked = unchecked_rules(checks, is_checked)
    if unchecked:
        lines.append(f"另有{len(unchecked)}条规则无法检查（{unchecked_reasons(checks)}）：" + "、".join(unchecked) + "。")
    return lines


def unchecked_rules(checks: pd.DataFrame, is_checked: pd.Series) -> list[str]:
    """The rules not evaluated, each once; a rule checked in one period and not in another (a city government's
    own total beside the whole city's parts) names the period it could not be checked in, so that one sentence
    never both checks and leaves unchecked the same rule without saying when. Each rule is quoted: written bare,
    "调整清单的部门不多于公布清单的部门" read as a finding about the report, when it is only what could not be checked."""
    unchecked = checks[checks["status"] == "not evaluated"]
    partly = set(checks.loc[is_checked, "rule_id"])
    return list(dict.fromkeys(
        f"“{r.description_zh}”（{int(r.period)}年）" if r.rule_id in partly else f"“{r.description_zh}”"
        for r in unchecked.itertuples()))


def unchecked_reasons(checks: pd.DataFrame) -> str:
    """The reasons in the brackets after 另有N条规则无法检查: no total, other periods, the parts not all stated where a
    rule was left for that (龙岗区 2014, qa44: 137 documents reviewed, 115 retained, 9 amended and 废止和宣布失效13件 no
    metric holds; without it the brackets listed only reasons false of the rule), another scope, and a stated rate
    that cannot be recomputed where one was (1615 of 506 licensing items, 汉滨区 2021); the last after 或."""
    unchecked = checks[checks["status"] == "not evaluated"]
    stated = unchecked["rule_id"].str.startswith("stated_")
    # a rule of sums left unchecked with its sums shown: the parts are stated, short of the total, and not all
    reasons = ["报告未提供总数", "分项与总数不在同一期间"]
    reasons += ["报告未列出全部分项"] if (~stated & unchecked["observed"].notna()).any() else []
    reasons += ["范围不同"] + (["报告所述比例无法重新计算"] if stated.any() else [])
    return "，".join(reasons[:-1]) + "，或" + reasons[-1]


NOT_RETRIEVED = "以上未附纲要原文的条目，原文未检索到，未予引用（the 纲要's own sentence was not retrieved: not quoted）。"


def outline_words(item: pd.Series) -> str:
    """The 纲要's words of an item and the page they were read on (转引 where that page is not a
    government site's): never words reconstructed from memory. Call it only for an item with a quote."""
    host = urlparse(item["source_url"]).hostname or ""
    read = "见" if host == "gov.cn" or host.endswith(".gov.cn") else "转引自"
    return f"纲要原文：“{item['quote']}……”（中发〔2015〕36号，{read}{item['source_url']}）"


def outline_sentences(items: pd.DataFrame) -> list[str]:
    """The 纲要's items the report gives no figure for, one each, then the ones it states: each with
    the 纲要's words and their source where retrieved; that the others' words were not retrieved is said once
    after them, not on every line (ten of twelve items said it again on a one-page summary). Items whose years
    do not cover the report's (the 纲要 2015－2020 and a 2024 report) are not listed: one line says why instead."""
    lines: list[str] = []
    out_of_force = items[~items["in_force"].astype(bool)]
    for (first, last, year), _ in out_of_force.groupby(["from_year", "to_year", "report_year"]):
        lines.append(f"纲要（{first}－{last}年）的条目适用于{first}—{last}年的报告，本报告是{year}年的，不逐项对照"
                     f"（the {first}-{last} 纲要 does not cover a {year} report）。")
    items = items.drop(out_of_force.index)
    unstated = items[~items["stated"]]
    for _, r in unstated.iterrows():
        what = "报告未提供该项数字" if r["measurable"] else "报告未提供，指标目录中也尚无可核对的数字"
        lines.append(f"{r['name_zh']}：{what}" + (f"；{outline_words(r)}。" if isinstance(r["quote"], str) else "。"))
    if (~unstated["quote"].map(lambda quote: isinstance(quote, str))).any():
        lines.append(NOT_RETRIEVED)
    stated = items[items["stated"]]
    if len(stated):
        lines.append("报告已提供：" + "；".join(
            f"{r['name_zh']}（{r['figures']}" + (f"；{outline_words(r)}" if isinstance(r["quote"], str) else "") + "）"
            for _, r in stated.iterrows()) + "。")
    return lines


def change_title(base_period: int, period: int) -> str:
    """The heading of the changes section. Without an earlier period the base period is the year itself
    (queries/base_periods.sql), and "与2023年相比" over a 2023 report would say it was compared with itself."""
    if int(base_period) >= int(period):
        return "四、与上一年相比 Changes on the year before"
    years = int(period) - int(base_period)
    if years > 1:  # the latest earlier period loaded may be years back: its changes are no year-on-year
        return f"四、与{base_period}年相比（相隔{years}年，不是同比） Changes over {years} years, on {base_period}"
    return f"四、与{base_period}年相比 Changes on {base_period}"


def change_sentences(changes: pd.DataFrame, base_period: int, period: int, base_uncurated: bool = False) -> list[str]:
    """Changes on the year before where comparable; pairs of another scope named as not comparable; where there are
    none and the base period's report has no figure curated yet (`base_uncurated`), that."""
    if int(base_period) >= int(period):
        return [f"没有{period}年之前的数字，无从比较。"]
    yearly = changes[changes["comparison"] == "year_on_year"]
    def words(r: pd.Series, side: str) -> str:  # the report's own words where they differ (31.5万件, not 315000件)
        return own_words(r.get(f"{side}written")) or f"{number(r[f'{side}value'])}{r[f'{side}unit']}"
    lines = [
        f"{r['name_zh']}：{base_period}年{words(r, 'base_')}，{period}年{words(r, '')}"
        f"（{_change_words(r['change'], r['unit'])}）。"
        for _, r in yearly[yearly["comparable"].astype(bool)].iterrows()
    ]
    lines += [f"{r['name_zh']}：{base_period}年与{period}年的数字不可比（{r['not_comparable_reason']}），不作比较。"
              for _, r in yearly[~yearly["comparable"].astype(bool)].iterrows()]
    if not lines and base_uncurated:
        return [uncurated_base_sentence(base_period, period)]
    return lines or [f"{base_period}年与{period}年没有可比的同一数字。"]


def section(title: str, lines: list[str]) -> str:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<h2>{html.escape(title)}</h2><ul>{items}</ul>"


def page(sections: list[tuple[str, list[str]]], source: str) -> HTML:
    """The summary's body: print CSS, its sections, and the report it reads."""
    body = "".join(section(title, lines) for title, lines in sections)
    return HTML(f'{PRINT_CSS}<div class="summary" lang="zh-CN">{body}<p class="source">{html.escape(source)}</p></div>')
