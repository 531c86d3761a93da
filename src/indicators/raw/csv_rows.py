"""The row a CSV reader refused or misread, found with the csv module once a read has failed.

pandas names no row and field for a cell over its limit, and it takes a first data row one cell longer
than the header as an index column, shifting every field of the file by one: the frame looked valid,
its checks misfired on every row, and a catalog's stray comma ended in a traceback. These read the file
again, on the error path only, to name the row. And what a spreadsheet adds at a file's end that nobody typed,
and the rows a blank line shifts (the one read outside the error path, done only where the text has a blank line).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from indicators.errors import Problem, quoted

if TYPE_CHECKING:
    import pandas as pd

ROWS = "spreadsheet_rows"  # the frame's attrs key of `spreadsheet_rows`
BLANK_LINE = re.compile(r"(?:^|\n)[ \t\r]*(?:\n|$)")  # a line of nothing or spaces, which pandas skips
QUOTING_HINT = "check the quoting: a field holding a comma or a quote must be wrapped in double quotes"


def long_cell(path: Path, display: str, max_cell_chars: int, max_file_bytes: int) -> Problem:
    """The first cell longer than the CSV reader's limit, with its row and field (a 1 MB quote was refused
    with neither)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max_file_bytes)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle)
            header = next(rows)
            for number, row in enumerate(rows, start=2):
                for name, cell in zip(header, row, strict=False):
                    if len(cell) > max_cell_chars:
                        return Problem("cell-too-long", f"{quoted(cell, 40)} is {len(cell):,} characters; a cell holds "
                                       f"at most {max_cell_chars:,}", file=display, row=number, field=name)
    finally:
        csv.field_size_limit(limit)
    return Problem("cell-too-long", f"a cell is longer than {limit:,} characters", file=display)


def row_longer_than_header(path: Path, display: str) -> Problem:
    """The first row with more cells than the header, with its spreadsheet row."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        for number, row in enumerate(rows, start=2):
            if len(row) > len(header):
                return Problem("malformed-csv", f"{len(row)} cells where the header has {len(header)}",
                               file=display, row=number, hint=QUOTING_HINT)
    return Problem("malformed-csv", f"a row has more cells than the header's {len(header)}", file=display,
                   hint=QUOTING_HINT)


def unparsable_row(path: Path, display: str, reason: str) -> Problem:
    """The line where the row the reader gave up on starts: a stray or unclosed double quote was refused
    with the parser's words and no line ("',' expected after '\"'"), and an unclosed one swallows the rest of
    the file, so the line the reader stopped at is not where the analyst must look."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, strict=True)
        start = 1
        try:
            for _ in rows:
                start = rows.line_num + 1
        except csv.Error as exc:
            text = path.read_text(encoding="utf-8-sig").splitlines()[start - 1]
            return Problem("malformed-csv", f"cannot parse the row starting here ({exc}): {quoted(text, 60)}",
                           file=display, line=start, hint=QUOTING_HINT)
    return Problem("malformed-csv", f"cannot parse: {reason}", file=display, hint=QUOTING_HINT)


def without_spreadsheet_leftovers(frame: pd.DataFrame, text: str) -> pd.DataFrame:
    """`frame` without the trailing columns that have no name and no cell, nor the trailing rows of blanks, that a
    spreadsheet saves (a catalog row added in Excel): they were refused as `column "Unnamed: 6"` and as six empty
    fields of a row nobody typed. Only at the end, so that every other row keeps its number."""
    header = next(csv.reader(io.StringIO(text, newline="")), [])
    while len(header) == len(frame.columns) and header and not header[-1].strip() and \
            not frame.iloc[:, -1].fillna("").str.strip().astype(bool).any():
        frame, header = frame.iloc[:, :-1], header[:-1]
    blank = frame.fillna("").apply(lambda column: column.str.strip() == "").all(axis=1)
    while len(frame) and blank.iloc[len(frame) - 1]:
        frame = frame.iloc[:-1]
    if BLANK_LINE.search(text.rstrip("\r\n")):  # else pandas' index + 2 is every record's row
        frame.attrs[ROWS] = _record_rows(text)[:len(frame)]
    return frame


def _record_rows(text: str) -> list[int]:
    """The spreadsheet row of each data record pandas keeps: it skips a blank line (or one of spaces), which a
    spreadsheet still shows as a row, so that a frame's index + 2 named every row after one a row too low (the
    header is row 1; a record holding a line break in a quoted cell is one row, as a spreadsheet shows it)."""
    rows = [number for number, record in enumerate(csv.reader(io.StringIO(text, newline="")), start=1)
            if record and not (len(record) == 1 and not record[0].strip())]
    return rows[1:]


def spreadsheet_rows(frame: pd.DataFrame) -> list[int]:
    """The spreadsheet row of each row of `frame` as `read_csv_text` read it, counted on past its last for rows
    added since (the code table's jurisdictions); index + 2 for a frame read otherwise."""
    rows = list(frame.attrs.get(ROWS, ()))[:len(frame)]
    last = rows[-1] if rows else 1
    return rows + list(range(last + 1, last + 1 + len(frame) - len(rows)))


def utf8_hint(raw: bytes) -> str:
    """What to do with a raw file that is not UTF-8: most are GBK, a Chinese Windows' default, which Excel's "CSV"
    saves (a figures file reviewed in Excel was refused with "save the file as UTF-8", which that file was)."""
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return "save the file as UTF-8"
    return 'it reads as GBK (GB18030), as Excel saves "CSV" on a Chinese Windows: save it as UTF-8 (Excel: "CSV UTF-8")'
