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

A table may also have no title giving a unit (a ranking of provinces: 省份 / 复议案件申请数 / 排序 / 升降, then
广东 / 17408 / 1 / + …; or two groups side by side under 州(市) / 2014年 / 2013年 / 增降幅度): its width is the one
whose rows, each led by its label, repeat the same kinds of cell (label, number, percent) for at least two rows
under a header of labels,
and a column counts in the unit its own words name (复议案件申请数: 件), or, where its name is only a year (2014年),
in the unit of the noun the caption above the header counts (表1:州(市)收到行政复议申请情况: 件). A column naming
no unit (排序, a rank) gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indicators.extract.column_words import with_changes
from indicators.extract.flattened import caption_unit, header_unit, number_cell, table_cells
from indicators.extract.mentions import Quantity
from indicators.extract.text import Span

_HEADER_UNIT = re.compile(r"\s*[（(][^()（）]{1,6}[)）]$")
_SHORT = 24  # a header or row label longer than this, or with a clause mark, is prose
_PROSE = re.compile(r"[，,。；;：:“”]")
_PERCENT = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*[%％]")
_SERIAL = ("序号", "编号", "序")
_WIDEST = 10  # an untitled table has at most this many columns
_YEAR_ONLY = re.compile(r"(?:19|20)[0-9]{2}(?:年度|年)?")  # a column named by its year alone: 2014年
_CAPTION = 60  # a line above an untitled header longer than this, or ending a sentence, is no caption


def _short(text: str) -> bool:
    return 0 < len(text) <= _SHORT and not _PROSE.search(text)


def stacked_cells(lines: list[Span]) -> tuple[dict[int, list[Quantity]], dict[int, str], set[int]]:
    """The bare numbers of one-cell-a-line tables keyed by their line's start, the words that name
    each number (and each % cell of a labelled row) keyed by where it starts, and where each cell of the
    tables read starts (title, header and rows: no untitled table is read in them)."""
    cells = [_trim(line) for line in lines if line.text.strip()]
    home = {cell.start: line.start for cell, line in zip(cells, (line for line in lines if line.text.strip()), strict=True)}
    found: dict[int, list[Quantity]] = {}
    labels: dict[int, str] = {}
    taken: set[int] = set()
    at = 0
    while at < len(cells):
        # a title gives its unit in brackets (行政许可实施数量（件）); a line naming one by its words is a column
        title_unit = header_unit(cells[at].text) if _short(cells[at].text) and _HEADER_UNIT.search(cells[at].text) else ""
        at += 1
        if not title_unit:
            continue
        title, top = _HEADER_UNIT.sub("", cells[at - 1].text), at - 1
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
            taken.update(cell.start for cell in cells[top:at])
    return found, labels, taken


def page_cells(lines: list[Span]) -> tuple[dict[int, list[Quantity]], dict[int, str]]:
    """The cells of both kinds of table a page may hold, by line start: tables flattened onto one line each, and
    tables of one cell a line (read apart, both may stand in one page); a flattened row wins a line both read."""
    in_tables, labels = table_cells(lines)
    stacked, stacked_labels, taken = stacked_cells(lines)
    untitled, untitled_labels = untitled_cells(lines, taken)
    return {**untitled, **stacked, **in_tables}, {**untitled_labels, **stacked_labels, **labels}


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


def _kind(cell: Span) -> str:
    """n for a bare number, p for a percent (-20.00% under 增降幅度 too), t for anything else (a label, a sign)."""
    return "n" if number_cell(cell, "x") else "p" if _PERCENT.fullmatch(cell.text.lstrip("+-－")) else "t"


def _rows_of(kinds: str, start: int, width: int) -> int:
    """How many rows of `width` cells from `start` repeat the first one's kinds, the first led by its label and
    holding a bare number (a run of numbers alone could be cut into rows of any width)."""
    first = kinds[start:start + width]
    if len(first) < width or "n" not in first or first[0] != "t":
        return 0
    count = 1
    while kinds[start + count * width:start + (count + 1) * width] == first:
        count += 1
    return count


def _layout(kinds: str, number: int) -> tuple[int, int, int] | None:
    """(row start, width, rows) of the table whose first row holds the number at `number`, under a header of
    `width` label cells: the width covering most cells, the narrower one on a tie; None under two rows."""
    best: tuple[int, int, int] | None = None
    for width in range(2, _WIDEST + 1):
        for start in range(max(width, number - width + 1), number + 1):
            if kinds[start - width:start] != "t" * width:
                continue
            rows = _rows_of(kinds, start, width)
            if rows >= 2 and (best is None or rows * width > best[1] * best[2]):
                best = (start, width, rows)
    return best


def untitled_cells(lines: list[Span], taken: set[int]) -> tuple[dict[int, list[Quantity]], dict[int, str]]:
    """The bare numbers of one-cell-a-line tables without a title giving their unit, keyed by their line's start,
    and the words that name each (its row's label and its column), keyed by where it starts; a cell starting
    in `taken` (a titled table's) belongs to none."""
    full = [line for line in lines if line.text.strip()]
    cells = [_trim(line) for line in full]
    found: dict[int, list[Quantity]] = {}
    labels: dict[int, str] = {}
    at = 0
    while at < len(cells):
        end = at
        while end < len(cells) and _short(cells[end].text) and cells[end].start not in taken:
            end += 1
        run = cells[at:end]
        kinds = "".join(_kind(cell) for cell in run)
        number = kinds.find("n")
        while number >= 0:
            layout = _layout(kinds, number) or _one_row(run, kinds, number)
            if layout is None:
                number = kinds.find("n", number + 1)
                continue
            start, width, rows = layout
            header, top = run[start - width:start], start - width
            while top >= width and [c.text for c in run[top - width:top]] == [c.text for c in header]:
                top -= width  # the same header again to its left: groups of columns side by side
            caption = cells[at + top - 1].text if at + top > 0 and rows > 1 else ""
            units = _column_units(header, caption)
            for row in range(start, start + rows * width, width):
                label = " ".join(cell.text for cell, kind in zip(run[row:row + width], kinds[row:], strict=False) if kind == "t")
                for column, (head, unit) in enumerate(zip(header, units, strict=True)):
                    quantity = number_cell(run[row + column], unit) if unit else None
                    if quantity:
                        found[full[at + row + column].start] = [quantity]
                        labels[quantity.start] = f"{label}，{_HEADER_UNIT.sub('', head.text)}"
            number = kinds.find("n", start + rows * width)
        at = end + 1
    return found, labels


def _one_row(run: list[Span], kinds: str, number: int) -> tuple[int, int, int] | None:
    """(row start, width, 1) of a table of one row whose first number is at `number`: its label right before the
    number, under a header as wide whose first cell (the corner, 信息内容) names no unit and whose other columns
    name the unit of every bare number under them (信息内容 / 上一年项目数量 / 本年增/减, then 行政事业性收费 / 0 / 0:
    the 2019 disclosure form's tables of one row). The row ends where its numbers do; the narrowest such header
    wins. None where no header fits: a lone row of numbers under any other short lines stays unread."""
    start = number - 1
    if start < 0 or kinds[start] != "t":
        return None
    for width in range(2, min(_WIDEST, start) + 1):
        row = kinds[start:start + width]
        if kinds[start - width:start] != "t" * width or len(row) < width or kinds[start + width:start + width + 1] == "n":
            continue
        units = _column_units(run[start - width:start], "")
        if not units[0] and all(units[k] for k in range(1, width) if row[k] == "n"):
            return start, width, 1
    return None


def _column_units(header: list[Span], caption: str) -> list[str]:
    """Each column's unit: the one its words name, else, for a column named by a year only, the caption's."""
    counted = caption_unit(caption) if len(caption) <= _CAPTION and not caption.endswith("。") else ""
    units = [header_unit(head.text) or (counted if _YEAR_ONLY.fullmatch(head.text) else "") for head in header]
    return with_changes([head.text for head in header], units)
