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

REPORT_LISTING = (
    "select r.jurisdiction_code, j.name_zh, r.report_year, r.report_id "
    "from reports r join jurisdictions j using (jurisdiction_code) "
    "order by r.jurisdiction_code, r.report_year"
)


def available_reports(db_path: Path | None = None) -> pd.DataFrame:
    """Every loaded report: jurisdiction code and name, year."""
    with read_only(db_path) as con:
        return con.execute(REPORT_LISTING).df()


def report_of(con: duckdb.DuckDBPyConnection, jurisdiction: str, year: int | str) -> str:
    """The report id of `jurisdiction`/`year`, or an error listing what exists.

    The listing of every report is read only when the lookup misses: with thousands of
    jurisdictions it costs more than the query a notebook came for.
    """
    found = con.execute(
        "select report_id from reports where jurisdiction_code = ? and cast(report_year as varchar) = ?",
        [str(jurisdiction), str(year)],
    ).fetchone()
    if found:
        return str(found[0])
    reports = con.execute(REPORT_LISTING).df()
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
        return con.execute(
            """
            select v.jurisdiction_code, v.jurisdiction_name, v.report_year as year, v.indicator_id,
                   v.name_zh, v.name_en, v.dimension_id, v.numerator, v.denominator, v.value, v.unit,
                   v.stated_value, v.stated_difference, v.reason
            from indicator_values v
            join dimensions d using (dimension_id)
            where v.report_id = ?
            order by d.position, v.indicator_id
            """,
            [report_id],
        ).df()


def consistency_findings(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Consistency findings of one report: errors first, then warnings, then checks that passed."""
    with read_only(db_path) as con:
        report_id = report_of(con, jurisdiction, year)
        return con.execute(
            """
            select jurisdiction_code, report_year as year, period, rule_id, status, description_zh,
                   description_en, expected, observed, gap, detail
            from consistency_findings
            where report_id = ?
            order by case status when 'error' then 0 when 'warning' then 1 else 2 end, rule_id
            """,
            [report_id],
        ).df()
