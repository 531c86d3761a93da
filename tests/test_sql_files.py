"""SQL lives in `src/indicators/sql/` and is read by one loader: no query text in a package module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from indicators import paths
from indicators.read.sql import sql_for, sql_names, sql_text

PACKAGE = paths.PACKAGE_DIR
# a statement keyword followed by a blank: a regular expression about SQL (create\s+or...) is not SQL
STATEMENT = re.compile(r"^\s*(select|with|create|drop|alter|insert|update|delete|copy|attach|checkpoint)[ \n]", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def sql_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    skip |= {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            texts.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            texts.append("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    return [text for text in texts if STATEMENT.match(text)]


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sql_text_in_a_package_module(module: Path):
    assert sql_literals(module) == []


def test_the_detector_finds_sql_text(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Select a thing."""\nQUERY = "select 1 from reports"\nname = "x"\nf"drop table {name}"\n',
                      encoding="utf-8")
    assert sql_literals(sample) == ["select 1 from reports", "drop table "]


def test_only_the_loader_opens_sql_files():
    readers = [p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py")
               if "SQL_DIR" in p.read_text(encoding="utf-8") and p.name not in ("sql.py", "paths.py")]
    assert readers == []


def test_every_sql_file_reads_as_utf8_through_the_loader():
    names = [str(p.relative_to(paths.SQL_DIR)) for p in sorted(paths.SQL_DIR.rglob("*.sql"))]
    assert "checks/value_in_quote.sql" in names
    assert all(sql_text(name).strip() for name in names)
    assert "０１２３４５６７８９" in sql_text("checks/value_in_quote.sql")  # full-width digits survive
    assert sql_names("checks")[0].startswith("checks/")


def test_sql_for_accepts_only_identifiers():
    assert '"metric_values"' in sql_for("build/drop_stored.sql", view="metric_values")
    with pytest.raises(ValueError):
        sql_for("build/drop_stored.sql", view='x"; drop table reports; --')
