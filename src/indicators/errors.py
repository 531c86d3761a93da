"""One exception type for every refusal, carrying where the problem is.

Each problem has a stable `code` (`quote-not-found`, `unit-mismatch`...) and the coordinates an
analyst needs to fix it: file, row (as a spreadsheet shows it: the header is row 1) or line
(YAML, text), field, value.
Validation collects every problem before failing, so one run lists them all.
"""

from __future__ import annotations

import errno
import sys
from dataclasses import dataclass, field


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


def one_line(problem: Problem) -> str:
    """`Error: <problem>` on one printable line: newlines folded, undecodable file-name bytes escaped."""
    text = " ".join(str(problem).splitlines())
    return "Error: " + text.encode("utf-8", "backslashreplace").decode("utf-8")
