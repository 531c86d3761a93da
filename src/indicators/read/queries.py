"""Read-side queries for the CLI and the notebooks. Parameters reach SQL only as bound values.

Unknown jurisdictions or years raise an error that lists what the database holds, so that a typo
in a notebook parameter or a CLI flag says what would have worked.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from indicators.errors import IndicatorsError, quoted
from indicators.read.db import read_only
from indicators.read.sql import sql_text


def available_reports(db_path: Path | None = None) -> pd.DataFrame:
    """Every loaded report: jurisdiction code and name, year."""
    with read_only(db_path) as con:
        return con.execute(sql_text("lookup/report_listing.sql")).df()


def report_of(con: duckdb.DuckDBPyConnection, jurisdiction: str, year: int | str) -> str:
    """The report id of `jurisdiction`/`year`, or an error listing what exists.

    The listing of every report is read only when the lookup misses: with thousands of
    jurisdictions it costs more than the query a notebook came for.
    """
    found = con.execute(sql_text("lookup/report_id.sql"), {"jurisdiction": str(jurisdiction), "year": str(year)}).fetchone()
    if found:
        return str(found[0])
    reports = con.execute(sql_text("lookup/report_listing.sql")).df()
    code, year_text = str(jurisdiction), str(year)
    known = reports[reports["jurisdiction_code"] == code]
    if known.empty:
        shown = ", ".join(f"{c} {n}" for c, n in reports[["jurisdiction_code", "name_zh"]].drop_duplicates().head(20).values)
        more = f" and {reports['jurisdiction_code'].nunique() - 20} more" if reports["jurisdiction_code"].nunique() > 20 else ""
        raise IndicatorsError.single(
            "unknown-jurisdiction", f"{quoted(code)} is not loaded; loaded: {shown}{more}", field="jurisdiction", value=code
        )
    years = ", ".join(str(y) for y in known["report_year"])
    raise IndicatorsError.single(
        "unknown-year", f"{quoted(year_text)} has no report for {code}; years loaded: {years}", field="year", value=year_text
    )


def require_report(jurisdiction: str, year: int, db_path: Path | None = None) -> str:
    """The report id of `jurisdiction`/`year`, or an error listing what exists."""
    with read_only(db_path) as con:
        return report_of(con, jurisdiction, year)


def indicator_values(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Indicator values of one report, catalog order, with numerator, denominator and stated value."""
    with read_only(db_path) as con:
        report_id = report_of(con, jurisdiction, year)
        return con.execute(sql_text("queries/indicator_values.sql"), {"report_id": report_id}).df()


def consistency_findings(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Consistency findings of one report: errors first, then warnings, then checks that passed."""
    with read_only(db_path) as con:
        report_id = report_of(con, jurisdiction, year)
        return con.execute(sql_text("queries/consistency_findings.sql"), {"report_id": report_id}).df()


def base_periods(year: int, jurisdiction: str | None = None, db_path: Path | None = None) -> list[tuple[str, str, int]]:
    """(code, Chinese name, base period) of every report of `year`, or only `jurisdiction`'s.

    The base period of the year-on-year notebook is defined once, in `sql/queries/base_periods.sql`,
    for `indicators run` and `run --all` alike.
    """
    with read_only(db_path) as con:
        rows = con.execute(sql_text("queries/base_periods.sql"), {"year": int(year), "jurisdiction": jurisdiction}).fetchall()
    return [(str(code), str(name), int(base)) for code, name, base in rows]
