"""Analysis queries behind the notebooks: report profile, year on year, target gap, peer ranks.

Each function runs one SQL file of `sql/analysis/` on a short-lived read-only connection, with
every parameter bound, so the notebooks stay thin and a scheduled run never holds the database.
`validate_parameters` checks notebook parameters against what the database holds and raises one
IndicatorsError listing every problem and what exists, before any analysis runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from indicators import paths
from indicators.db import read_only
from indicators.errors import IndicatorsError, Problem, quoted
from indicators.queries import report_of

ANALYSIS_SQL = paths.SQL_DIR / "analysis"


def run_sql(name: str, params: dict[str, object], db_path: Path | None = None) -> pd.DataFrame:
    """The frame of `sql/analysis/<name>.sql` with named parameters bound."""
    with read_only(db_path) as con:
        return con.execute(_sql(name), params).df()


def run_report_sql(
    name: str, jurisdiction: str, year: int, params: dict[str, object], db_path: Path | None = None
) -> pd.DataFrame:
    """`sql/analysis/<name>.sql` for one report, bound as `$report_id`: the report is looked up (or
    refused, listing what exists) on the connection that runs the query, since opening the database
    costs 20-35 ms, about as much as the query."""
    with read_only(db_path) as con:
        report_id = report_of(con, jurisdiction, year)
        return con.execute(_sql(name), {"report_id": report_id, **params}).df()


def _sql(name: str) -> str:
    return (ANALYSIS_SQL / f"{name}.sql").read_text(encoding="utf-8")


def report_indicators(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Indicator values of one report with the figures and verbatim quotes behind each."""
    return run_report_sql("report_indicators", jurisdiction, year, {}, db_path)


def rule_parts(jurisdiction: str, year: int, rule_id: str, db_path: Path | None = None) -> pd.DataFrame:
    """How the total of a consistency rule splits into its parts in one report."""
    return run_report_sql("rule_parts", jurisdiction, year, {"rule_id": rule_id}, db_path)


def outline_gaps(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """The 纲要's items against one report: stated with a figure or not, with the 纲要's words."""
    return run_report_sql("outline_gaps", jurisdiction, year, {}, db_path)


def consistency_checks(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """One report's consistency findings with the total's name and unit, for sentences."""
    return run_report_sql("consistency_checks", jurisdiction, year, {}, db_path)


def report_source(jurisdiction: str, year: int, db_path: Path | None = None) -> str:
    """"《title》（issuer，signed date）": the report a page reads."""
    row = run_report_sql("report_source", jurisdiction, year, {}, db_path).iloc[0]
    dated = f"，{row['signed_date']}" if isinstance(row["signed_date"], str) else ""
    return f"《{row['title']}》（{row['issuer']}{dated}）"


def shares_of(jurisdiction: str, year: int, metric_id: str, db_path: Path | None = None) -> pd.DataFrame:
    """Every indicator of one report whose denominator is `metric_id` (e.g. shares of licensing items)."""
    return run_report_sql("shares_of", jurisdiction, year, {"metric_id": metric_id}, db_path)


def year_on_year(jurisdiction: str, base_period: int, period: int, db_path: Path | None = None) -> pd.DataFrame:
    """Figures and indicators present in both periods, with change and good/bad direction."""
    validate_parameters(jurisdiction=jurisdiction, base_period=base_period, period=period, db_path=db_path)
    return run_sql(
        "year_on_year", {"jurisdiction": str(jurisdiction), "base_period": int(base_period), "period": int(period)}, db_path
    )


def target_gap(jurisdiction: str, year: int, target_set: str = "", db_path: Path | None = None) -> pd.DataFrame:
    """Indicators against the targets of `target_set` ('' = every set of the report year) that apply."""
    validate_parameters(jurisdiction=jurisdiction, year=year, target_set=target_set, db_path=db_path)
    return run_sql("target_gap", {"jurisdiction": str(jurisdiction), "year": int(year), "target_set": target_set}, db_path)


def peer_ranks(year: int, jurisdictions: Sequence[str] = (), focus: str = "", top: int = 0,
               db_path: Path | None = None) -> pd.DataFrame:
    """Rank of each chosen jurisdiction on each indicator; `top` keeps the first N (plus `focus`)."""
    params = {"year": int(year), "jurisdictions": [str(j) for j in jurisdictions], "focus": str(focus), "top": int(top)}
    return run_sql("peer_ranks", params, db_path)


def peer_standing(year: int, focus: str, jurisdictions: Sequence[str] = (), db_path: Path | None = None) -> pd.DataFrame:
    """One row per indicator: the focus jurisdiction's rank and the spread of its peers' values."""
    params = {"year": int(year), "jurisdictions": [str(j) for j in jurisdictions], "focus": str(focus)}
    return run_sql("peer_standing", params, db_path)


def applicable_target_sets(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Target sets with at least one target that applies to this report."""
    return run_sql("target_sets_applicable", {"jurisdiction": str(jurisdiction), "year": int(year)}, db_path)


def periods_of(jurisdiction: str, db_path: Path | None = None) -> list[int]:
    """Every period a jurisdiction has a figure or a report for."""
    with read_only(db_path) as con:
        rows = con.execute(
            "select period from metric_values where jurisdiction_code = ? "
            "union select report_year from reports where jurisdiction_code = ? order by 1",
            [str(jurisdiction), str(jurisdiction)],
        ).fetchall()
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
                elif not con.execute("select 1 from reports where jurisdiction_code = ? limit 1", [str(jurisdiction)]).fetchone():
                    report_of(con, jurisdiction, -1)
            except IndicatorsError as exc:
                problems += exc.problems
        if year is not None and jurisdiction is None and not con.execute(
            "select 1 from reports where cast(report_year as varchar) = ? limit 1", [str(int(year))]
        ).fetchone():
            years = ", ".join(str(r[0]) for r in con.execute("select distinct report_year from reports order by 1").fetchall())
            problems.append(
                Problem("unknown-year", f"{quoted(year)} has no report; years loaded: {years}", field="year", value=year)
            )
        if jurisdictions:
            codes = [str(code) for code in jurisdictions]
            known = {r[0] for r in con.execute(
                "select distinct jurisdiction_code from reports where list_contains(?, jurisdiction_code)", [codes]
            ).fetchall()}
            if set(codes) - known:
                shown = ", ".join(r[0] for r in con.execute(
                    "select distinct jurisdiction_code from reports order by 1 limit 20").fetchall())
                problems += [Problem("unknown-jurisdiction", f"{quoted(code)} is not loaded; loaded: {shown}",
                                     field="jurisdictions", value=code) for code in codes if code not in known]
    if jurisdiction is not None and (base_period is not None or period is not None) and not problems:
        problems += _period_problems(str(jurisdiction), base_period, period, db_path)
    if target_set is not None and target_set != "" and not problems:
        problems += _target_set_problems(jurisdiction, year, target_set, db_path)
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


def _target_set_problems(jurisdiction: str | None, year: int | None, target_set: str,
                         db_path: Path | None) -> list[Problem]:
    """An unknown set is refused; applicability is judged per jurisdiction, so not for `run --all`,
    whose notebooks check it for each jurisdiction of the batch."""
    with read_only(db_path) as con:
        all_sets = [r[0] for r in con.execute("select target_set from target_sets order by year, target_set").fetchall()]
    if target_set not in all_sets:
        hint = None
        if jurisdiction is not None and year is not None:
            hint = f"sets that apply to {jurisdiction}: {_usable_sets(str(jurisdiction), int(year), db_path)}"
        return [Problem("unknown-target-set", f"{quoted(target_set)} is not in target_sets.csv; known: {', '.join(all_sets)}",
                        field="target_set", value=target_set, hint=hint)]
    if jurisdiction is None or year is None:
        return []
    usable = _usable_sets(str(jurisdiction), int(year), db_path)
    if target_set not in usable.split(", "):
        return [Problem("target-set-not-applicable",
                        f"{quoted(target_set)} has no target for the level or province of {jurisdiction}; applicable: {usable}",
                        field="target_set", value=target_set)]
    return []


def _usable_sets(jurisdiction: str, year: int, db_path: Path | None) -> str:
    return ", ".join(applicable_target_sets(jurisdiction, year, db_path)["target_set"]) or "none"


def jurisdiction_name(jurisdiction: str, db_path: Path | None = None) -> str:
    """The Chinese name of a jurisdiction, for chart titles; the code itself when it is not in the catalog."""
    with read_only(db_path) as con:
        row = con.execute("select name_zh from jurisdictions where jurisdiction_code = ?", [str(jurisdiction)]).fetchone()
    return str(row[0]) if row else str(jurisdiction)
