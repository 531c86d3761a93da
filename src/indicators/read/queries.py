"""Read-side queries for the CLI and the notebooks. Parameters reach SQL only as bound values.

Unknown jurisdictions or years are refused by `lookup`, which lists what the database holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd

from indicators.read.db import read_only
from indicators.read.lookup import report_of
from indicators.read.sql import sql_text


def indicator_values(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Indicator values of one report, catalog order, with numerator, denominator and stated value: the export's
    rows of the report (a rate it only states among them), as queries/indicator_values.sql names them."""
    with read_only(db_path) as con:
        report_of(con, jurisdiction, year)
        exported = con.sql(sql_text("export/indicator_values.sql"), params={"jurisdiction": jurisdiction, "year": year})
        con.register("exported", exported.df())  # no view: the database is attached read-only
        return con.sql(sql_text("queries/indicator_values.sql")).df()


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


class Place(NamedTuple):
    """Where a jurisdiction sits (its level in words, the province and parent above it) and how many figures have
    been curated from its report of the year."""

    level: str
    within: str
    figures: int


def places(year: int, db_path: Path | None = None) -> dict[str, Place]:
    """code → its `Place`, for every jurisdiction with a report of `year`."""
    with read_only(db_path) as con:
        rows = con.execute(sql_text("queries/places.sql"), {"year": int(year)}).fetchall()
    return {str(code): Place(str(level), str(within), int(figures)) for code, level, within, figures in rows}
