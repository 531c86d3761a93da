"""One exception type for every refusal, carrying where the problem is.

Each problem has a stable `code` (`quote-not-found`, `unit-mismatch`...) and the coordinates an
analyst needs to fix it: file, row (as a spreadsheet shows it: the header is row 1) or line
(YAML, text), field, value.
Validation collects every problem before failing, so one run lists them all.
"""

from __future__ import annotations

import csv
import errno
import functools
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    file: str | None = None
    row: int | None = None
    field: str | None = None
    line: int | None = None
    value: object = None
    hint: str | None = None

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.line is not None:
            where.append(f"line {self.line}")
        head = " ".join(where)
        if self.field:
            head = f"{head}, field {self.field}" if head else f"field {self.field}"
        text = f"{head}: {self.message}" if head else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return f"{text} [{self.code}]"


@dataclass
class IndicatorsError(Exception):
    """Raised with one or more problems; the CLI prints one `Error:` line each and exits 1."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def single(cls, code: str, message: str, **where: object) -> IndicatorsError:
        return cls([Problem(code, message, **where)])  # type: ignore[arg-type]

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def quoted(value: object, limit: int = 80) -> str:
    """A value as it appears in a message: in double quotes, control characters escaped, cut."""
    text = str(value)
    # escape only what does not print (\x07, \n): Chinese text stays readable
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


FULL_DISK_SIGNS = ("No space left", "File too large", "Disk quota exceeded")  # how DuckDB words ENOSPC, EFBIG, EDQUOT
FULL_DISK_HINT = "free some space and retry; what was there before is unchanged"
OS_CODES = {
    errno.ENOSPC: "disk-full", errno.EDQUOT: "disk-full", errno.EACCES: "permission-denied",
    errno.EPERM: "permission-denied", errno.EROFS: "read-only-file-system", errno.ENAMETOOLONG: "name-too-long",
    errno.EISDIR: "is-a-folder", errno.ENOTDIR: "not-a-folder", errno.EFBIG: "disk-full",
}


def unexpected_problem(exc: BaseException) -> Problem | None:
    """A failure from outside the data (disk full, no permission, a damaged or foreign database file, a
    value too large to hold) as one Problem, so that the CLI prints one `Error:` line, not a traceback;
    None for a programming error, which must stay visible."""
    if isinstance(exc, OSError):
        code = OS_CODES.get(exc.errno or 0, "os-error")
        return Problem(code, exc.strerror or str(exc), file=str(exc.filename) if exc.filename else None,
                       hint=FULL_DISK_HINT if code == "disk-full" else None)
    duckdb = sys.modules.get("duckdb")  # never imported here just to look
    if duckdb is not None and isinstance(exc, duckdb.Error):
        text = " ".join(str(exc).split())
        if any(sign in text for sign in FULL_DISK_SIGNS):
            return Problem("disk-full", text[:400], hint=FULL_DISK_HINT)
        return Problem("database-error", text[:400], hint="if the database file is damaged or from another "
                       "version, rebuild it with `indicators build`")
    if isinstance(exc, MemoryError | RecursionError):
        return Problem("too-large", f"the input is too large or too deeply nested to process ({type(exc).__name__})")
    return None


KINDS_FILE = Path(__file__).parent / "problem_kinds.csv"  # code,zh: the Chinese of each kind, worded once
UNKNOWN_KIND = "数据有误"  # a code without a row; tests/test_problem_kinds.py fails on it


@functools.cache
def problem_kinds() -> dict[str, str]:
    """The Chinese name of each problem code, read once from problem_kinds.csv; none when it cannot be read (a
    damaged install), since the refusal being printed matters more than its Chinese."""
    try:
        with KINDS_FILE.open(encoding="utf-8", newline="") as f:
            return {row["code"]: row["zh"] for row in csv.DictReader(f)}
    except (OSError, UnicodeDecodeError, KeyError):
        return {}


def chinese(problem: Problem) -> str:
    """`错误：<where>：<kind>。`: where the problem is (file, 第N行 for a spreadsheet row, 文本第N行 for a line of a
    text or YAML file, 字段) and what kind it is, for analysts who read Chinese first; the details follow in English."""
    where = " ".join(part for part in (str(problem.file) if problem.file else "",
                                       f"第{problem.row}行" if problem.row is not None else "",
                                       f"文本第{problem.line}行" if problem.line is not None else "") if part)
    if problem.field:
        where = f"{where}，字段 {problem.field}" if where else f"字段 {problem.field}"
    kind = problem_kinds().get(problem.code, UNKNOWN_KIND)
    return f"错误：{where}：{kind}。" if where else f"错误：{kind}。"


def printable(text: str) -> str:
    """`text` on one printable line: newlines folded, undecodable file-name bytes escaped."""
    return " ".join(text.splitlines()).encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(problem: Problem) -> str:
    """`错误：…。Error: <problem>` on one printable line: the Chinese first, the English as it always read, so that
    what a script greps for (`Error: `, the file, `[code]`) is still there."""
    return printable(chinese(problem)) + printable("Error: " + str(problem))
