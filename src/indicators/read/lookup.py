"""Checks of the parameters a notebook or `indicators run` is given, against what the database holds.

Run before any analysis: a typo stops the run at once with one IndicatorsError listing every
problem and what exists, instead of an empty table further down.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.read.db import read_only
from indicators.read.queries import report_of
from indicators.read.sql import sql_text


def periods_of(jurisdiction: str, db_path: Path | None = None) -> list[int]:
    """Every period a jurisdiction has a figure or a report for."""
    with read_only(db_path) as con:
        rows = con.execute(sql_text("lookup/periods.sql"), {"jurisdiction": str(jurisdiction)}).fetchall()
    return [int(r[0]) for r in rows]


def validate_parameters(
    jurisdiction: str | None = None,
    year: int | None = None,
    base_period: int | None = None,
    period: int | None = None,
    target_set: str | None = None,
    jurisdictions: Sequence[str] | None = None,
    db_path: Path | None = None,
) -> None:
    """Refuse unknown jurisdictions, years, periods and target sets, listing what exists.

    Run in the first cell after a notebook's `parameters` cell, so a typo stops the run at once
    with a message that says what would have worked, instead of an empty table further down.
    """
    problems: list[Problem] = []
    with read_only(db_path) as con:
        # targeted lookups; the listing of what exists is read only for the message of a miss
        if jurisdiction is not None:
            try:
                if year is not None:
                    report_of(con, jurisdiction, year)
                elif not con.execute(sql_text("lookup/jurisdiction_has_report.sql"),
                                     {"jurisdiction": str(jurisdiction)}).fetchone():
                    report_of(con, jurisdiction, -1)
            except IndicatorsError as exc:
                problems += exc.problems
        if year is not None and jurisdiction is None and not con.execute(
            sql_text("lookup/year_has_report.sql"), {"year": str(int(year))}
        ).fetchone():
            years = ", ".join(str(r[0]) for r in con.execute(sql_text("lookup/report_years.sql")).fetchall())
            problems.append(
                Problem("unknown-year", f"{quoted(year)} has no report; years loaded: {years}", field="year", value=year)
            )
        if jurisdictions:
            codes = [str(code) for code in jurisdictions]
            known = {r[0] for r in con.execute(sql_text("lookup/loaded_jurisdictions.sql"), {"codes": codes}).fetchall()}
            if set(codes) - known:
                shown = ", ".join(r[0] for r in con.execute(sql_text("lookup/first_jurisdictions.sql")).fetchall())
                problems += [Problem("unknown-jurisdiction", f"{quoted(code)} is not loaded; loaded: {shown}",
                                     field="jurisdictions", value=code) for code in codes if code not in known]
    if jurisdiction is not None and (base_period is not None or period is not None) and not problems:
        problems += _period_problems(str(jurisdiction), base_period, period, db_path)
    if target_set is not None and target_set != "" and not problems:
        problems += _target_set_problems(str(jurisdiction), int(year), target_set, db_path)  # type: ignore[arg-type]
    if problems:
        raise IndicatorsError(problems)


def _period_problems(jurisdiction: str, base_period: int | None, period: int | None, db_path: Path | None) -> list[Problem]:
    known = periods_of(jurisdiction, db_path)
    listed = ", ".join(str(p) for p in known)
    problems = [
        Problem("unknown-period", f"{quoted(value)} has no figure for {jurisdiction}; periods with figures: {listed}",
                field=name, value=value)
        for name, value in (("base_period", base_period), ("period", period))
        if value is not None and int(value) not in known
    ]
    if not problems and base_period is not None and period is not None and int(base_period) > int(period):
        problems.append(Problem("period-order", f"base period {base_period} comes after period {period}",
                                field="base_period", value=base_period, hint="swap them"))
    return problems


def _target_set_problems(jurisdiction: str, year: int, target_set: str, db_path: Path | None) -> list[Problem]:
    with read_only(db_path) as con:
        all_sets = [r[0] for r in con.execute(sql_text("lookup/target_sets.sql")).fetchall()]
        applicable = [r[0] for r in con.execute(sql_text("analysis/target_sets_applicable.sql"),
                                                {"jurisdiction": jurisdiction, "year": year}).fetchall()]
    usable = ", ".join(applicable) or "none"
    if target_set not in all_sets:
        return [Problem("unknown-target-set", f"{quoted(target_set)} is not in target_sets.csv; known: {', '.join(all_sets)}",
                        field="target_set", value=target_set, hint=f"sets that apply to {jurisdiction}: {usable}")]
    if target_set not in applicable:
        return [Problem("target-set-not-applicable",
                        f"{quoted(target_set)} has no target for the level or province of {jurisdiction}; applicable: {usable}",
                        field="target_set", value=target_set)]
    return []
