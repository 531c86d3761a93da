"""The steps `indicators add-report` lists under "To review next": what the analyst should check or complete
before the build, the likely mistakes first (a title naming another year, another jurisdiction or a body below
the government, a part of the year), then what the text left unstated, then the candidates and the save.

Kept apart from onboard.py, which copies the text and writes the files: this is only the wording of the list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from indicators import report_header
from indicators.extract.part_year import PART_OF_YEAR


def review_steps(shown: Callable[[Path], str], meta_file: Path, candidates_file: Path, figures_file: Path,
                 stated: dict[str, str], place: dict[str, str], code: str, year: int, candidates: pd.DataFrame,
                 codes: pd.DataFrame) -> list[str]:
    """The numbered steps, each one line; `codes` is the GB/T 2260 table another jurisdiction is looked up in."""
    meta, name = shown(meta_file), place["name_zh"]
    to_review = [f"{meta}: the title names {named}年, the report year given is {year}: check --year "
                 "(the year the report is about)" for named in sorted(set(report_header.TITLE_YEAR.findall(stated["title"])))
                 if int(named) != year][:1]
    to_review += [f"{meta}: the title names {other} ({its}), not {name} ({code}): its figures will be "
                  f"read as {name}'s; check --jurisdiction"
                  for other, its in [report_header.named_instead(stated["title"], place, codes)] if other]
    to_review += [f"{meta}: the title names {body}, not {name}'s government: its "
                  f"figures will be read as {name}'s (peers, targets, year on year); add it only if that is "
                  "meant" for body in report_header.body_below(stated["title"], name)]
    to_review += [f"{meta}: the report's heading names {part}, a part of the year, recorded as covers: {part}: "
                  "its figures are set against no whole year (year on year, targets, peers); write covers: 全年 if the "
                  "report covers the whole year" for part in [stated["covers"]] if part]
    # a title naming a year is a year's report, whose body may give a half year's figure; an untitled news item whose
    # figures are mostly of a part of the year may be that part's (qa36: 浙江省 2023's 上半年 page)
    part = 0 if report_header.TITLE_YEAR.search(stated["title"]) or stated["covers"] else int(
        candidates["note"].str.contains(PART_OF_YEAR, regex=False).sum())
    to_review += [f"{meta}: {part} of the {len(candidates)} candidate figures are read as a part of the year: if the "
                  "whole text covers only a part of its year, write it as covers: (上半年, 第一季度, 1-10月...), or its "
                  "figures will be set against whole years"] if part * 2 >= len(candidates) > 0 else []
    to_review += [f"{meta}: {field} is not stated in the text: fill it in" for field in ("title", "issuer")
                  if not stated[field]]
    saved = shown(figures_file)
    if candidates.empty:  # a figures file of no row is refused ([no-rows]): saving "the reviewed rows" would fail
        return to_review + [f"no candidate figure was found in the text: read it for figures the extractor missed and "
                            f"save any as {saved}, or build it as text only (no figures file: its pages say none are "
                            "curated); then run indicators build"]
    unassigned = int((candidates["metric_id"] == "").sum())
    return to_review + [
        f"{shown(candidates_file)}: {len(candidates)} candidate figures, {len(candidates) - unassigned} "
        f"with a metric, {unassigned} without: give each row you keep a metric_id (suggested_metrics names up "
        "to three to consider), delete the others, check periods",
        f"save the reviewed rows as {saved}, then run indicators build"]
