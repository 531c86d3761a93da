"""Curated figures: `data/raw/figures/<report_id>.csv`, one row per figure of one report.

Required columns: metric_id, period, value, unit, qualifier, quote, note. `scope` and `variant` are
optional: whose figure it is when not the whole jurisdiction's (市水务局水政监察大队's 6 officers
against the city's 93 of the year before), and the wording when a report counts a metric another way
(网上可办 for 网上全流程办理), so that year on year never compares figures of another scope or variant. The
extractor's review columns (quote_start, quote_end, rule, confidence, suggested_metrics) are allowed, so that a
reviewed extraction loads as it is; any other column is refused. Checks that need the catalog or the report text (unknown
metric, unit, quote in text, value in quote) run in SQL at build time.
"""

from __future__ import annotations

import csv
import io
import queue
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from indicators.errors import IndicatorsError, Problem
from indicators.raw.csv_rows import spreadsheet_rows
from indicators.raw.raw_names import DEFAULT, raw_shown
from indicators.raw.schema import (
    PLAIN_NUMBER,
    YEAR,
    below,
    column,
    irregular_file,
    matches,
    one_of,
    pa,
    read_csv_text,
    required,
    schema_problems,
)

QUALIFIERS = ("", "lower_bound", "upper_bound", "approximate")
# no figure of a report comes near (China's GDP is ~1.3e14 yuan); two counts of 1e308 made an indicator inf
MAX_VALUE = 1e15
REVIEW_COLUMNS = ("quote_start", "quote_end", "rule", "confidence", "suggested_metrics")
OPTIONAL_COLUMNS = ("scope", "variant")  # kept, empty when a file has none
# bodies handed to DuckDB at a time: small enough that its parse starts while the files are still read
CHUNK_BYTES = 16 << 20
# a line of blanks and commas only (a blank line, a spreadsheet's ,,,,,,,)
_BLANK_ROW = re.compile(rb"^[ \t,]*\n", re.MULTILINE)

FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "metric_id": column(required()),
        "period": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
        "value": column(matches(PLAIN_NUMBER, "not-a-number", "is not a plain number (digits, optional sign and decimals)"),
                        below(MAX_VALUE)),
        "unit": column(required()),
        "qualifier": column(one_of(QUALIFIERS)),
        "quote": column(required()),
        "note": column(),
        "scope": pa.Column(str, required=False),
        "variant": pa.Column(str, required=False),
        **{name: pa.Column(str, required=False) for name in REVIEW_COLUMNS},
    },
    strict=True,
    unique=["metric_id", "period"],
)


def figure_files(raw_dir: Path) -> list[Path]:
    """The figures files in the order of their names: the order Path's own comparison gives within one
    folder, without its cost (it compares every part of both paths: 0.4 s of the build's first step)."""
    return sorted((raw_dir / "figures").glob("*.csv"), key=lambda path: path.name)


def figure_columns() -> tuple[list[str], set[str]]:
    """The core columns every figures file has, in order, and every column a file may have."""
    core = [c for c in FIGURES_SCHEMA.columns if c not in REVIEW_COLUMNS and c not in OPTIONAL_COLUMNS]
    return core, set(FIGURES_SCHEMA.columns)


def _plain_rows(path: Path, allowed: set[str], core: list[str], optional: tuple[str, ...] = OPTIONAL_COLUMNS
                ) -> list[tuple[int, tuple[str, ...]]] | None:
    """(spreadsheet row, core columns in the order of `core`) of a well-formed file; None when anything is
    unusual (encoding, header, a row of another width, no rows), and the file then takes the careful
    path of `read_csv_text`, which reports the problem. pandas costs about 4 ms a call even for a tiny
    file; the csv module reads one in a few tens of microseconds, which matters for 28,500 files.

    A row of blanks (a blank line, or the ,,,,,,, a spreadsheet saves for a row it once held) is no figure: it is
    skipped and still counted, so that a row named after it is the one a spreadsheet shows (a blank line made
    every later error name the row above, and ,,,,,,, was refused as "a candidate not yet reviewed ( : )").
    Trailing columns a spreadsheet saves with no name and no cell are dropped ("Unnamed: 8" was refused)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error):
        return None
    while records and records[0] and not records[0][-1].strip() and all(  # an empty trailing column: name, cells
            len(row) == len(records[0]) - 1 or len(row) == len(records[0]) and not row[-1].strip() for row in records[1:] if row):
        records = [records[0][:-1]] + [row[:len(records[0]) - 1] for row in records[1:]]
    rows = [(number, row) for number, row in enumerate(records, start=1) if any(cell.strip() for cell in row)]
    if len(rows) < 2 or rows[0][0] != 1:
        return None
    header, width = rows[0][1], len(rows[0][1])
    if len(set(header)) != width or not set(core) <= set(header) <= allowed or any(len(row) != width for _, row in rows):
        return None
    picks = [header.index(c) for c in core]
    extra = [header.index(c) if c in header else None for c in optional]
    return [(number, tuple(row[i] for i in picks) + tuple("" if i is None else row[i] for i in extra))
            for number, row in rows[1:]]


@dataclass
class FigureFiles:
    """What one Python pass over the figures files found, handed to DuckDB's parse as it goes.

    `names` holds (report_id, display name) per file index. Well-formed files (a known header, LF line
    ends, no blank line) arrive on `chunks` as (file index, header, body, line count), about `CHUNK_BYTES`
    at a time, then None: DuckDB parses each chunk's bodies of one header at once (its `read_csv` over a
    glob pays milliseconds per file), while this pass reads the next files, from the disk on a session's
    first build. `careful` lists the other files, read later with the csv module or pandas (`rows`: file
    index, spreadsheet row, core and optional columns), so that their problems keep file, line and field.
    """

    folder: str = DEFAULT  # the raw folder as its files are named (raw_names.raw_shown), set by the reading pass
    names: list[tuple[str, str]] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    chunks: queue.SimpleQueue = field(default_factory=queue.SimpleQueue)
    careful: list[int] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def arrived(self) -> Iterator[list[tuple[int, tuple[str, ...], bytes, int]]]:
        """The chunks as the reading pass hands them over, until it ends; its error, if it failed."""
        while (chunk := self.chunks.get()) is not None:
            if isinstance(chunk, BaseException):
                raise chunk
            yield chunk


def _bulk_body(data: bytes, allowed: set[str], core: list[str]) -> tuple[tuple[str, ...], bytes, int] | None:
    """(header, body, lines) of a file whose every line after the header is one row; None when anything
    is unusual (CR line ends, a quoted header, a blank line, no rows), and the file takes the careful path.
    A quoted line break or a malformed row passes here; DuckDB's count or its strict parse catches it."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    end = data.find(b"\n")
    if end < 0 or b"\r" in data or b'"' in data[:end]:
        return None
    try:
        header = tuple(data[:end].decode("ascii").split(","))
    except UnicodeDecodeError:
        return None
    if len(set(header)) != len(header) or not set(core) <= set(header) <= allowed:
        return None
    body = data[end + 1:]
    if not body.endswith(b"\n"):
        body += b"\n"
    if body == b"\n" or _BLANK_ROW.search(body):  # a row of blanks is skipped but counted (_plain_rows)
        return None
    return header, body, body.count(b"\n")


def read_figure_files(raw_dir: Path, found: FigureFiles | None = None) -> FigureFiles:
    """Every figures file read once into `found` (a new one by default), its well-formed bodies handed over
    in chunks as they are read; it may run on a thread while the caller parses what has arrived."""
    found = FigureFiles() if found is None else found
    core, allowed = figure_columns()
    chunk: list[tuple[int, tuple[str, ...], bytes, int]] = []
    size = 0
    try:
        # the file as the analyst opens it, which every figure's source_file keeps (exports, pages): a build of
        # --raw /tmp/work/raw exported data/raw/figures/…, a file the project does not hold
        found.folder = raw_shown(raw_dir)
        for index, path in enumerate(figure_files(raw_dir)):
            display = f"{found.folder}figures/{path.name}"
            irregular = irregular_file(path, display)
            # a name that is not UTF-8 cannot reach DuckDB; its file is refused and holds no rows there
            found.names.append((path.stem, display) if irregular is None else ("", irregular.file or ""))
            found.paths.append(path)
            if irregular is not None:
                found.problems.append(irregular)
                continue
            bulk = _bulk_body(path.read_bytes(), allowed, core)
            if bulk is None:
                found.careful.append(index)
                continue
            chunk.append((index, *bulk))
            size += len(bulk[1])
            if size >= CHUNK_BYTES:
                found.chunks.put(chunk)
                chunk, size = [], 0
    except BaseException as exc:
        found.chunks.put(exc)  # the parse waiting for the next chunk raises it
        raise
    if chunk:
        found.chunks.put(chunk)
    found.chunks.put(None)
    return found


def careful_rows(found: FigureFiles, index: int, core: list[str], allowed: set[str]) -> None:
    """One file read with the csv module (pandas when unusual), its rows or problems added to `found`."""
    path, display = found.paths[index], found.names[index][1]
    rows = _plain_rows(path, allowed, core)
    if rows is None:
        try:
            frame = read_csv_text(path, display)
        except IndicatorsError as exc:
            found.problems.extend(exc.problems)
            return
        if not set(core) <= set(frame.columns) <= allowed:
            found.problems.extend(schema_problems(frame, FIGURES_SCHEMA, display))
            return
        for name in OPTIONAL_COLUMNS:
            frame[name] = frame[name] if name in frame.columns else ""
        rows = list(zip(spreadsheet_rows(frame), frame[[*core, *OPTIONAL_COLUMNS]].itertuples(index=False, name=None),
                        strict=True))
    found.rows += [(index, number, *row) for number, row in rows]


def check_messages() -> dict[tuple[str, str], str]:
    """The wording of each (field, code) of FIGURES_SCHEMA's cell checks, for the checks run in SQL."""
    messages = {}
    for name, col in FIGURES_SCHEMA.columns.items():
        for chk in col.checks:
            code, _, message = str(chk.name).partition("|")
            messages[(name, code)] = message
    return messages
