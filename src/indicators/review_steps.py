"""The steps `indicators add-report` lists under "To review next": what the analyst should check or complete
before the build, the likely mistakes first (a title naming another year, another jurisdiction or a body below
the government, a part of the year), then what the text left unstated, then the candidates and the save.

Each step reads Chinese first, the English beside it (as `check`'s count and the pages do): the analysts read
Chinese. Paths, field names and commands stay as they are in both halves, since they are typed or opened as written.
Kept apart from onboard.py, which copies the text and writes the files: this is only the wording of the list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from indicators import report_header
from indicators.extract.part_year import PART_OF_YEAR
from indicators.glosses import Glosses


def review_steps(shown: Callable[[Path], str], meta_file: Path, candidates_file: Path, figures_file: Path,
                 stated: dict[str, str], place: dict[str, str], code: str, year: int, candidates: pd.DataFrame,
                 codes: pd.DataFrame, glosses: Glosses | None = None) -> list[str]:
    """The numbered steps, each one line; `codes` is the GB/T 2260 table another jurisdiction is looked up in,
    `glosses` where the text carries pinyin glosses (glosses.py)."""
    meta, name, title = shown(meta_file), place["name_zh"], stated["title"]
    to_review = [f"标题年份与报告年度不符：{meta} 的标题写的是 {named}年，给出的报告年度是 {year}：请核对 --year"
                 "（报告所述的年度）。"
                 f"{meta}: the title names {named}年, the report year given is {year}: check --year "
                 "(the year the report is about)" for named in sorted(set(report_header.TITLE_YEAR.findall(title)))
                 if int(named) != year][:1]
    to_review += [f"标题所写的不是本行政区：{meta} 的标题写的是 {other}（{its}），不是 {name}（{code}）：其数字将被当作{name}的"
                  f"数字；请核对 --jurisdiction。{meta}: the title names {other} ({its}), not {name} ({code}): its figures "
                  f"will be read as {name}'s; check --jurisdiction"
                  for other, its in [report_header.named_instead(title, place, codes)] if other]
    to_review += [f"标题所写的不是{name}政府：{meta} 的标题写的是 {body}：其数字将被当作{name}的数字（同级比较、目标、同比）；"
                  f"确属此意才添加；若是{body}自己的报告，在 meta.yml 写 scope: {body}，其数字即为{body}的，不计入{name}的指标。"
                  f"{meta}: the title names {body}, not {name}'s government: its figures will be read as "
                  f"{name}'s (peers, targets, year on year); add it only if that is meant, or, if it is {body}'s own "
                  f"report, write scope: {body} in it: its figures are then {body}'s and make none of {name}'s indicators"
                  for body in report_header.body_below(title, name)]
    to_review += [f"报告标题写的是年内部分时段：{meta} 记为 covers: {part}：其数字不与全年数字作同比、目标对照或同级排名；若报告"
                  f"涵盖全年，请写 covers: 全年。{meta}: the report's heading names {part}, a part of the year, recorded as "
                  f"covers: {part}: its figures are set against no whole year (year on year, targets, peers); write "
                  "covers: 全年 if the report covers the whole year" for part in [stated["covers"]] if part]
    # a title naming a year is a year's report, whose body may give a half year's figure; an untitled news item whose
    # figures are mostly of a part of the year may be that part's (qa36: 浙江省 2023's 上半年 page)
    part = 0 if report_header.TITLE_YEAR.search(title) or stated["covers"] else int(
        candidates["note"].str.contains(PART_OF_YEAR, regex=False).sum())
    to_review += [f"候选数字多属年内部分时段：{meta}：{len(candidates)} 个候选数字中有 {part} 个读作年内部分时段：若全文只涉及"
                  "年内某一时段，请写为 covers:（上半年、第一季度、1-10月…），否则其数字将与全年数字对照。"
                  f"{meta}: {part} of the {len(candidates)} candidate figures are read as a part of the year: if the "
                  "whole text covers only a part of its year, write it as covers: (上半年, 第一季度, 1-10月...), or its "
                  "figures will be set against whole years"] if part * 2 >= len(candidates) > 0 else []
    to_review += glossed_step(shown(meta_file.with_name(meta_file.name.removesuffix(".meta.yml") + ".txt")), glosses)
    to_review += [f"文本未写明 {field}：请在 {meta} 中填写。{meta}: {field} is not stated in the text: fill it in"
                  for field in ("title", "issuer") if not stated[field]]
    saved = shown(figures_file)
    if candidates.empty:  # a figures file of no row is refused ([no-rows]): saving "the reviewed rows" would fail
        return to_review + [f"文本中没有找到候选数字：请通读原文，把提取遗漏的数字保存为 {saved}，或只作为文本构建（不建数字"
                            "文件：其页面注明没有整理的数字）；然后运行 indicators build。no candidate figure was found in "
                            f"the text: read it for figures the extractor missed and save any as {saved}, or build it as "
                            "text only (no figures file: its pages say none are curated); then run indicators build"]
    unassigned = int((candidates["metric_id"] == "").sum())
    kept, count = len(candidates) - unassigned, len(candidates)
    return to_review + [
        f"候选数字 {count} 个，{kept} 个已有数据项，{unassigned} 个没有：请在 {shown(candidates_file)} 中给保留的每行填写 "
        "metric_id（suggested_metrics 列出至多三个可考虑的数据项），删除其余各行，核对期间。"
        f"{shown(candidates_file)}: {count} candidate figure{'' if count == 1 else 's'}, {kept} with a metric, "
        f"{unassigned} without: give each "
        "row you keep a metric_id (suggested_metrics names up to three to consider), delete the others, check periods",
        f"把审核后的各行保存为 {saved}，然后运行 indicators build。save the reviewed rows as {saved}, then run indicators build"]


def glossed_step(text: str, glosses: Glosses | None) -> list[str]:
    """The one line saying that the text carries pinyin glosses (確認(rèn)), on which lines and that its quotes carry them:
    the text is kept byte for byte (its sha256 is checked), so the glosses are quoted, never cleaned away."""
    if glosses is None:
        return []
    first = glosses.lines[:3]
    more = len(glosses.lines) - len(first)
    zh = "、".join(map(str, first)) + "行" + (f"等 {len(glosses.lines)} 行" if more else "")
    en = ", ".join(map(str, first)) + (f" and {more} more" if more else "")
    return [f"文本夹有拼音注音：{text} 第{zh}（如 {glosses.example}）：文本须逐字节保留，不作删改，故引文会带着注音；核对引文时"
            f"照原文抄录。{text}: pinyin glosses after characters on line{'s' if len(glosses.lines) > 1 else ''} {en} "
            f"(e.g. {glosses.example}): the text stays byte for byte as received, so quotes will carry the glosses; "
            "copy quotes with them, as the text has them"]
