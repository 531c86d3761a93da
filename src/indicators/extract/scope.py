"""Whose figure it is: one metric and period kept on one row, the government's own figure over every body's.

A metric is one value per period (the build refuses a metric and period twice), so where the text states two
figures that a metric's wording fits, one row keeps the metric and the other is left for the reviewer. Which one
is a matter of scope: `reconsideration_cases` is the cases of the government at the report's own level, and
reports state both every body's total (全市各级…共收到1,218件, 全市新收8745件) and the government's own
(其中市政府收到512件, 市本级新收3326件). The scope words are data (`data/scope_words.csv`).
"""

from __future__ import annotations

import re
from functools import cache

from indicators.extract.text import data_rows

_ALL_LEVELS = "各级"


@cache
def scope_pattern(kind: str) -> re.Pattern[str]:
    """The words of one scope ("every" body of the jurisdiction, the government's "own" level, several "levels"'
    bodies) as one pattern."""
    return re.compile("|".join(f"(?:{row['words']})" for row in data_rows("scope_words.csv") if row["scope"] == kind))


def names_every(text: str) -> bool:
    """True where `text` names every body of the jurisdiction (全市, 各级): a sentence that does opens a scope of its
    own, whatever the sentence before restricted."""
    return bool(scope_pattern("every").search(text))


REACH = 200  # the subject is named within this many characters before the figure: a long list stays linear


def _said(row: dict) -> tuple[str, int, int]:
    """The words a row's figure is stated under: its sentence up to the number (the subject 全省各级行政复议机构 is
    often clauses before 涉及申请人3758人), as far back as `REACH`, or its quote where the row has no sentence;
    not copied."""
    sentence, cut = row.get("_said") or (row["quote"], len(row["quote"]))
    return sentence, max(0, cut - REACH), cut


def _nearest(said: tuple[str, int, int]) -> str:
    """The kind ("every" or "own") of the scope word named last before the figure, "" where none is: the subject
    nearest the figure is whose it is (经省政府法制办汇总核对，全省共清理出…13707件 is the province's whole, though
    省政府 is named before it)."""
    text, start, end = said
    found = [((match.end(), -match.start()), kind)  # the later end, then the longer match (省政府本级 over 本级)
             for kind in ("every", "own") for match in scope_pattern(kind).finditer(text, start, end)]
    return max(found, key=lambda pair: pair[0])[1] if found else ""


def _narrower(kept: dict, later: dict) -> bool:
    """True where the later figure is the government's own and the kept one every body's: 全市各级…1,218件
    then 其中市政府收到512件 (各级 in the quote of one only), or 全市新收8745件 then 市本级新收3326件, 全省…13707件 then
    其中省政府及各部门…4577件 (the scope word named last before each figure, in its sentence: every body's before
    the kept, the own level's before the later)."""
    if _ALL_LEVELS in kept["quote"] and _ALL_LEVELS not in later["quote"]:
        return True
    return _nearest(_said(kept)) == "every" and _nearest(_said(later)) == "own"


_CLAUSE_MARKS = "，,；;：:"
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")


def _clause_opening(text: str, start: int, end: int) -> int:
    """Where the clause holding text[end] opens: just after the last clause mark in text[start:end], `start` where
    there is none; read back from `end`, not listed from the sentence's start for every figure of a long list."""
    return max(text.rfind(mark, start, end) for mark in _CLAUSE_MARKS) + 1 or start


def _subject_of(text: str, match: re.Match[str], cut: int) -> bool:
    """True where the bodies `match` names is the subject of the figure at `cut`: in the figure's own clause, or
    opening a clause before it, after no more than a year, a whole or a place (2023年全国各级行政复议机构新收…，办结35.2万件),
    not the object of a verb there (指导监督各级复议机构…，调整市、区两级政府部门权力清单，取消…9项) and not where the
    figure's clause opens with a place of its own (…；昆明市两级人民法院新收行政诉讼案1715件)."""
    if not _CLAUSE_MARK.search(text, match.end(), cut):
        return True
    if _place().match(text, _clause_opening(text, match.end(), cut), cut):
        return False
    return bool(_lead().fullmatch(text, _clause_opening(text, 0, match.start()), match.start()))


@cache
def _place() -> re.Pattern[str]:
    """The name of a province, prefecture or county of the GB/T 2260 table (`data/gbt2260.csv`), longest first: a
    place is known by its name, not by its last character (全面完成省市县三级政府部门… names no place); a province
    also by its short name (2012年，西藏各级调解组织共受理…)."""
    rows = data_rows("gbt2260.csv")
    short = {_PROVINCE_SUFFIX.sub("", row["name_zh"]) for row in rows if row["level"] == "province"}
    names = sorted({row["name_zh"] for row in rows} | short, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


_PROVINCE_SUFFIX = re.compile("(?:壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$")


@cache
def _lead() -> re.Pattern[str]:
    """What may stand before the bodies words opening a clause: years, wholes and places, in any number."""
    return re.compile(f"(?:{scope_pattern('lead').pattern}|{_place().pattern})*")


def several_levels(rows: list[dict], unassigned: str) -> None:
    """Unassign, in place, each named row stated of the bodies of several levels (全县…两级政府常务会累计学法87次,
    2023年全国各级行政复议机构新收…，办结35.2万件): such a count is no one government's figure, whichever path named
    it. The "bodies" words must be the scope named last before the figure in its sentence (an own word after them,
    …，其中市政府收到512件, gives the part back to the government's own level) and its subject (`_subject_of`); a
    rate is left alone. Before repeats are flagged, so that an own-level row of the same metric keeps the metric and
    a share or change stated of the unassigned row goes with it."""
    bodies, own = scope_pattern("bodies"), scope_pattern("own")
    for row in rows:
        if not row["metric_id"] or row["unit"] == "%":
            continue
        text, start, end = _said(row)
        found = list(bodies.finditer(text, start, end))
        if found and _subject_of(text, found[-1], end) and not own.search(text, found[-1].end(), end):
            row["note"] = "; ".join(filter(None, [row["note"], f"unassigned: {row['metric_id']} is a count over "
                                                  "several levels' bodies"]))
            row["metric_id"], row["rule"], row["confidence"] = "", "", unassigned


def flag_repeats(rows: list[dict], unassigned: str) -> None:
    """Keep a metric and period on one row only: the first, unless a later one is the government's own figure
    where the first is every body's (`_narrower`). A later row is mostly a breakdown (武汉市收到2,220件) or a
    second mention; it stays as an unassigned candidate whose note names the metric, for the reviewer to move.
    A share or change stated of a row left unassigned (全市各级…) is left unassigned too, except where that row
    is a second mention of the kept value (a headline repeated in the body, 同比增长14.45% after the body's).

    Done on the rows before they become a frame: a pandas `duplicated` per report cost more than the rest."""
    first: dict[tuple[str, str], int] = {}
    # the kept rows' notes, joined once at the end: a list of thousands of items of one metric grew one note anew for
    # each item, in time its square
    also: dict[int, list[str]] = {}
    for position, row in enumerate(rows):
        if not row["metric_id"]:
            continue
        key = (row["metric_id"], row["period"])
        if key not in first:
            first[key] = position
            continue
        if _narrower(rows[first[key]], row):
            first[key], position = position, first[key]
            row = rows[position]
            _joined(row, also.pop(position, []))
        kept = rows[first[key]]
        note = f"metric and period also fit row {position + 2}: keep the right one"  # header is row 1
        also.setdefault(first[key], []).append(note)
        row["note"] = "; ".join(filter(None, [row["note"], f"unassigned: {row['metric_id']} {row['period']} "
                                              f"is proposed for row {first[key] + 2} already"]))
        row["metric_id"], row["rule"], row["confidence"] = "", "", unassigned
        row["_mention"] = (kept["value"], kept["unit"]) == (row["value"], row["unit"])
    for position, notes in also.items():
        _joined(rows[position], notes)
    for row in rows:
        base = row["_base"]
        if base and row["metric_id"] and not base["metric_id"] and not base.get("_mention"):
            row["note"] = "; ".join(filter(None, [row["note"], f"unassigned: {row['metric_id']} is stated of an unassigned row"]))
            row["metric_id"], row["rule"], row["confidence"] = "", "", unassigned


def _joined(row: dict, notes: list[str]) -> None:
    """`notes` after the row's own note, as one."""
    row["note"] = "; ".join(filter(None, [row["note"], *notes]))
