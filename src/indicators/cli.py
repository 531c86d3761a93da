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
    passed = int((frame["status"] == "ok").sum())
    unchecked = int((frame["status"] == "not evaluated").sum())  # listed with the reason, never counted as passed
    click.echo(f"{errors} error(s), {warnings} warning(s), {passed} check(s) passed, {unchecked} not evaluated.", err=True)
    if strict and errors:
        sys.exit(1)


def _parameter_value(text: str) -> tuple[str, object]:
    """`name=value` with the value read as YAML (2017 → int, [a, b] → list), as papermill's -y does."""
    import yaml

    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE")
    return name.strip(), yaml.safe_load(value)


@cli.command()
@click.option("--jurisdiction", default=None, help="GB/T 2260 code, e.g. 441284 (or --all).")
@click.option("--year", required=True, type=int, help="Report year, e.g. 2017.")
@click.option("--all", "run_all", is_flag=True,
              help="Every jurisdiction with a report for --year, in parallel; writes index.html.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes: jurisdictions at once with --all, else notebooks at once.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="Folder that receives a new dated sub-folder per run (never overwritten).")
@click.option("--base-period", type=int, default=None,
              help="Base period of year_on_year (default: the latest earlier period with figures).")
@click.option("--target-set", default="", help="Target set of target_gap (default: every set of the report year).")
@click.option("--peer", "peers", multiple=True, help="A jurisdiction of peer_comparison; repeat; default: all loaded.")
@click.option("--notebook", "names", multiple=True, help="Run only notebooks whose name contains this; repeat.")
@click.option("-p", "--parameter", "extra", multiple=True, help="NAME=VALUE for the notebooks that declare NAME.")
@click.option("--log-output/--progress-bar", "log_output", default=None,
              help="Plain log lines (default when stderr is not a terminal) or a progress bar.")
@db_option
@reports_errors
def run(jurisdiction: str | None, year: int, run_all: bool, jobs: int, out: Path, base_period: int | None, target_set: str,
        peers: tuple[str, ...], names: tuple[str, ...], extra: tuple[str, ...], log_output: bool | None,
        db_path: Path | None) -> None:
    """Execute the notebooks with papermill; write .ipynb, HTML and charts (PNG, SVG, HTML) per notebook."""
    import logging

    from papermill import inspect_notebook

    from indicators.analysis import periods_of, validate_parameters
    from indicators.notebooks import run_suite, suite

    if run_all == (jurisdiction is not None):
        raise IndicatorsError.single("jurisdiction-or-all", "give either --jurisdiction or --all", field="jurisdiction")
    if run_all:
        if base_period is not None or extra:
            raise IndicatorsError.single("not-with-all", "--base-period and -p apply to one jurisdiction, not to --all",
                                         field="all")
        _run_all(year, jobs, out, target_set, peers, names, log_output, db_path)
        return
    validate_parameters(jurisdiction=jurisdiction, year=year, target_set=target_set or None,
                        jurisdictions=list(peers) or None, db_path=db_path)
    if base_period is None:
        earlier = [p for p in periods_of(jurisdiction, db_path) if p < year]
        base_period = earlier[-1] if earlier else year
    offered: dict[str, object] = {
        "jurisdiction": jurisdiction, "year": year, "period": year, "base_period": base_period,
        "target_set": target_set, "jurisdictions": list(peers),
    }
    notebooks = suite(names=names)
    for name, value in map(_parameter_value, extra):
        if not any(name in inspect_notebook(str(nb)) for nb in notebooks):
            raise IndicatorsError.single("unknown-parameter", f'"{name}" is a parameter of no notebook', field=name)
        offered[name] = value
    progress = sys.stderr.isatty() if log_output is None else not log_output
    if not progress:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
        logging.getLogger("papermill").setLevel(logging.WARNING)  # one line per notebook, not every cell's output
    summary = run_suite(notebooks, offered, out, label=f"{jurisdiction}_{year}", progress=progress, db_path=db_path,
                        jobs=jobs)
    for result in summary.results:
        click.echo(result.describe())
    click.echo(f"Reports in {summary.folder}")
    click.echo("  <notebook>.html: self-contained page; <notebook>.ipynb: executed notebook; "
               "<notebook>_charts/: PNG, SVG, interactive HTML; summary.json")
    if summary.failed:
        click.echo(f"Error: {len(summary.failed)} of {len(summary.results)} notebook(s) failed", err=True)
        sys.exit(1)


@cli.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(("csv", "parquet", "xlsx")),
              help="csv (UTF-8 with BOM, plus datapackage.json), parquet, or xlsx (one sheet per table).")
@click.option("--jurisdiction", default=None, help="Only this GB/T 2260 code (default: all loaded).")
@click.option("--year", type=int, default=None, help="Only this report year (default: all loaded).")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Folder that receives the export; an earlier export of the same selection is replaced.")
@db_option
@reports_errors
def export_command(fmt: str, jurisdiction: str | None, year: int | None, out: Path, db_path: Path | None) -> None:
    """Write figures (with quotes), indicator values, consistency findings and target gaps as csv, parquet or xlsx."""
    from indicators.export import export

    result = export(fmt, out, jurisdiction=jurisdiction, year=year, db_path=db_path)
    counts = ", ".join(f"{name} {n}" for name, n in result.rows.items())
    click.echo(f"Exported {fmt} to {result.path} ({counts} rows)")


@cli.command()
@click.argument("indicator_id", required=False)
@click.option("--write-docs", is_flag=True,
              help="Regenerate docs/indicators.md (every card) and docs/targets.md (every target's source) from the catalogs.")
@db_option
@reports_errors
def describe(indicator_id: str | None, write_docs: bool, db_path: Path | None) -> None:
    """Print the card of INDICATOR_ID: definition, metrics, unit, direction, targets, variants, reports."""
    from indicators import cards, target_docs

    if write_docs:
        click.echo(f"Wrote {cards.write_docs(db_path)}")
        click.echo(f"Wrote {target_docs.write_targets_doc(db_path)}")
    if indicator_id:
        click.echo(cards.describe(indicator_id, db_path), nl=False)
    elif not write_docs:
        raise IndicatorsError.single("no-indicator", "name an INDICATOR_ID or pass --write-docs",
                                     hint=f"indicators: {', '.join(c['indicator_id'] for c in cards.load_cards(db_path))}")


def _run_all(year: int, jobs: int, out: Path, target_set: str, peers: tuple[str, ...], names: tuple[str, ...],
             log_output: bool | None, db_path: Path | None) -> None:
    """`run --all`: the suite for every jurisdiction of `year`; failures are listed at the end, exit 1."""
    import logging

    from indicators.analysis import validate_parameters
    from indicators.batch import batch_jobs, run_all
    from indicators.notebooks import suite

    validate_parameters(year=year, target_set=target_set or None, jurisdictions=list(peers) or None, db_path=db_path)
    work = batch_jobs(year, target_set, peers, db_path)
    progress = sys.stderr.isatty() if log_output is None else not log_output
    if not progress:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    click.echo(f"Running {len(suite(names=names))} notebook(s) for {len(work)} jurisdiction(s) of {year} in {jobs} process(es)",
               err=True)
    summary = run_all(work, suite(names=names), out, year, workers=jobs, progress=progress, db_path=db_path)
    click.echo(f"Reports in {summary.folder}; index: {summary.folder / 'index.html'}")
    if summary.failed:
        for outcome in summary.failed:
            click.echo(f"Error: {outcome.describe()}", err=True)
        click.echo(f"Error: {len(summary.failed)} of {len(summary.outcomes)} jurisdiction(s) failed", err=True)
        sys.exit(1)


@cli.command()
@click.argument("report", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--jurisdiction", required=True, help="GB/T 2260 code of the issuing government, e.g. 441284.")
@click.option("--year", required=True, type=int, help="Report year: 今年 and undated figures get this period.")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write the candidate figures CSV here (default: stdout, unless --compare).")
@click.option("--compare", "curated", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="A curated figures file: print found, missed and spurious figures with recall and precision.")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Raw data folder holding catalog/extraction_rules.csv (default: data/raw).")
@reports_errors
def extract(report: Path, jurisdiction: str, year: int, out: Path | None, curated: Path | None,
            raw_dir: Path | None) -> None:
    """Propose a report's figures, each with its verbatim quote, in the curated figures format."""
    import re

    from indicators import paths
    from indicators.extract.candidates import extract_figures
    from indicators.extract.compare import compare_figures, describe, read_curated
    from indicators.extract.rules import load_rules
    from indicators.extract.text import read_report

    if not re.fullmatch(r"[0-9]{6}", jurisdiction):
        raise IndicatorsError.single("bad-code", f'"{jurisdiction}" is not a six-digit GB/T 2260 code', field="jurisdiction")
    raw = (raw_dir or paths.raw_dir()).resolve()
    if out is not None and out.resolve().is_relative_to(raw):
        raise IndicatorsError.single("output-in-raw", f"{out} is inside {raw}, which is never written: write the "
                                     "candidates elsewhere and save the reviewed file there yourself", field="out")
    text = read_report(report)
    figures = extract_figures(text, year, load_rules(raw_dir))
    if out is not None:
        figures.to_csv(out, index=False, lineterminator="\n")
    elif curated is None:
        click.echo(figures.to_csv(index=False, lineterminator="\n"), nl=False)
    assigned = int((figures["metric_id"] != "").sum())
    click.echo(f"{len(figures)} candidate figures ({assigned} assigned to a metric, {len(figures) - assigned} unassigned)"
               f"{f' written to {out}' if out else ''}; after review save as data/raw/figures/{jurisdiction}-{year}.csv",
               err=True)
    if curated is not None:
        for line in describe(compare_figures(figures, read_curated(curated), text)):
            click.echo(line)
