"""The build's refusals that need several tables: references, units, quotes in the text, values and bounds in
quotes (a bound's words are raw/bound_words.csv).

They run over the whole staged corpus in SQL (`sql/checks/`), after the per-file and per-cell checks.
The quote-in-text check comes last: it reads each quote's position in its text, which Python searches
for meanwhile (`raw/quote_positions.py`), so that the two cores do both at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import duckdb

from indicators.errors import Problem, quoted
from indicators.numbers import value_in_text
from indicators.raw.raw_names import name_raw_folder
from indicators.raw.references import references
from indicators.read.sql import sql_for, sql_names, sql_text


def cross_checks(con: duckdb.DuckDBPyConnection, folder: str, quotes_stored: Callable[[], None]) -> list[Problem]:
    """Every cross-table problem, naming files in the raw folder shown as `folder` (raw_names.raw_shown);
    `quotes_stored` is called, once the checks that do not need the quotes' positions have run, to wait for them
    and store them as `figure_quotes`."""
    name_raw_folder(con, folder)
    problems = reference_problems(con, folder)
    for name in sql_names("checks"):
        if name != "checks/value_in_quote.sql":
            problems += _sql_problems(con, sql_text(name))
    unconfirmed = con.execute(sql_text("checks/value_in_quote.sql")).fetchall()
    for file, row, value, quote in unconfirmed:
        if not value_in_text(float(value), quote):
            problems.append(Problem("value-not-in-quote", f"{quoted(value)} does not appear in its quote {quoted(quote)}",
                                    file=file, row=int(row), field="value", value=value))
    quotes_stored()
    return problems + _sql_problems(con, sql_text("checks/quotes/not_in_text.sql"))


def _sql_problems(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> list[Problem]:
    """The problems a check query returns as (code, file, row, field, value, message), with a seventh column
    `line` where the file is a meta.yml (its rows are lines: checks/reports.sql)."""
    return [Problem(code, f"{quoted(value)} {message}", file=file, row=int(row) if row is not None else None,
                    field=field, value=value, line=int(line[0]) if line and line[0] is not None else None)
            for code, file, row, field, value, message, *line in con.execute(sql, params).fetchall()]


def reference_problems(con: duckdb.DuckDBPyConnection, folder: str, tables: Collection[str] | None = None) -> list[Problem]:
    """Values that name no row of the catalog they refer to: one query per row of raw/references.csv (those of the
    referring `tables` alone where given: extract loads its rules and the metrics, not the whole catalog)."""
    problems: list[Problem] = []
    for ref in references():
        if tables is not None and ref.table not in tables:
            continue
        sql = sql_for("checks/references/reference.sql", table=f"raw_{ref.table}", column=ref.column,
                      target_table=f"raw_{ref.target_table}", target_column=ref.target_column)
        params = {"code": ref.code, "file": ref.file(folder), "field": ref.column, "message": ref.message(folder),
                  "optional": ref.optional, "list": ref.list}
        problems += _sql_problems(con, sql, params)
    return problems


def rule_problems(con: duckdb.DuckDBPyConnection, folder: str) -> list[Problem]:
    """The build's refusals of the metric rules (raw_extraction_rules against raw_metrics on `con`), for extract,
    which loads those two files alone: the same queries, so that both word and name them alike; in the file's order."""
    name_raw_folder(con, folder)
    problems = reference_problems(con, folder, tables=("extraction_rules",))
    problems += _sql_problems(con, sql_text("checks/extraction_rules.sql"))
    return sorted(problems, key=lambda problem: (problem.row or 0, problem.field or ""))
