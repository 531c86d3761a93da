"""Read a raw CSV file as text and validate it with a pandera schema.

Every cell is read as a string so that an error can quote the value exactly as the analyst typed it
("1e3", "NaN", "１２"), and pandera's failure report is turned into `Problem`s naming file, row,
field and value. Row numbers are those a spreadsheet shows: the header is row 1.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.raw.csv_rows import (
    QUOTING_HINT,
    long_cell,
    row_longer_than_header,
    spreadsheet_rows,
    unparsable_row,
    utf8_hint,
    without_spreadsheet_leftovers,
)
from indicators.raw.duplicates import UNIQUENESS_CHECKS, duplicate_problems
from indicators.raw.hidden_characters import no_direction_mark, printable
from indicators.raw.number_hint import number_hint

PLAIN_NUMBER = r"^-?[0-9]+(\.[0-9]+)?$"
YEAR = r"^[0-9]{4}$"
SNAKE_ID = r"^[a-z][a-z0-9_]*$"
DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
BOOL = ("true", "false", "")


def check(code: str, message: str, fn) -> pa.Check:
    """A pandera check whose failures carry our error code and message."""
    # pandera 0.35 reports `error` (older versions `name`) as the failed check: both carry "code|message"
    return pa.Check(fn, element_wise=True, name=f"{code}|{message}", error=f"{code}|{message}")


def matches(pattern: str, code: str, message: str) -> pa.Check:
    regex = re.compile(pattern)
    return check(code, message, lambda v: bool(regex.match(v)))


def below(limit: float) -> pa.Check:
    """A plain number whose size stays under `limit`, so that sums, ratios and percentages stay finite
    and exact; a cell that is not a plain number passes here (the number check refuses it)."""

    def small(value: str) -> bool:
        return not re.fullmatch(PLAIN_NUMBER.strip("^$"), value) or abs(float(value)) < limit

    return check("value-too-large", f"is {limit:.0e} or more, larger than any figure of a report", small)


def calendar_date(partial: bool = False, optional: bool = False) -> pa.Check:
    """A real calendar date YYYY-MM-DD (or YYYY / YYYY-MM when `partial`): a regex alone lets 2017-02-30 through."""
    shapes = ("YYYY, YYYY-MM or YYYY-MM-DD" if partial else "YYYY-MM-DD")

    def valid(value: str) -> bool:
        if optional and value == "":
            return True
        if partial and re.fullmatch(r"[0-9]{4}(-[0-9]{2})?", value):
            value = (value + "-01-01")[:10] if len(value) == 4 else value + "-01"
        if not re.fullmatch(DATE.strip("^$"), value):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True

    return check("bad-date", f"is not a calendar date {shapes}", valid)


def one_of(allowed: tuple[str, ...] | list[str], code: str = "not-allowed") -> pa.Check:
    shown = ", ".join(a if a else '""' for a in allowed)
    return check(code, f"not one of {shown}", lambda v: v in allowed)


def required() -> pa.Check:
    return check("empty-value", "must not be empty", lambda v: v.strip() != "")


# the csv module's default field limit, fixed here: frictionless raises the module's limit for the whole
# process when imported, and a cell's limit must not depend on what else was imported
MAX_CELL_CHARS = 131_072


def not_too_long() -> pa.Check:
    """Refuses a cell over MAX_CELL_CHARS (a 1 MB quote), naming its row; vectorized."""
    message = f"cell-too-long|is longer than {MAX_CELL_CHARS:,} characters, more than any cell of a raw file needs"
    return pa.Check(lambda cells: cells.str.len() <= MAX_CELL_CHARS, name=message, error=message)


def column(*checks: pa.Check, unique: bool = False) -> pa.Column:
    """A text column of a raw file: never a control character or a direction mark, never over MAX_CELL_CHARS, plus
    `checks`."""
    return pa.Column(str, checks=[printable(), no_direction_mark(), not_too_long(), *checks], unique=unique,
                     nullable=False)


MAX_RAW_BYTES = 100_000_000  # a report text is ~50 KB and a figures file a few KB


def irregular_file(path: Path, display: str) -> Problem | None:
    """A raw path that is not a plain file of sane size with a UTF-8 name: a FIFO blocked the build forever,
    /dev/zero (through a symlink) never ends, and an undecodable name crashed the database load. None
    when the file is fine or missing (its reader says so)."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return Problem("bad-file-name", "the file name is not UTF-8; rename the file",
                       file=display.encode("utf-8", "backslashreplace").decode("utf-8"))
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return Problem("not-a-file", "is not a regular file (a pipe, a device or a folder): raw data are plain files",
                       file=display)
    if info.st_size > MAX_RAW_BYTES:
        return Problem("file-too-large", f"is {info.st_size:,} bytes; a raw file is at most {MAX_RAW_BYTES:,}",
                       file=display)
    return None


def read_csv_text(path: Path, display: str) -> pd.DataFrame:
    """The CSV as a frame of strings; malformed, empty or undecodable files raise with their line."""
    irregular = irregular_file(path, display)
    if irregular is not None:
        raise IndicatorsError([irregular])
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndicatorsError.single("missing-file", "file not found", file=display) from None
    if not raw.strip():
        raise IndicatorsError.single("empty-file", "the file is empty; expected a header row", file=display)
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise IndicatorsError.single(
            "not-utf8", f"bytes {raw[exc.start:exc.start + 4]!r} are not UTF-8", file=display, line=line,
            hint=utf8_hint(raw),
        ) from None
    try:
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8-sig", skipinitialspace=False,
            on_bad_lines="error", engine="python",
        )
    except pd.errors.ParserError as exc:
        if "field larger than field limit" in str(exc):
            raise IndicatorsError([long_cell(path, display, MAX_CELL_CHARS, MAX_RAW_BYTES)]) from None
        line = re.search(r"line (\d+)", str(exc))
        if not line:
            raise IndicatorsError([unparsable_row(path, display, str(exc))]) from None
        raise IndicatorsError.single(
            "malformed-csv", f"cannot parse: {exc}", file=display, line=int(line.group(1)), hint=QUOTING_HINT,
        ) from None
    if not isinstance(frame.index, pd.RangeIndex):  # a row longer than the header became an index column
        raise IndicatorsError([row_longer_than_header(path, display)])
    frame = without_spreadsheet_leftovers(frame, raw.decode("utf-8-sig"))
    if frame.empty:
        raise IndicatorsError.single("no-rows", "the file has a header but no rows", file=display, row=2,
                                     hint="add its rows, or delete the file if it has none to hold")
    frame.columns = [str(c) for c in frame.columns]
    return frame


# pandera's own checks of the header (repeated keys are worded in raw/duplicates.py)
_COLUMN_CHECKS = {"column_in_schema": ("unknown-column", "is not a known column"),
                  "column_in_dataframe": ("missing-column", "is missing")}


def schema_problems(frame: pd.DataFrame, schema: pa.DataFrameSchema, display: str) -> list[Problem]:
    """Validate `frame` and turn every pandera failure into a Problem naming row, field and value."""
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = [case for case in exc.failure_cases.to_dict("records") if case["check"] not in UNIQUENESS_CHECKS]
        repeats = [problem for _, problem in duplicate_problems(frame, schema, display)]
        return [_problem(case, frame, display) for case in cases] + repeats
    return []


def _problem(case: dict, frame: pd.DataFrame, display: str) -> Problem:
    check_name = str(case["check"])
    index = case.get("index")
    row = spreadsheet_rows(frame)[int(index)] if index is not None and not pd.isna(index) else None
    column = case.get("column")
    value = case.get("failure_case")
    if check_name in _COLUMN_CHECKS:
        code, message = _COLUMN_CHECKS[check_name]
        return Problem(code, f"column {quoted(value)} {message}", file=display, row=1, field=str(value))
    if check_name.startswith("dtype") or check_name.startswith("not_nullable"):
        return Problem("bad-cell", f"{quoted(value)} is not text", file=display, row=row, field=column, value=value)
    code, _, message = check_name.partition("|")
    return cell_problem(code, message or code, value, file=display, row=row, field=column)


def cell_problem(code: str, message: str, value: object, **where: object) -> Problem:
    """A cell a check refused, worded once for pandera's path and the build's SQL checks (figure_table.py):
    its value, the check's message and, for a number typed as a report writes it, what to type instead."""
    hint = number_hint(str(value)) if code == "not-a-number" else None
    return Problem(code, f"{quoted(value)} {message}", value=value, hint=hint, **where)


def located_schema_problems(frame: pd.DataFrame, schema: pa.DataFrameSchema, files: pd.Series, rows: pd.Series,
                            ignore_columns: tuple[str, ...] = ()) -> list[Problem]:
    """Validate the rows of many files in one pass; each failure names its own file and row.

    pandera costs milliseconds per call and per column whatever the size of the frame, so a national
    corpus (28,500 figures files) validated file by file spent minutes in overhead alone. `files`
    and `rows` hold each row's display name and spreadsheet row; failures of `ignore_columns` (the
    key that only makes a combined frame's uniqueness per file) are dropped. Problems come out in the
    order of the files, and within a file in pandera's order, as a file-by-file pass gives them.
    """
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        found = []
        for case in exc.failure_cases.to_dict("records"):
            index = case.get("index")
            if (case.get("column") in ignore_columns or index is None or pd.isna(index)
                    or case["check"] in UNIQUENESS_CHECKS):
                continue
            problem = _problem(case, frame, files.iloc[int(index)])
            found.append((int(index), replace(problem, row=int(rows.iloc[int(index)]))))
        found += [(index, replace(problem, file=files.iloc[index]))
                  for index, problem in duplicate_problems(frame, schema, "", rows, ignore_columns)]
        order = {name: i for i, name in enumerate(dict.fromkeys(files))}
        found.sort(key=lambda item: order[files.iloc[item[0]]])
        return [problem for _, problem in found]
    return []
