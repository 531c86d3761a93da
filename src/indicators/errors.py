"""One exception type for every refusal, carrying where the problem is.

Each problem has a stable `code` (`quote-not-found`, `unit-mismatch`...) and the coordinates an
analyst needs to fix it: file, row (as a spreadsheet shows it: the header is row 1) or line
(YAML, text), field, value.
Validation collects every problem before failing, so one run lists them all.
"""

from __future__ import annotations

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
