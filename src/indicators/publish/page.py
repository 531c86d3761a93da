"""What every page of the notebook suite says at its top, in its tables and where a figure is missing.

A printed page must say whom it is about: the heading names the jurisdiction (Chinese name and
code) and the year, and `page_title` lifts that heading into the HTML `<title>`. A section whose
figures the report does not state says so in one line (报告未提供…) instead of drawing an empty
chart. Table headers are words an analyst reads, Chinese first with English beside it
(column_titles.py); a unit common to every row moves into the header.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from IPython.display import HTML
from pandas.io.formats.style import Styler

from indicators.publish import display as tables
from indicators.publish.column_titles import header
from indicators.read.analysis import NO_FIGURES, subject  # subject: the notebooks' page.subject
from indicators.read.db import read_only
from indicators.read.sql import sql_text

HEADING_CLASS = "page-subject"


def heading(title_zh: str, title_en: str, jurisdiction: str, year: int | str, db_path: Path | None = None) -> HTML:
    """The page's first heading: the subject, then the page's name in Chinese and English. Under it, for a
    report added without figures, that none were curated: every section's "报告未提供…" would otherwise
    tell the reader the report does not state what nobody has read it for yet; and for a report covering a part
    of the year (上半年, 第四季度, 9月: reports.part_of_year, from its meta.yml's covers or its title), that its
    figures are that part's: filed under the year, they read as the whole year's (trial 28: 鹿寨县's
    2025年上半年工作总结), and year on year, targets and peers do not set them against whole years."""
    text = f"{subject(jurisdiction, year, db_path)} {title_zh} {title_en}"
    heading_html = f'<h1 class="{HEADING_CLASS}">{html.escape(text)}</h1>'
    with read_only(db_path) as con:
        figures, title, part = con.execute(sql_text("lookup/report_heading.sql"),
                                     {"jurisdiction": str(jurisdiction), "year": str(year)}).fetchone()
    if figures == 0:
        heading_html += say(f"{NO_FIGURES}：下文的“报告未提供”只是说数据库中还没有该数字，不是说报告没有写"
                            "（“not stated” below means not yet curated）。").data
    if part:  # reports.part_of_year, as year on year, targets and peers read it
        heading_html += say(f"本报告（《{title}》）只涵盖{year}年{part}：下文的数字只涉及这一期间，不是{year}年全年的，"
                            f"不与全年数字作同比、目标对照或同级排名（the report covers {part} of {year}, not the whole "
                            "year: it is not compared with whole years）。").data
    return HTML(heading_html)


def page_title(cells: Sequence[dict]) -> str | None:
    """The text of the first page heading among executed cells' outputs, for the HTML `<title>`."""
    marker = f'<h1 class="{HEADING_CLASS}">'
    for cell in cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/html", "")
            text = "".join(text) if isinstance(text, list) else text
            if marker in text:
                return html.unescape(text.split(marker, 1)[1].split("</h1>", 1)[0])
    return None


def say(text: str) -> HTML:
    """One line of text on the page (escaped: names and quotes come from data)."""
    return HTML(f"<p>{html.escape(text)}</p>")


def missing(what_zh: str, what_en: str) -> HTML:
    """The one line a section shows when the report does not state its figures."""
    return say(f"报告未提供{what_zh}（not stated in the report: {what_en}），本节不作图。")


def table(frame: pd.DataFrame, name: str, columns: Sequence[str], export_table: str = "",
          unit_columns: Sequence[str] = (), percent: Sequence[str] = ()) -> Styler:
    """`frame[columns]` as a page table with readable headers.

    `unit_columns` hold values in the frame's `unit`: when every row shares one unit it goes into
    their headers ("指标值 value（%）") and the unit column is dropped.
    """
    frame = frame.copy()
    if "indicator" in columns and "indicator" not in frame.columns:  # one column for the two names
        frame["indicator"] = frame["name_zh"] + " " + frame["name_en"]
    shown = frame[list(columns)].copy()
    units = frame["unit"].dropna().unique() if "unit" in frame.columns else []
    renames = {c: header(c, export_table) for c in shown.columns}
    if len(units) == 1 and unit_columns:
        renames.update({c: f"{renames[c]}（{units[0]}）" for c in unit_columns})
        shown = shown.drop(columns=[c for c in ("unit",) if c in shown.columns])
    percent_titles = [renames[c] for c in percent]
    return tables.show(shown.rename(columns=renames), name, percent=percent_titles)
