"""The Chinese of every problem code is one row of src/indicators/problem_kinds.csv: a code the source raises
without a row would print the generic 数据有误, and a row no source raises is wording nobody reads.

The codes are collected from the source as a reader finds them: the first argument of `Problem(...)` and
`IndicatorsError.single(...)`, every other kebab-case string of the Python (OS_CODES, the pandera checks'
`code|message` names, `matches(..., "bad-code", ...)`), the quoted kebab-case literals of the SQL checks, and
the `code` column of the package's CSV files (raw/references.csv). NOT_CODES names the kebab-case strings that
are no code (an encoding, a package name, a CSS property)."""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

from indicators import errors
from indicators.errors import Problem, one_line

SRC = Path(errors.__file__).parent
KINDS = SRC / "problem_kinds.csv"
KEBAB = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
NOT_CODES = {"utf-8", "utf-8-sig", "yyyy-mm-dd", "vega-lite", "vl-convert-python", "fazhi-indicators", "text-align",
             "read-ahead", "before-after", "page-subject", "county-level", "prefecture-level", "add-report",
             "tabular-data-package", "tabular-data-resource"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _python_codes(path: Path) -> set[str]:
    """The codes one Python module may raise: first arguments of Problem/single, and kebab-case strings."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("Problem", "single") and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            head = node.value.split("|")[0] if "|" in node.value else node.value  # a pandera check: code|message
            if KEBAB.fullmatch(head):
                found.add(head)
    return found


def raised_codes() -> set[str]:
    """Every problem code of src/, as the module docstring says."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        found |= _python_codes(path)
    for path in SRC.rglob("*.sql"):
        found |= {m for m in re.findall(r"'([^'\n]+)'", path.read_text(encoding="utf-8")) if KEBAB.fullmatch(m)}
    for path in SRC.rglob("*.csv"):
        if path != KINDS:
            with path.open(encoding="utf-8") as f:
                found |= {row["code"] for row in csv.DictReader(f) if KEBAB.fullmatch(row.get("code") or "")}
    return found - NOT_CODES


def kinds() -> dict[str, str]:
    with KINDS.open(encoding="utf-8", newline="") as f:
        return {row["code"]: row["zh"] for row in csv.DictReader(f)}


def test_every_raised_code_has_its_chinese_and_every_row_is_raised() -> None:
    raised, worded = raised_codes(), kinds()
    assert len(raised) >= 100  # the collector found the codes (130 when the table was written)
    assert sorted(raised - set(worded)) == [], "codes without a row of problem_kinds.csv"
    assert sorted(set(worded) - raised) == [], "rows of problem_kinds.csv no source raises"


def test_each_chinese_is_chinese_one_line_and_worded_once() -> None:
    worded = kinds()
    assert all(CJK.search(zh) and "\n" not in zh and not zh.endswith("。") for zh in worded.values()), worded
    with KINDS.open(encoding="utf-8") as f:
        codes = [row["code"] for row in csv.DictReader(f)]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(("problem", "line"), [
    (Problem("duplicate-id", '"件" repeats row 4', file="data/raw/catalog/units.csv", row=35, field="unit"),
     '错误：data/raw/catalog/units.csv 第35行，字段 unit：编号重复。'
     'Error: data/raw/catalog/units.csv row 35, field unit: "件" repeats row 4 [duplicate-id]'),
    (Problem("malformed-yaml", "cannot parse", file="a.meta.yml", line=3),
     "错误：a.meta.yml 文本第3行：YAML 格式有误。Error: a.meta.yml line 3: cannot parse [malformed-yaml]"),
    (Problem("no-chart-format", "--charts names no format", field="charts"),
     "错误：字段 charts：未给出图表格式。Error: field charts: --charts names no format [no-chart-format]"),
    (Problem("too-large", "the input is too large"), "错误：输入过大或嵌套过深。Error: the input is too large [too-large]"),
])
def test_the_line_reads_chinese_first_and_the_english_as_before(problem: Problem, line: str) -> None:
    assert one_line(problem) == line


def test_a_code_without_a_row_reads_the_generic_chinese() -> None:
    """A missing row must not turn a refusal into a traceback: the test above is what catches it."""
    line = one_line(Problem("no-such-code", "something", file="f.csv", row=2))
    assert line == "错误：f.csv 第2行：数据有误。Error: f.csv row 2: something [no-such-code]"
