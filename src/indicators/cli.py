"""The `indicators` command. One short function per command; errors print one `Error:` line each
and exit 1."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from indicators.errors import IndicatorsError
from indicators.formats import FORMATS, render


def reports_errors(fn):
    """Turn an IndicatorsError into `Error:` lines on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except IndicatorsError as exc:
            for problem in exc.problems:
                click.echo(f"Error: {problem}", err=True)
            sys.exit(1)

    return wrapper


def db_option(fn):
    return click.option(
        "--db", "db_path", type=click.Path(path_type=Path), default=None,
        help="Database file (default: data/processed/indicators.duckdb).",
    )(fn)


def report_options(fn):
    fn = click.option("--year", required=True, type=int, help="Report year, e.g. 2017.")(fn)
    fn = click.option("--jurisdiction", required=True, help="GB/T 2260 code, e.g. 441284.")(fn)
    return fn


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)(fn)


@click.group()
@click.version_option(package_name="fazhi-indicators")
def cli() -> None:
    """Figures with provenance and rule-of-law government indicators from 法治政府建设情况报告."""


@cli.command()
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Raw data folder (default: data/raw).")
@db_option
@reports_errors
def build(raw_dir: Path | None, db_path: Path | None) -> None:
    """Validate data/raw and rebuild the database atomically."""
    from indicators.build import build_database

    summary = build_database(raw_dir, db_path)
    click.echo(
        f"Built {summary.db_path}: {summary.reports} report(s), {summary.figures} figures, "
        f"{summary.indicator_values} indicator values."
    )


@cli.command()
@report_options
@format_option
@db_option
@reports_errors
def show(jurisdiction: str, year: int, fmt: str, db_path: Path | None) -> None:
    """Print the indicator values of one report."""
    from indicators.queries import indicator_values

    frame = indicator_values(jurisdiction, year, db_path)
    if fmt == "table":
        frame = frame[["indicator_id", "name_zh", "numerator", "denominator", "value", "unit",
                       "stated_value", "stated_difference", "reason"]]
    click.echo(render(frame, fmt))


@cli.command()
@report_options
@format_option
@click.option("--strict", is_flag=True, help="Exit 1 when any finding is an error.")
@db_option
@reports_errors
def check(jurisdiction: str, year: int, fmt: str, strict: bool, db_path: Path | None) -> None:
    """Audit a report's internal consistency: parts against totals, stated against recomputed."""
    from indicators.queries import consistency_findings

    frame = consistency_findings(jurisdiction, year, db_path)
    if fmt == "table":
        frame = frame[["status", "rule_id", "description_zh", "expected", "observed", "gap", "detail"]]
    click.echo(render(frame, fmt))
    errors = int((frame["status"] == "error").sum())
    warnings = int((frame["status"] == "warning").sum())
    click.echo(f"{errors} error(s), {warnings} warning(s), {len(frame) - errors - warnings} check(s) passed.", err=True)
    if strict and errors:
        sys.exit(1)
