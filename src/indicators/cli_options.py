"""What the commands of `indicators` share: the --db, --jurisdiction/--year and --format options, the
`-p name=value` reader, and the one way an IndicatorsError ends a command (an `Error:` line per
problem on stderr, exit 1)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from indicators.errors import IndicatorsError
from indicators.publish.render import FORMATS


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


def parameter_value(text: str) -> tuple[str, object]:
    """`name=value` with the value read as YAML (2017 → int, [a, b] → list), as papermill's -y does."""
    import yaml

    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE")
    return name.strip(), yaml.safe_load(value)
