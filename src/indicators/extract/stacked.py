"""Tables flattened to one cell a line: a title naming the unit, the column headers, then the cells row by row.

A table copied from a page whose grid is lost often becomes, one line each (blank lines between),

    行政许可实施数量(宗)          the title: its bracketed unit is every column's unless a header names its own
    申请数量 / 受理数量 / 许可数量   the headers, H lines of short text
    2207 / 2207 / 2207            then rows of H cells each, for as long as the lines fit

or, row by row with a row label (序号 | 处理方式 | 数量 | 比例, then 1 | 作出维持决定 | 3509 | 74.7%).
A bare number has no measure word, so `mentions.quantities` drops it; here it takes its column's unit
and the words that name it: the title with the column header, or the title with the row label where
the row has one (作出维持决定), a comma between them so that a wording's words and object are read
within the cell's own words (复议案件审结情况，驳回复议申请 is dismissed cases, not concluded ones).
A % cell of a labelled row is the share of that row's count: it is labelled `column header<TAB>title，
row label`, as `flattened._PipeTable` labels a share row, and named the same way.
A group of H lines that is not a row (a long line, a sentence, no bare number) ends the table.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indicators.extract.flattened import header_unit, number_cell, table_cells
from indicators.extract.mentions import Quantity
from indicators.extract.text import Span

_HEADER_UNIT = re.compile(r"\s*[（(][^()（）]{1,6}[)）]$")
_SHORT = 24  # a header or row label longer than this, or with a clause mark, is prose
_PROSE = re.compile(r"[，,。；;：:“”]")
_PERCENT = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*[%％]")
_SERIAL = ("序号", "编号", "序")


def _short(text: str) -> bool:
    return 0 < len(text) <= _SHORT and not _PROSE.search(text)


def stacked_cells(lines: list[Span]) -> tuple[dict[int, list[Quantity]], dict[int, str]]:
    """The bare numbers of one-cell-a-line tables keyed by their line's start, and the words that name
    each number (and each % cell of a labelled row) keyed by where it starts."""
    cells = [_trim(line) for line in lines if line.text.strip()]
    home = {cell.start: line.start for cell, line in zip(cells, (line for line in lines if line.text.strip()), strict=True)}
    found: dict[int, list[Quantity]] = {}
    labels: dict[int, str] = {}
    at = 0
    while at < len(cells):
        title_unit = header_unit(cells[at].text) if _short(cells[at].text) else ""
        at += 1
        if not title_unit:
            continue
        title = _HEADER_UNIT.sub("", cells[at - 1].text)
        header: list[Span] = []
        while at < len(cells) and _short(cells[at].text) and not number_cell(cells[at], "x"):
            header.append(cells[at])
            at += 1
        while len(header) >= 2 and at + len(header) <= len(cells):
            read = _row(cells[at:at + len(header)], header, title, title_unit)
            if read is None:
                break
            for quantity, label in read:
                if quantity.unit:
                    found[home[quantity.start]] = [quantity]
                labels[quantity.start] = label
            at += len(header)
    return found, labels


def page_cells(lines: list[Span]) -> tuple[dict[int, list[Quantity]], dict[int, str]]:
    """The cells of both kinds of table a page may hold, by line start: tables flattened onto one line each, and
    tables of one cell a line (read apart, both may stand in one page); a flattened row wins a line both read."""
    in_tables, labels = table_cells(lines)
    stacked, stacked_labels = stacked_cells(lines)
    return {**stacked, **in_tables}, {**stacked_labels, **labels}


def _trim(line: Span) -> Span:
    text = line.text
    lead = len(text) - len(text.lstrip())
    return Span(line.start + lead, line.start + len(text.rstrip()), text.strip())


def _row(row: list[Span], header: list[Span], title: str, title_unit: str) -> list[tuple[Quantity, str]] | None:
    """The quantities of one row with their labels, or None where the H lines are no table row."""
    if not all(_short(cell.text) for cell in row):
        return None
    kept = [(cell, head) for cell, head in zip(row, header, strict=True) if head.text not in _SERIAL]
    bare = [(q, head) for cell, head in kept if (q := number_cell(cell, "x"))]
    if not bare:
        return None
    named = " ".join(cell.text for cell, _ in kept if not number_cell(cell, "x") and not _PERCENT.fullmatch(cell.text))
    read: list[tuple[Quantity, str]] = []
    for quantity, head in bare:
        unit = header_unit(head.text, title_unit)
        own = named if named and len(bare) == 1 else _HEADER_UNIT.sub("", head.text)
        read.append((replace(quantity, unit=unit), f"{title}，{own}"))
    if named:  # the share of the row's count: labelled as flattened._PipeTable labels a share row
        read += [(Quantity("", "", "", cell.start, cell.end, "", False), f"{_HEADER_UNIT.sub('', head.text)}\t{title}，{named}")
                 for cell, head in kept if _PERCENT.fullmatch(cell.text)]
    return read
