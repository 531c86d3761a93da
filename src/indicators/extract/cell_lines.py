"""Pipe tables a page writes one cell a line with nothing marking where a row ends.

Some pages write the 政府信息公开 report's tables one cell a line, each cell closed by `|`, with no
bare `|` line opening a row (the layout `flattened._pipe_rows` joins), only lines of pipes (`||`)
here and there:

    信息内容 |                 the corner
    本年制发件数 |              H column headers
    本年废止件数 |
    现行有效件数 |
    规章 |                     then rows: a label and H numbers
    0 |
    0 |
    0 |

The table's own shape says where rows end: the first number closes the header, the run of numbers
after it is one row's H cells, the line before them its label, the H lines before that the headers
and the line before those the corner. Each row so found is joined into one row covering its lines
(as `_pipe_rows` joins an opened row), so `flattened._PipeTable` reads it as a written row and
names its cells by row and column (规章 | 本年制发件数: the rules issued). Lines of pipes only are
passed over inside a table; anything else (a sentence, a long cell) ends it. Other pages open each row
with `| 规章` and put the other cells bare on their lines between lines of `|`: read the same way, where
the corner and every row label carry a pipe (a table one cell a line with no pipe at all is `stacked.py`'s).

A table may instead open with a serial column and no corner (序号 | 受理单位 | 交办总量 | 办结率 |, then
1 | 大洼区 | 4226 | 98.06% |, 2 | 盘山县 | …): its header runs from 序号 to the line before the serial 1, and each row is
its serial, its label and as many cells, numbers or percents. The serial numbers the rows, it counts nothing:
the header and each row are joined without it, so the label leads its row as the corner-led shape has it.
"""

from __future__ import annotations

import re

from indicators.extract.text import CLAUSE_MARK, Span, without_remnants

ONE_CELL = re.compile(r"\s*(?P<cell>[^|\s][^|]*?)\s*\|[\s|]*")  # 规章 | or 0 | ||: a line holding one cell
_OPENING_CELL = re.compile(r"\s*\|\s*(?P<cell>[^|\s][^|]*?)\s*")  # | 规章: a cell that opens its row
_BARE_CELL = re.compile(r"\s*(?P<cell>[^|\s][^|]*?)\s*")  # 0 between lines of |: a cell with no pipe
_PIPES_ONLY = re.compile(r"[\s|]*\|[\s|]*")  # || or |||: a line of pipes between the cells
_NUMBER = re.compile(r"[0-9０-９][0-9０-９,，.．]*")
# a cell the form leaves empty with a slash or dash (规章 | / | / | /: none of that kind) still fills its column
EMPTY_CELL = re.compile(r"[/／—–-]+")
_ASIDE = re.compile(r"[（(][^()（）]*[)）]")
_SERIAL = frozenset({"序号", "编号", "序"})  # a serial column's header, as the simplified text writes it
_VALUE = re.compile(r"[0-9０-９][0-9０-９,，.．]*\s*[%％]?")  # a serial-led row's cell: a number or a percent
_LONGEST = 24  # a cell longer than this, or with a clause mark (text.CLAUSE_MARK), is prose

Row = tuple[Span, list[Span]]


def _cell(row: Row) -> str | None:
    """The one cell of a row that is a single line (`X |`, `| X` or a bare `X`), None for any other row."""
    line, parts = row
    match = next((m for p in (ONE_CELL, _OPENING_CELL, _BARE_CELL) if (m := p.fullmatch(line.text))), None)
    cell = match.group("cell") if match and len(parts) == 1 else None
    # a bracketed aside is no clause: 本年收费金额(单位:万元) is a header cell whose colon sets the unit apart
    plain = without_remnants(cell or "")  # 高新技术开发区(shù)(kāi)(fā)(qū): a label as long as its characters
    return cell if cell and len(plain) <= _LONGEST and not CLAUSE_MARK.search(_ASIDE.sub("", plain)) else None


def _piped(row: Row) -> bool:
    return "|" in row[0].text


def regrouped(rows: list[Row]) -> list[Row]:
    """`rows` (each line with the lines it stands for) with every run of one-cell lines whose shape is a
    table's (a corner, H headers, then rows of a label and H numbers) joined into one row per table row."""
    out: list[Row] = []
    run: list[Row] = []
    for row in rows:
        if _cell(row) is not None:
            run.append(row)
        elif run and _PIPES_ONLY.fullmatch(row[0].text):
            continue  # a line of pipes inside a table: the joined row covers it
        else:
            out += _tables(run)
            run = []
            out.append(row)
    return out + _tables(run)


def _tables(run: list[Row]) -> list[Row]:
    """The rows of `run` (one-cell lines, in order) with each table in it joined row by row; one pass over the run
    (a page listing thousands of one-cell lines is read in time linear in its length)."""
    cells = [_cell(row) or "" for row in run]
    numbers = [bool(_NUMBER.fullmatch(cell) or EMPTY_CELL.fullmatch(cell)) for cell in cells]
    counted = [0]  # counted[k]: how many of the first k cells are numbers
    for number in numbers:
        counted.append(counted[-1] + number)
    streak = [0] * (len(run) + 1)  # streak[k]: how many numbers follow one another from cell k
    for at in range(len(run) - 1, -1, -1):
        streak[at] = streak[at + 1] + 1 if numbers[at] else 0
    out: list[Row] = []
    start = 0
    serial = next((at for at, cell in enumerate(cells) if without_remnants(cell) in _SERIAL and _piped(run[at])), None)
    if serial is not None and (table := _serial_table(run, cells, serial)):
        rows, end = table
        return _tables(run[:serial]) + rows + _tables(run[end:])
    while True:
        first = next((at for at in range(start, len(run)) if numbers[at]), None)
        if first is None:
            return out + run[start:]
        width = streak[first]
        corner = first - 2 - width
        if corner < start or counted[first - 1] > counted[corner] or not _piped(run[corner]):
            out += run[start:first + 1]  # no header before the numbers: not a table's shape
            start = first + 1
            continue
        out += run[start:corner] + [_joined(run[corner:first - 1])]
        at = first - 1
        while at + width < len(run) and not numbers[at] and _piped(run[at]) and streak[at + 1] >= width:
            out.append(_joined(run[at:at + 1 + width]))
            at += 1 + width
        start = at


def _joined(rows: list[Row]) -> Row:
    """One row covering the lines of `rows`, read as one `|` row (offsets kept)."""
    lines = [row[0] for row in rows]
    gaps = [line.start - (lines[k - 1].end if k else line.start) for k, line in enumerate(lines)]
    # each gap read as a | then line breaks, its length kept: bare cells stay apart, offsets stay the text's
    text = "".join("|\n"[:gap] + "\n" * (gap - 2) + line.text for gap, line in zip(gaps, lines, strict=True))
    return Span(lines[0].start, lines[-1].end, text), lines


def _serial_table(run: list[Row], cells: list[str], serial: int) -> tuple[list[Row], int] | None:
    """The header and rows of the serial-led table whose header opens at `serial` (序号 |), each joined without
    its serial cell, and where the run goes on after the table; None where the lines after it are no such table
    (no serial 1 after a header of three or more cells, or no row of the header's width). `cells` holds each line's
    one cell ("" for none), read once for the whole run."""
    first = next((at for at in range(serial + 1, len(run)) if cells[at] == "1"), None)
    width = first - serial if first is not None else 0
    if width < 3 or any(_VALUE.fullmatch(cell) for cell in cells[serial + 1:first]):
        return None
    rows: list[Row] = []
    at, count = first, 1
    while (at + width <= len(run) and cells[at] == str(count) and not _VALUE.fullmatch(cells[at + 1])
           and all(_VALUE.fullmatch(cell) or EMPTY_CELL.fullmatch(cell) for cell in cells[at + 2:at + width])):
        rows.append(_joined(run[at + 1:at + width]))
        at, count = at + width, count + 1
    return ([_joined(run[serial + 1:first]), *rows], at) if rows else None
