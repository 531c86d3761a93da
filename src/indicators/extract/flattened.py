"""Tables flattened to text: a header line that names each column's unit, then rows of bare numbers.

A table copied from a web page often loses its grid and becomes lines like

    执法类别  案件数（件）  罚没金额（万元）
    行政处罚  2,306  1,458.6

A number in such a row has no measure word after it, so `mentions.quantities` rightly drops it;
here it takes the unit its column's header gives in brackets. Cells are separated by two or more
blanks or a tab. A header is a line of at least two cells whose cells after the first end in a
bracketed unit (a measure word or %, optionally after 万/亿); rows follow for as long as lines have
as many cells as the header. A cell that is not a plain number (—, 无, text) gives nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from indicators.extract.cell_lines import EMPTY_CELL, ONE_CELL, regrouped
from indicators.extract.column_words import column_unit, with_changes
from indicators.extract.mentions import Quantity, measure_words, plain_value
from indicators.extract.text import Span, data_rows
from indicators.numbers import SIGNS, numbers_in, sign_of

_CELL = re.compile(r"[^ \t\u3000]+(?: [^ \t\u3000]+)*")  # a single blank stays inside a cell
_UNIT_CELL = re.compile(r"[0-9][0-9,.]*\s*(?P<unit>[%％件项个份宗起家人名次])")
_HEADER_UNIT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?(?P<unit>[万亿]?[^()（）\s:：]{1,5})\s*[)）]$")
_COUNT_COLUMN = re.compile(r"数量|件数|总数|合计|总计")  # a column that counts what the caption names
_TOTAL_ROW = re.compile(r"(?:合计|总计|共计|全国)")


def _cells(line: Span) -> list[Span]:
    return [Span(line.start + m.start(), line.start + m.end(), m.group()) for m in _CELL.finditer(line.text)]


def _column_units(cells: list[Span]) -> list[str] | None:
    """The unit of each column after the first, when `cells` is a table header (each names one, in brackets or by
    its words: 案件数（件）, 2020收案量, 占比); else None."""
    units = with_changes([cell.text for cell in cells[1:]], [header_unit(cell.text) for cell in cells[1:]])
    return units if len(cells) >= 2 and all(units) else None


def number_cell(cell: Span, unit: str) -> Quantity | None:
    """The cell as a quantity in `unit` when it holds one plain number and nothing else."""
    found = numbers_in(cell.text)
    lead = 1 if cell.text[:1] in SIGNS else 0  # -3 under 同比增减: a change written with its sign
    if len(found) != 1 or found[0].start != lead or found[0].end != len(cell.text) or found[0].scale != 1:
        return None
    raw = cell.text[lead:]  # ４４０ and 2,306 fold to 440 and 2306; Chinese numerals go as cn2an read them
    plain = unicodedata.normalize("NFKC", raw).replace(",", "") if raw[:1].isdigit() else raw
    value = plain_value(plain, found[0].value)
    return Quantity(f"-{value}" if sign_of(cell.text, lead) < 0 else value, unit, "", cell.start, cell.end, "", False)


def table_quantities(lines: list[Span]) -> dict[int, list[Quantity]]:
    """The numbers of table rows under a unit-naming header, keyed by the start of their line."""
    found, _labels = table_cells(lines)
    return found


def table_cells(lines: list[Span]) -> tuple[dict[int, list[Quantity]], dict[int, str]]:
    """`table_quantities`, and the header words of each number's column keyed by the number's start
    (罚没金额, 行政处罚实施数量 合计): a table's numbers are named by their column, not by a sentence."""
    found: dict[int, list[Quantity]] = {}
    labels: dict[int, str] = {}
    units: list[str] | None = None
    heads: list[Span] = []  # the header cells of a table split by blanks
    pipes = _PipeTable()
    for line, row_lines in regrouped(_pipe_rows(lines)):  # one cell a line, no line opening a row
        if "|" not in line.text and line.text.strip():
            pipes.caption, pipes.totalled = line.text, False  # the line above a table is its caption (表1:…)
        if "|" in line.text:
            row = pipes.read(line)
            for q, label in row:  # each number on the line it stands on: a row may stand a cell a line
                found.setdefault(next(r.start for r in reversed(row_lines) if r.start <= q.start), []).append(q)
                labels[q.start] = label
            units = None
            continue
        cells = _cells(line)
        if units is not None and len(cells) == len(units) + 1:  # each number labelled by its column's words
            row = [(q, head) for cell, unit, head in zip(cells[1:], units, heads, strict=True) if (q := number_cell(cell, unit))]
            if row:
                found[line.start] = [q for q, _head in row]
                labels.update({q.start: _HEADER_UNIT.sub("", head.text).strip() for q, head in row})
            continue
        units, heads = _column_units(cells), cells[1:]
    return found, {**pipes.cell_labels, **labels}


def _pipe_rows(lines: list[Span]) -> list[tuple[Span, list[Span]]]:
    """Each line with the lines it stands for, and the rows of a `|` table that stands a cell a line
    (a bare `|` opens a row, then `规章 |`, `0 |`, `0 |`: the 2021 disclosure-report form as some pages
    write it) joined into one row that covers those lines, the gaps between them read as line breaks."""
    rows: list[tuple[Span, list[Span]]] = []
    cells: list[Span] = []
    opened = False
    for line in [*lines, Span(0, 0, "")]:
        if opened and ONE_CELL.fullmatch(line.text):  # 规章 | or 0 | ||: one cell of a row that stands a cell a line
            cells.append(line)
            continue
        if cells:
            text = "".join("\n" * (cell.start - (cells[k - 1].end if k else cell.start)) + cell.text
                           for k, cell in enumerate(cells))
            rows.append((Span(cells[0].start, cells[-1].end, text), cells))
            cells = []
        opened = line.text.strip() == "|"
        if line.text and not opened:
            rows.append((line, [line]))
    return rows


@cache
def counted_nouns() -> list[tuple[str, str]]:
    """(noun, measure word) of `data/counted_nouns.csv`: what a caption or a clause counts, in which unit."""
    return [(row["noun"], row["unit"]) for row in data_rows("counted_nouns.csv")]


def caption_unit(caption: str) -> str:
    """The measure word of the noun a table's caption counts (…受理行政复议案件情况: 件), "" if none."""
    found = [(caption.find(noun), unit) for noun, unit in counted_nouns() if noun in caption]
    return min(found)[1] if found else ""


def header_unit(cell: str, title_unit: str = "") -> str:
    """The unit a header names in brackets (申请数量（件）), else the one `title_unit` of a title over all columns
    gives (申请数量 under 行政许可实施数量(宗): 宗), else the one its words count in (本年制发件数 → 件, 本年处理决定数量
    → the noun 决定's 件, 申请数量 → 申请's 件; a bracketed aside such as (历史累计) set apart); "" if none."""
    match = _HEADER_UNIT.search(cell)
    unit = match.group("unit").replace("％", "%") if match else ""
    if unit.lstrip("万亿") in (*measure_words(), "%"):
        return unit
    if title_unit:  # a title's unit over all the columns beats the one their words' noun implies
        return title_unit
    words = _HEADER_UNIT.sub("", cell).strip()  # 本年制发件数, 2020受理量, 占比: the column's words (data)
    unit = column_unit(words) or (caption_unit(words) if words.endswith("数量") else "")
    return unit if unit in (*measure_words(), "%") else ""


class _PipeTable:
    """Tables whose cells are split by | (as pages converted to text write them):

        行政处罚实施数量(宗) | ||||          a title over all columns, giving their unit
        警告 | 罚款 | 合计(宗) | 罚没金额(万元) |   the header: a column's own unit wins
        12175 | 94929 | 108156 | 1753.79 |       rows of as many numbers as the header has cells
    """

    def __init__(self) -> None:
        self.title, self.title_unit, self.caption = "", "", ""
        self.header: list[tuple[str, str]] = []  # (label, unit) per column
        self.cell_labels: dict[int, str] = {}  # cells of rows led by their own label, by where they start
        self.totalled = False  # a header line of this table ended in 总计: its last column totals each row

    def read(self, line: Span) -> list[tuple[Quantity, str]]:
        cells = [Span(line.start + m.start(), line.start + m.end(), m.group()) for m in re.finditer(r"[^|]+", line.text)
                 if m.group().strip()]
        cells = [Span(c.start + len(c.text) - len(c.text.lstrip()), c.end - (len(c.text) - len(c.text.rstrip())),
                      c.text.strip()) for c in cells]
        if not cells:
            return []
        numbers = [number_cell(cell, "") for cell in cells]
        if all(numbers) and len(cells) == len(self.header):
            return [(replace(q, unit=unit), label)
                    for q, (label, unit) in zip(numbers, self.header, strict=True) if q and unit]
        if ((len(cells) == len(self.header) > 2 or self._own_units and 2 <= len(cells) <= len(self.header))
                and not numbers[0] and not _UNIT_CELL.fullmatch(cells[0].text)
                and (any(numbers) or any(_UNIT_CELL.fullmatch(c.text) for c in cells[1:]))):
            return self._labelled_row(cells, numbers)
        if self.header and _TOTAL_ROW.fullmatch(cells[0].text) and len(cells) < len(self.header) and all(numbers[1:]):
            return self._total_row(cells, numbers)
        if len(cells) > 2 and not numbers[0] and all(numbers[1:]) and (unit := header_unit(cells[0].text)):
            return self._counted_row(cells, numbers, unit)
        if any(numbers):
            self.header = []
            return self._bare_beside_units(cells, numbers)
        if len(cells) == len(self.header) > 1 and all(EMPTY_CELL.fullmatch(c.text) for c in cells[1:]):
            return []  # 规章 | / | / | /: a row the form leaves empty, under the header that still holds
        if len(cells) == 1 and header_unit(cells[0].text):
            self.title, self.title_unit = _HEADER_UNIT.sub("", cells[0].text), header_unit(cells[0].text)
            return []
        counted = caption_unit(self.caption)
        self.totalled = self.totalled or bool(_TOTAL_ROW.fullmatch(cells[-1].text))
        units = with_changes([c.text for c in cells], [header_unit(c.text, self.title_unit)
                                                       or (counted if _COUNT_COLUMN.fullmatch(c.text) else "") for c in cells])
        self.header = [(f"{self.title} {_HEADER_UNIT.sub('', c.text)}".strip(), unit)
                       for c, unit in zip(cells, units, strict=True)]
        return []

    def _counted_row(self, cells: list[Span], numbers: list[Quantity | None], unit: str) -> list[tuple[Quantity, str]]:
        """`一、本年新收政府信息公开申请数量 | 3 | 0 | … | 3 |`: a row whose label counts a noun (申请数量 → 件) and
        whose cells outnumber a header split over two lines (自然人 | 法人或其他组织 | 总计 over 商业企业 | …):
        its numbers count in the label's unit, the last named by the label where a header ended in 总计."""
        *parts, last = [replace(q, unit=unit) for q in numbers[1:] if q]
        return [(q, "") for q in parts] + [(last, cells[0].text if self.totalled else "")]

    def _total_row(self, cells: list[Span], numbers: list[Quantity | None]) -> list[tuple[Quantity, str]]:
        """`总计 | 183489 |` under `省份 | 数量 | 省份 | 数量 |`: a total row shorter than its header, its
        numbers in the header's columns from the left, labelled by the caption (the table's whole subject)."""
        subject = re.sub(r"(?:情况|统计)?[(（][^()（）]*[)）]$|情况$", "", self.caption.split(":")[-1].split("：")[-1])
        return [(replace(q, unit=unit), f"{cells[0].text} {subject}")
                for q, (_label, unit) in zip(numbers[1:], self.header[1:], strict=False) if q and unit]

    def _labelled_row(self, cells: list[Span], numbers: list[Quantity | None]) -> list[tuple[Quantity, str]]:
        """A row under a header of as many cells, led by its own label (`数量 | 75件 | 16件 | 0 |` under
        `申请事项 | 举报投诉处理 | 政府信息公开 | 行政强制 |`): each cell is labelled `row label<TAB>corner
        column label` in `cell_labels`, the written ones (75件, 49.66%) as well as the bare numbers."""
        corner = self.header[0][0]
        for cell, (label, _unit) in zip(cells[1:], self.header[1:], strict=False):  # a row may end early
            self.cell_labels[cell.start] = f"{cells[0].text}\t{corner} {label}"
        counted = [(replace(q, unit=unit), "")  # 广东 | 31392 | 河北 | 7040 |
                   for q, (_label, unit) in zip(numbers, self.header, strict=False) if q and unit and self.caption_counted]
        # 规章 | 0 | 0 | under 信息内容 | 本年制发件数 | 本年废止件数 |: the header's own units, named by row and column
        columns = zip(numbers[1:], self.header[1:], strict=False)
        own = [] if self.caption_counted else [(replace(q, unit=unit), self.cell_labels[q.start])
                                               for q, (_label, unit) in columns if q and unit]
        if self._own_units:  # 4226 under 交办总量 beside 98.06% under 办结率: the percents are their columns', not its unit
            return counted or own
        return counted or [(q, self.cell_labels.get(q.start, "")) for q, _ in self._bare_beside_units(cells, numbers)]

    @property
    def _own_units(self) -> bool:
        """Whether the header names units in its own cells (本年制发件数, 罚没金额(万元)), not from a caption."""
        return any(unit for _label, unit in self.header[1:]) and not self.caption_counted

    @property
    def caption_counted(self) -> bool:
        """Whether the header's units come from its caption (bare 数量 columns), not from its own cells."""
        return any(unit and _COUNT_COLUMN.fullmatch(label) for label, unit in self.header)

    @staticmethod
    def _bare_beside_units(cells: list[Span], numbers: list[Quantity | None]) -> list[tuple[Quantity, str]]:
        """A row such as `数量 | 75件 | 16件 | 0 |`: its bare numbers take the one unit its other cells
        are written in (read by `mentions.quantities`), when at least two cells agree on it."""
        units = {_UNIT_CELL.fullmatch(c.text).group("unit").replace("％", "%") for c, q in zip(cells, numbers, strict=True)
                 if not q and _UNIT_CELL.fullmatch(c.text)}
        written = sum(1 for c, q in zip(cells, numbers, strict=True) if not q and _UNIT_CELL.fullmatch(c.text))
        if len(units) != 1 or written < 2:
            return []
        unit = units.pop()
        return [(replace(q, unit=unit), "") for q in numbers if q]
