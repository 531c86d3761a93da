"""Lookups of what the database holds, and every `unknown-*` problem of a query, worded once.

A jurisdiction, year, period or target set that is not loaded is refused here, whoever asks (a
notebook's first cell, `indicators show/check/run/export`, a batch run), with one wording that
says what exists, so that a typo says what would have worked. The listing of what exists is read
only when a lookup misses: with thousands of jurisdictions it costs more than the query itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.read.db import read_only
from indicators.read.sql import sql_text

SHOWN = 20  # jurisdictions named in a message; the rest are counted
REGIONS = ("province", "prefecture")  # what peers_within may name: the focus's province, or its parent


def _rows(con: duckdb.DuckDBPyConnection, name: str, **params: object) -> list[tuple]:
    return con.execute(sql_text(f"lookup/{name}.sql"), params).fetchall()


def unknown_jurisdiction(con: duckdb.DuckDBPyConnection, code: object, field: str = "jurisdiction") -> Problem:
    """`"441299" is not loaded; loaded: 441284 四会市, ... and N more`."""
    listing = _rows(con, "jurisdiction_listing")
    shown = ", ".join(f"{c} {n}" for c, n in listing[:SHOWN]) or "none"
    more = f" and {len(listing) - SHOWN} more" if len(listing) > SHOWN else ""
    return Problem("unknown-jurisdiction", f"{quoted(code)} is not loaded; loaded: {shown}{more}", field=field, value=str(code))


def unknown_year(con: duckdb.DuckDBPyConnection, year: object, jurisdiction: str | None = None) -> Problem:
    """`"2016" has no report for 441284; years loaded: 2017` (without "for ..." when no jurisdiction is given)."""
    years = ", ".join(str(r[0]) for r in _rows(con, "report_years", jurisdiction=jurisdiction)) or "none"
    whose = f" for {jurisdiction}" if jurisdiction is not None else ""
    return Problem("unknown-year", f"{quoted(year)} has no report{whose}; years loaded: {years}", field="year", value=str(year))


def unknown_period(jurisdiction: str, name: str, value: object, known: Sequence[int]) -> Problem:
    listed = ", ".join(str(p) for p in known) or "none"
    return Problem("unknown-period", f"{quoted(value)} has no figure for {jurisdiction}; periods with figures: {listed}",
                   field=name, value=value)


def unknown_target_set(target_set: str, known: Sequence[str], jurisdiction: str | None, usable: str | None) -> Problem:
    """With `usable` (the sets that apply to `jurisdiction`) as a hint when there is one jurisdiction."""
    hint = f"sets that apply to {jurisdiction}: {usable}" if usable is not None else None
    return Problem("unknown-target-set", f"{quoted(target_set)} is not in target_sets.csv; known: {', '.join(known)}",
                   field="target_set", value=target_set, hint=hint)


def report_of(con: duckdb.DuckDBPyConnection, jurisdiction: str, year: int | str) -> str:
    """The report id of `jurisdiction`/`year`, or an error saying which of the two is not loaded."""
    found = _rows(con, "report_id", jurisdiction=str(jurisdiction), year=str(year))
    if found:
        return str(found[0][0])
    if not _rows(con, "jurisdiction_has_report", jurisdiction=str(jurisdiction)):
        raise IndicatorsError([unknown_jurisdiction(con, jurisdiction)])
    raise IndicatorsError([unknown_year(con, year, str(jurisdiction))])


def require_report(jurisdiction: str, year: int, db_path: Path | None = None) -> str:
    """The report id of `jurisdiction`/`year` on a connection of its own."""
    with read_only(db_path) as con:
        return report_of(con, jurisdiction, year)


def periods_of(jurisdiction: str, db_path: Path | None = None) -> list[int]:
    """Every period a jurisdiction has a figure or a report for."""
    with read_only(db_path) as con:
        return [int(r[0]) for r in _rows(con, "periods", jurisdiction=str(jurisdiction))]


def validate_parameters(
    jurisdiction: str | None = None,
    year: int | None = None,
    base_period: int | None = None,
    period: int | None = None,
    target_set: str | None = None,
    jurisdictions: Sequence[str] | None = None,
    peers_within: str | None = None,
    db_path: Path | None = None,
    base_before_period: bool = False,
) -> None:
    """Refuse unknown jurisdictions, years, periods and target sets, listing what exists.

    Run in the first cell after a notebook's `parameters` cell, so a typo stops the run at once
    with a message that says what would have worked, instead of an empty table further down.
    `base_before_period`: the base must be earlier than the period, not the period itself, as `indicators run`
    needs (a base equal to the year reads as "nothing before it"); a notebook's own year on year allows equality.
    """
    problems: list[Problem] = []
    if peers_within and peers_within not in REGIONS:
        problems.append(Problem("unknown-region", f"{quoted(peers_within)} is not a region to compare within; "
                                f"regions: {', '.join(REGIONS)}", field="peers_within", value=peers_within))
    with read_only(db_path) as con:
        if jurisdiction is not None and year is not None:
            try:
                report_of(con, jurisdiction, year)
            except IndicatorsError as exc:
                problems += exc.problems
        elif jurisdiction is not None and not _rows(con, "jurisdiction_has_report", jurisdiction=str(jurisdiction)):
            problems.append(unknown_jurisdiction(con, jurisdiction))
        elif year is not None and jurisdiction is None and not _rows(con, "year_has_report", year=str(int(year))):
            problems.append(unknown_year(con, year))
        if jurisdictions:
            codes = [str(code) for code in jurisdictions]
            known = {r[0] for r in _rows(con, "loaded_jurisdictions", codes=codes)}
            problems += [unknown_jurisdiction(con, code, field="jurisdictions") for code in codes if code not in known]
    if jurisdiction is not None and (base_period is not None or period is not None) and not problems:
        problems += _period_problems(str(jurisdiction), base_period, period, db_path, base_before_period)
    if target_set is not None and target_set != "" and not problems:
        problems += _target_set_problems(jurisdiction, year, target_set, db_path)
    if problems:
        raise IndicatorsError(problems)


def _period_problems(jurisdiction: str, base_period: int | None, period: int | None, db_path: Path | None,
                     base_before_period: bool) -> list[Problem]:
    """The order of the two periods first, alone: a base after its period is a mistake of the arguments whatever is
    loaded (`run --base-period 2018 --year 2017` is told to swap them, not that 2018 has no figure); then each
    period not loaded."""
    if base_period is not None and period is not None and (
            int(base_period) >= int(period) if base_before_period else int(base_period) > int(period)):
        return [period_order(base_period, period)]
    known = periods_of(jurisdiction, db_path)
    return [unknown_period(jurisdiction, name, value, known)
            for name, value in (("base_period", base_period), ("period", period))
            if value is not None and int(value) not in known]


def period_order(base_period: int, period: int) -> Problem:
    """A base period that is not before its period: after it (swapped), or the period itself (where
    `base_before_period` asks for an earlier one)."""
    hint = "swap them" if int(base_period) > int(period) else "give an earlier year, or leave it out for the latest one"
    return Problem("period-order", f"base period {base_period} is not before period {period}",
                   field="base_period", value=base_period, hint=hint)


def _target_set_problems(jurisdiction: str | None, year: int | None, target_set: str,
                         db_path: Path | None) -> list[Problem]:
    """An unknown set is refused; applicability is judged per jurisdiction, so not for `run --all`,
    whose notebooks check it for each jurisdiction of the batch."""
    with read_only(db_path) as con:
        all_sets = [r[0] for r in _rows(con, "target_sets")]
        if jurisdiction is None or year is None:
            applicable = None
        else:
            applicable = [r[0] for r in con.execute(sql_text("analysis/target_sets_applicable.sql"),
                                                    {"jurisdiction": str(jurisdiction), "year": int(year)}).fetchall()]
    usable = ", ".join(applicable or []) or "none"
    if target_set not in all_sets:
        return [unknown_target_set(target_set, all_sets, jurisdiction, usable if applicable is not None else None)]
    if applicable is None:
        return []
    if target_set not in applicable:
        return [Problem("target-set-not-applicable",
                        f"{quoted(target_set)} has no target for the level or province of {jurisdiction}; applicable: {usable}",
                        field="target_set", value=target_set)]
    return []
