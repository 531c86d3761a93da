"""What the commands of `indicators` share: the --db, --jurisdiction/--year and --format options, the
`-p name=value` reader, and the one way an IndicatorsError ends a command (an `错误：…。Error:` line per
problem on stderr, exit 1)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from indicators.errors import IndicatorsError, one_line, unexpected_problem
from indicators.publish.render import FORMATS

MAX_ERROR_LINES = 200  # 200,000 duplicate rows would print 400,002 lines: the first ones and a count


def reports_errors(fn):
    """Turn an IndicatorsError, or a failure from outside the data, into `Error:` lines and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except IndicatorsError as exc:
            problems = exc.problems
        except Exception as exc:  # noqa: BLE001 - only failures from outside, see unexpected_problem
            found = unexpected_problem(exc)
            if found is None:
                raise
            problems = [found]
        for problem in problems[:MAX_ERROR_LINES]:
            click.echo(one_line(problem), err=True)
        if len(problems) > MAX_ERROR_LINES:
            click.echo(f"错误：另有 {len(problems) - MAX_ERROR_LINES:,} 个问题未列出，共 {len(problems):,} 个。"
                       f"Error: {len(problems) - MAX_ERROR_LINES:,} more problem(s) not shown, "
                       f"{len(problems):,} in all [more-problems]", err=True)
        sys.exit(1)

    return wrapper


def db_option(fn):
    return click.option(
        "--db", "db_path", type=click.Path(path_type=Path), default=None,
        help="数据库文件 Database file (default: data/processed/indicators.duckdb).",
    )(fn)


def report_options(fn):
    fn = click.option("--year", required=True, type=int, help="报告年度 Report year, e.g. 2017.")(fn)
    fn = click.option("--jurisdiction", required=True, help="行政区划代码 GB/T 2260 code, e.g. 441284.")(fn)
    return fn


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)(fn)


def out_option(fn):
    return click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
                        help="写入此文件而不打印 Write to this file instead of printing (csv with a UTF-8 BOM, as export "
                             "writes).")(fn)


def echo_rendered(text: str, fmt: str, out: Path | None, db_path: Path | None) -> None:
    """Print `text` (a rendered frame), or write it to `out` atomically. CSV bound for a file, `--out` or stdout
    redirected (`show --format csv > x.csv`), starts with export's UTF-8 BOM: Excel on a Chinese Windows reads a
    CSV without one as GBK and showed every name garbled. A terminal gets none (it would print as a stray
    character). `out` may not be the database read."""
    from indicators import paths
    from indicators.export.writers import BOM
    from indicators.outputs import output_file, write_file_atomically

    bom = BOM.decode() if fmt == "csv" and (out is not None or not sys.stdout.isatty()) else ""
    if out is None:
        click.echo(bom + text)
    else:
        write_file_atomically(output_file(out, (db_path or paths.database_path(),)), bom + text + "\n")


def parameter_value(text: str) -> tuple[str, object]:
    """`name=value` with the value read as YAML with limits (safe_yaml.py): 2017 → int, [a, b] → list."""
    from indicators.safe_yaml import parameter_value as read_value

    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE")
    return name.strip(), read_value(name.strip(), value)


# run parameters with their own option: a -p of the same name would contradict it (and label the folder wrongly)
OWN_OPTIONS = {"jurisdiction": "--jurisdiction", "year": "--year", "period": "--year", "base_period": "--base-period",
               "target_set": "--target-set", "jurisdictions": "--peer"}


def run_parameters(extra: tuple[str, ...]) -> list[tuple[str, object]]:
    """The `-p name=value` of `run`, read with limits; a name that has its own option is refused."""
    parameters = [parameter_value(text) for text in extra]
    for name, _ in parameters:
        if name in OWN_OPTIONS:
            raise IndicatorsError.single("parameter-has-an-option", f'"{name}" is set by {OWN_OPTIONS[name]}, not by -p',
                                         field=name, hint=f"give {OWN_OPTIONS[name]} instead")
    return parameters


def chart_formats_of(text: str | None) -> tuple[str, ...] | None:
    """`--charts png,svg`: the chart formats asked for, each checked; None when not given."""
    from indicators.paths import CHART_FORMATS

    if text is None:
        return None
    asked = tuple(f.strip().lower() for f in text.split(",") if f.strip())
    if asked == ("none",):
        return ()
    if not asked:
        raise IndicatorsError.single("no-chart-format", f"--charts names no format; formats: {', '.join(CHART_FORMATS)}",
                                     field="charts")
    for fmt in asked:
        if fmt not in CHART_FORMATS:
            raise IndicatorsError.single("unknown-chart-format", f'"{fmt}" is not a chart format; formats: '
                                         f"{', '.join(CHART_FORMATS)}", field="charts", value=fmt)
    return asked
