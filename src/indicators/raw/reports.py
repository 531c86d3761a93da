"""Report texts and their metadata: `data/raw/reports/<report_id>.txt` + `<report_id>.meta.yml`.

The text is kept byte for byte as received; its sha256 is recorded in the metadata and the build
refuses a text whose hash differs, so a figure's quote always points into the text we hold.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pandas as pd

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.raw import covers
from indicators.raw.meta_yaml import meta_record
from indicators.raw.raw_names import raw_shown
from indicators.raw.schema import (
    DATE,
    YEAR,
    column,
    irregular_file,
    located_schema_problems,
    matches,
    one_of,
    pa,
    required,
)

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
META_FIELDS = (
    "report_id", "jurisdiction_code", "jurisdiction_name", "report_year", "title", "issuer",
    "signed_date", "published_date", "text_file", "encoding", "sha256", "source",
)
# the first year a report may be about (the State Council's 1999 decision on 依法行政 asked for yearly reports)
FIRST_REPORT_YEAR = 2000
# a meta.yml may leave them out: `covers` the title then decides (raw/covers.py); `scope` names the body whose report
# it is where that is not the jurisdiction's government (县政务服务中心): each figure then is that body's, as a figure's
# own `scope` makes it, and feeds none of the jurisdiction's indicators, targets or peers
SCOPE = "scope"
OPTIONAL_FIELDS = (covers.FIELD, SCOPE)

META_SCHEMA = pa.DataFrameSchema(
    {
        "report_id": column(matches(r"^[0-9]{6}-[0-9]{4}$", "bad-id", "is not <jurisdiction code>-<year>")),
        "jurisdiction_code": column(matches(r"^[0-9]{6}$", "bad-code", "is not a six-digit code")),
        "jurisdiction_name": column(required()),
        "report_year": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
        "title": column(required()),
        "issuer": column(required()),
        # optional: many pages state neither (indicators add-report leaves them empty)
        "signed_date": column(matches(f"(?:{DATE})|^$", "bad-date", "is not a date YYYY-MM-DD")),
        "published_date": column(matches(f"(?:{DATE})|^$", "bad-date", "is not a date YYYY-MM-DD")),
        "text_file": column(required()),
        "encoding": column(one_of(ENCODINGS)),
        "sha256": column(matches(r"^[0-9a-f]{64}$", "bad-hash", "is not a lower-case sha256 hex digest")),
        "source": column(),
    },
    strict=True,
)


def _field_problems(record: dict[str, str], lines: dict[str, int], display: str) -> list[Problem]:
    """Unknown and missing fields: only a record with exactly the known fields goes on to the cell checks."""
    problems: list[Problem] = []
    for key in record:
        if key not in META_FIELDS and key not in OPTIONAL_FIELDS:
            problems.append(Problem("unknown-field", f"{quoted(key)} is not a known field", file=display,
                                    line=lines.get(key), field=key))
    for key in META_FIELDS:
        if key not in record:
            problems.append(Problem("missing-field", "is missing", file=display, field=key))
    return problems


def _cell_problems(records: list[tuple[dict[str, str], dict[str, int], str]]) -> dict[str, list[Problem]]:
    """META_SCHEMA over every record in one pandera pass (per-call overhead made one pass per file take
    minutes over a national corpus), by display name, each problem on the line of its key."""
    if not records:
        return {}
    frame = pd.DataFrame([record for record, _, _ in records], columns=list(META_FIELDS), dtype=str)
    displays = pd.Series([display for _, _, display in records])
    lines = {display: line_of for _, line_of, display in records}
    found: dict[str, list[Problem]] = {}
    for p in located_schema_problems(frame, META_SCHEMA, displays, pd.Series(range(len(records)))):
        found.setdefault(p.file, []).append(Problem(p.code, p.message, file=p.file, line=lines[p.file].get(p.field or ""),
                                                    field=p.field, value=p.value))
    return found


def year_out_of_range(year: int, **where: object) -> Problem | None:
    """The one wording of a report year no report can be about: before FIRST_REPORT_YEAR, or after this year (a
    report is written once its year has begun); None for a year in between."""
    if FIRST_REPORT_YEAR <= year <= dt.date.today().year:
        return None
    why = f"before {FIRST_REPORT_YEAR}" if year < FIRST_REPORT_YEAR else "after this year, which a report cannot be about yet"
    return Problem("year-out-of-range", f'"{year}" is {why}', value=str(year), **where)  # type: ignore[arg-type]


def _record_problems(record: dict[str, str], lines: dict[str, int], display: str, stem: str,
                     cells: list[Problem]) -> list[Problem]:
    problems = list(cells)
    if not any(p.field == "report_year" for p in problems):  # a text of 2999 with no figures was built
        late = year_out_of_range(int(record["report_year"]), file=display, line=lines.get("report_year"),
                                 field="report_year")
        problems += [late] if late else []
    for key in ("signed_date", "published_date"):
        if not record[key]:
            continue  # a date the text does not state
        try:
            day = dt.date.fromisoformat(record[key])
        except ValueError:
            if not any(p.field == key for p in problems):
                problems.append(Problem("bad-date", f"{quoted(record[key])} is not a calendar date", file=display,
                                        line=lines.get(key), field=key, value=record[key]))
            continue
        if day > dt.date.today():  # 2031-12-20 for 2018-12-20 was built
            problems.append(Problem("date-after-today", f"{quoted(record[key])} is after today: no report is signed or "
                                    "published later than it is read", file=display, line=lines.get(key), field=key,
                                    value=record[key]))
    problems += covers.stated_problems(record, lines, display)
    if record["report_id"] != stem:
        problems.append(Problem("id-mismatch", f"{quoted(record['report_id'])} differs from the file name {quoted(stem)}",
                                file=display, line=lines.get("report_id"), field="report_id", value=record["report_id"]))
    return problems


def missing_text(display: str) -> Problem:
    """The one wording of a report text that is not there (the build's, add-report's)."""
    return Problem("missing-file", "report text not found", file=display)


def empty_text(display: str) -> Problem:
    """The one wording of a report text with no words: empty, blank lines, a byte-order mark alone."""
    return Problem("empty-text", "the report text is empty", file=display)


def _read_text(path: Path, display: str, record: dict[str, str], lines: dict[str, int]) -> tuple[str | None, list[Problem]]:
    """The decoded text after the hash check; problems name the text file or the meta line."""
    irregular = irregular_file(path, display)
    if irregular is not None:
        return None, [irregular]
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [missing_text(display)]
    if not raw.strip():
        return None, [empty_text(display)]
    digest = hashlib.sha256(raw).hexdigest()
    if digest != record["sha256"]:
        meta = display.removesuffix(".txt").removesuffix(".TXT")
        return None, [Problem(
            "hash-mismatch", f"{quoted(record['sha256'])} is recorded, but the text's sha256 is {digest}",
            file=f"{meta}.meta.yml", line=lines.get("sha256"), field="sha256", value=record["sha256"],
            hint=f"{display} changed since it was recorded; restore it, or record the new hash in its own commit",
        )]
    if b"\x00" in raw:
        return None, [Problem("binary-text", "the report text holds NUL bytes: not a text file", file=display,
                              line=raw[: raw.index(b"\x00")].count(b"\n") + 1)]
    try:
        text = raw.decode(record["encoding"])
    except UnicodeDecodeError as exc:
        return None, [Problem(
            "undecodable-text", f"{quoted(record['encoding'])} cannot decode bytes {raw[exc.start:exc.start + 4]!r}",
            file=display, line=raw[: exc.start].count(b"\n") + 1, field="encoding", value=record["encoding"],
        )]
    if not text.removeprefix("\ufeff").strip():  # a byte-order mark alone passed the check of the bytes above
        return None, [empty_text(display)]
    return text.removeprefix("\ufeff"), []


def _beside(text_path: Path, name: str, home: Path) -> bool:
    """Whether the text is a file in the reports folder itself: a plain name that is no symbolic link
    is, without resolving it (realpath cost 0.1 ms a file, seconds over a national corpus)."""
    if "/" not in name and name not in ("", ".", "..") and not text_path.is_symlink():
        return True
    return text_path.resolve().parent == home


def load_reports(raw_dir: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Every report's metadata and decoded text, with the problems found in them, each naming its file in
    `raw_dir` as the analyst opens it."""
    records: list[dict[str, str]] = []
    problems: list[Problem] = []
    folder = raw_dir / "reports"
    shown = f"{raw_shown(raw_dir)}reports/"
    parsed: list[tuple[dict[str, str], dict[str, int], str, str] | list[Problem]] = []
    for meta_path in sorted(folder.glob("*.meta.yml"), key=lambda path: path.name):  # as figure_files sorts
        display = f"{shown}{meta_path.name}"
        stem = meta_path.name.removesuffix(".meta.yml")
        try:
            record, lines = meta_record(meta_path, display)
        except IndicatorsError as exc:
            parsed.append(exc.problems)
            continue
        found = _field_problems(record, lines, display)
        parsed.append(found if found else (record, lines, display, stem))
    cells = _cell_problems([(item[0], item[1], item[2]) for item in parsed if isinstance(item, tuple)])
    home = folder.resolve()
    for item in parsed:
        if isinstance(item, list):
            problems.extend(item)
            continue
        record, lines, display, stem = item
        found = _record_problems(record, lines, display, stem, cells.get(display, []))
        problems.extend(found)
        if found:
            continue
        text_path = folder / record["text_file"]
        if not _beside(text_path, record["text_file"], home):
            problems.append(Problem("bad-path", f"{quoted(record['text_file'])} is not a file beside the metadata",
                                    file=display, line=lines.get("text_file"), field="text_file"))
            continue
        text, text_problems = _read_text(text_path, f"{shown}{record['text_file']}", record, lines)
        problems.extend(text_problems)
        if text is not None and record.get(SCOPE) and record[SCOPE] not in text:  # a scope is the text's words, never a guess
            problems.append(Problem("scope-not-in-text", f"{quoted(record[SCOPE])} is not in the report text", file=display,
                                    line=lines.get(SCOPE), field=SCOPE, value=record[SCOPE]))
        elif text is not None:
            # each field's line, for the SQL checks' messages (checks/reports.sql): {"report_id": 2, ...}
            records.append({**record, covers.FIELD: covers.covered(record), SCOPE: record.get(SCOPE, ""), "meta_file": display,
                            "meta_lines": json.dumps(lines), "text": text})
    columns = [*META_FIELDS, covers.FIELD, SCOPE, "meta_file", "meta_lines", "text"]
    return pd.DataFrame(records, columns=columns, dtype=str), problems
