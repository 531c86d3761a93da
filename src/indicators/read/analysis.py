"""Analysis queries behind the notebooks: report profile, year on year, target gap, peer ranks.

Each function runs one SQL file of `sql/analysis/` on a short-lived read-only connection, with
every parameter bound, so the notebooks stay thin and a scheduled run never holds the database.
Parameters are checked first by `lookup.validate_parameters`, which lists what exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from indicators.read.db import read_only
from indicators.read.lookup import report_of, validate_parameters
from indicators.read.memo import remembered
from indicators.read.sql import sql_text

# what a page or command says of a report whose text was added but none of whose figures were curated
NO_FIGURES_ZH, NO_FIGURES_EN = "本报告没有已整理的数字", "no figures have been curated from this report"
NO_FIGURES = f"{NO_FIGURES_ZH}（{NO_FIGURES_EN}）"


def run_sql(name: str, params: dict[str, object], db_path: Path | None = None) -> pd.DataFrame:
    """The frame of `sql/analysis/<name>.sql` with named parameters bound (given again where a run's kernel
    read it before: memo.py)."""

    def query() -> pd.DataFrame:
        with read_only(db_path) as con:
            return con.execute(_sql(name), params).df()

    return remembered(name, params, db_path, query)


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
    return sql_text(f"analysis/{name}.sql")


def report_indicators(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Indicator values of one report with the figures and verbatim quotes behind each."""
    return run_report_sql("report_indicators", jurisdiction, year, {}, db_path)


def report_figures(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """Every figure of one report with its verbatim quote, by dimension: what the report states, even
    where no indicator can be computed from it."""
    return run_report_sql("report_figures", jurisdiction, year, {}, db_path)


def shares_unmade(jurisdiction: str, year: int, metric_id: str, db_path: Path | None = None) -> pd.DataFrame:
    """The counts and stated shares one report gives of the shares of `metric_id` it could not compute."""
    return run_report_sql("shares_unmade", jurisdiction, year, {"metric_id": metric_id}, db_path)


def stated_only(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """The indicators one report states a rate of without the figures to recompute it, with the rate in its words."""
    return run_report_sql("stated_only", jurisdiction, year, {}, db_path)


def scoped_only(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """The indicators one report states figures of only for a body below the jurisdiction (a `scope`), which feed
    no indicator: the body and the figures, so that a page says what the report wrote, not that it wrote nothing."""
    return run_report_sql("scoped_only", jurisdiction, year, {}, db_path)


def rule_parts(jurisdiction: str, year: int, rule_id: str, db_path: Path | None = None) -> pd.DataFrame:
    """How the total of a consistency rule splits into its parts in one report."""
    return run_report_sql("rule_parts", jurisdiction, year, {"rule_id": rule_id}, db_path)


def document_outcomes(jurisdiction: str, year: int, db_path: Path | None = None) -> pd.DataFrame:
    """How one report's reviewed normative documents were dealt with: the outcomes proposed (拟废止 …: the rule
    normative_doc_outcomes), else those decided (废止、修改、继续有效、宣布失效: normative_doc_cleanup). 三亚市 2021
    states 237 reviewed and four decided outcomes (qa36); its profile read the proposed ones alone and said that the
    report gave not all of their outcomes, drawing nothing."""
    proposed = rule_parts(jurisdiction, year, "normative_doc_outcomes", db_path)
    return proposed if len(proposed) else rule_parts(jurisdiction, year, "normative_doc_cleanup", db_path)


def rule_total(jurisdiction: str, year: int, rule_id: str, db_path: Path | None = None) -> pd.DataFrame:
    """The total of a consistency rule as one report states it (no row when it does not): a split the page
    cannot draw may still have its total stated."""
    return run_report_sql("rule_total", jurisdiction, year, {"rule_id": rule_id}, db_path)


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
    """Indicators against the targets of `target_set` ('' = every set due in the report year or later) that apply."""
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


def jurisdiction_name(jurisdiction: str, db_path: Path | None = None) -> str:
    """The Chinese name of a jurisdiction, for chart titles; the code itself when it is not in the catalog."""
    with read_only(db_path) as con:
        row = con.execute(sql_text("lookup/jurisdiction_name.sql"), {"jurisdiction": str(jurisdiction)}).fetchone()
    return str(row[0]) if row else str(jurisdiction)


def figure_count(jurisdiction: str, year: int | str, db_path: Path | None = None) -> int:
    """How many figures have been curated from the report: 0 for a text added without figures, whose
    pages must say so rather than "报告未提供" (the report does not state) of every figure."""
    with read_only(db_path) as con:
        row = con.execute(sql_text("lookup/report_figure_count.sql"),
                          {"jurisdiction": str(jurisdiction), "year": str(year)}).fetchone()
    return int(row[0]) if row else 0


def uncurated_report(jurisdiction: str, year: int | str, db_path: Path | None = None) -> bool:
    """Whether the jurisdiction has a report of `year` with no figure curated from it yet. Year on year against
    such a year finds no pair because nobody has read that report for figures (round 31: 津南区's 2023 text, added
    without figures, made its 2024 pages say "no figure in both periods"); figure_count cannot tell that from no report."""
    with read_only(db_path) as con:
        row = con.execute(sql_text("lookup/report_uncurated.sql"),
                          {"jurisdiction": str(jurisdiction), "year": str(year)}).fetchone()
    return bool(row and row[0])


def subject(jurisdiction: str, year: int | str, db_path: Path | None = None) -> str:
    """"四会市（441284）2017年": whom and which year a page, or a command's message, is about."""
    return f"{jurisdiction_name(jurisdiction, db_path)}（{jurisdiction}）{year}年"
