"""The `indicators` command. One short function per command; errors print one `Error:` line each
and exit 1."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from indicators.cli_options import db_option, echo_rendered, format_option, out_option, report_options, reports_errors
from indicators.cli_usage import ChineseFirstGroup
from indicators.errors import IndicatorsError
from indicators.publish.column_titles import titled
from indicators.publish.render import render


@click.group(cls=ChineseFirstGroup)
@click.version_option(package_name="fazhi-indicators")
def cli() -> None:
    """法治政府建设情况报告中有出处的数字和法治政府建设指标。Figures with provenance and rule-of-law government indicators from
    法治政府建设情况报告."""


@cli.command()
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="原始数据文件夹 Raw data folder (default: data/raw).")
@db_option
@reports_errors
def build(raw_dir: Path | None, db_path: Path | None) -> None:
    """校验 data/raw 并整体重建数据库。Validate data/raw and rebuild the database atomically."""
    from indicators import paths
    from indicators.added_texts import texts_without_meta
    from indicators.build import build_database

    for text in texts_without_meta(raw_dir or paths.raw_dir()):  # the build reads reports by their meta.yml
        click.echo(f"警告：{text} 旁边没有 {text.stem}.meta.yml，未构建（indicators add-report 会写出它）。"
                   f"Warning: {text} has no {text.stem}.meta.yml beside it: not built (indicators add-report writes one)",
                   err=True)
    summary = build_database(raw_dir, db_path)  # its problems name the files in the folder given
    click.echo(
        f"已构建 {summary.db_path}：报告 {summary.reports} 份、数字 {summary.figures} 个、指标值 {summary.indicator_values} 个。"
        f"Built {summary.db_path}: {summary.reports} report(s), {summary.figures} figures, "
        f"{summary.indicator_values} indicator values."
    )


@cli.command()
@report_options
@format_option
@out_option
@db_option
@reports_errors
def show(jurisdiction: str, year: int, fmt: str, out: Path | None, db_path: Path | None) -> None:
    """列出一份报告的指标值。Print the indicator values of one report."""
    from indicators.read.analysis import NO_FIGURES_EN, NO_FIGURES_ZH, figure_count, subject
    from indicators.read.queries import indicator_values

    frame = indicator_values(jurisdiction, year, db_path)
    heading = ""  # a table's, printed or written with it
    if fmt == "table":
        from indicators.publish.display import signed_numbers

        frame = frame.assign(stated_value=signed_numbers(frame["stated_value"], frame["stated_qualifier"]))
        frame = titled(frame[["indicator_id", "name_zh", "numerator", "denominator", "value", "unit",
                              "stated_value", "stated_difference", "reason"]], "indicator_values")
        if not frame.empty:
            heading = f"{subject(jurisdiction, year, db_path)} 指标值 Indicator values\n"
    why = ("报告的数字算不出任何指标。", "the report's figures complete no indicator.")
    if frame.empty and figure_count(jurisdiction, year, db_path) == 0:  # a text added, none of its figures curated
        why = (f"{NO_FIGURES_ZH}。", f"{NO_FIGURES_EN}.")
    echo_rendered(heading + render(frame, fmt, empty=f"{subject(jurisdiction, year, db_path)}没有指标值：{why[0]}"
                                           f"No indicator values for {jurisdiction} {year}: {why[1]}"), fmt, out, db_path)


@cli.command()
@report_options
@format_option
@click.option("--strict", is_flag=True, help="有错误时以 1 退出。Exit 1 when any finding is an error.")
@out_option
@db_option
@reports_errors
def check(jurisdiction: str, year: int, fmt: str, strict: bool, out: Path | None, db_path: Path | None) -> None:
    """检查报告内部的一致性：分项与总数、所述值与重新计算值。Audit a report's internal consistency: parts against totals,
    stated against recomputed."""
    from indicators.read.analysis import NO_FIGURES_EN, NO_FIGURES_ZH, figure_count, subject
    from indicators.read.queries import consistency_findings

    frame = consistency_findings(jurisdiction, year, db_path)
    uncurated = frame.empty and not figure_count(jurisdiction, year, db_path)  # a text added, none of its figures curated
    why = (f"：{NO_FIGURES_ZH}。", f": {NO_FIGURES_EN}.") if uncurated else ("。", ".")
    statuses = frame["status"]
    heading = ""  # a table's, printed or written with it
    if fmt == "table":
        frame = titled(frame[["finding_zh", "rule_id", "description_zh", "expected", "observed", "gap", "detail"]],
                       "consistency_findings")
        if not frame.empty:
            heading = f"{subject(jurisdiction, year, db_path)} 一致性检查 Consistency checks\n"
    echo_rendered(heading + render(frame, fmt, empty=f"{subject(jurisdiction, year, db_path)}没有可检查的规则{why[0]}"
                                   f"No consistency rule applies to {jurisdiction} {year}{why[1]}"), fmt, out, db_path)
    errors = int((statuses == "error").sum())
    warnings = int((statuses == "warning").sum())
    passed = int((statuses == "ok").sum())
    unchecked = int((statuses == "not evaluated").sum())  # listed with the reason, never counted as passed
    click.echo(f"错误 {errors} 项、提示 {warnings} 项、通过 {passed} 项、未检查 {unchecked} 项。"
               f"{errors} error(s), {warnings} warning(s), {passed} check(s) passed, {unchecked} not evaluated.", err=True)
    if strict and errors:
        sys.exit(1)


@cli.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(("csv", "parquet", "xlsx")),
              help="导出格式 csv（带 BOM 的 UTF-8，附 datapackage.json）、parquet 或 xlsx（每表一页）。csv (UTF-8 with BOM, plus "
                   "datapackage.json), parquet, or xlsx (one sheet per table).")
@click.option("--jurisdiction", default=None, help="只导出此行政区划代码 Only this GB/T 2260 code (default: all loaded).")
@click.option("--year", type=int, default=None, help="只导出此报告年度 Only this report year (default: all loaded).")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="导出到此文件夹，替换同一范围的旧导出。Folder that receives the export; an earlier export of the same "
                   "selection is replaced.")
@db_option
@reports_errors
def export_command(fmt: str, jurisdiction: str | None, year: int | None, out: Path, db_path: Path | None) -> None:
    """导出数字（附原文）、指标值、一致性检查和目标差距。Write figures (with quotes), indicator values, consistency findings
    and target gaps as csv, parquet or xlsx."""
    from indicators.export import export

    result = export(fmt, out, jurisdiction=jurisdiction, year=year, db_path=db_path)
    counts = ", ".join(f"{name} {n}" for name, n in result.rows.items())
    counts_zh = "、".join(f"{name} {n} 行" for name, n in result.rows.items())
    click.echo(f"已导出 {fmt} 到 {result.path}（{counts_zh}）。Exported {fmt} to {result.path} ({counts} rows)")


@cli.command()
@click.argument("indicator_id", required=False)
@click.option("--write-docs", is_flag=True,
              help="由目录重新生成 docs/indicators.md 和 docs/targets.md。Regenerate docs/indicators.md (every card) and "
                   "docs/targets.md (every target's source) from the catalogs.")
@db_option
@reports_errors
def describe(indicator_id: str | None, write_docs: bool, db_path: Path | None) -> None:
    """列出指标 INDICATOR_ID 的说明卡：定义、数据项、单位、方向、目标、不同口径、数据来源报告。Print the card of INDICATOR_ID:
    definition, metrics, unit, direction, targets, variants, reports."""
    from indicators.publish import cards, target_docs

    if write_docs:
        click.echo(f"已写出 {(written := cards.write_docs(db_path))}。Wrote {written}")
        click.echo(f"已写出 {(written := target_docs.write_targets_doc(db_path))}。Wrote {written}")
    if indicator_id:
        click.echo(cards.describe(indicator_id, db_path), nl=False)
    elif not write_docs:
        raise IndicatorsError.single("no-indicator", "name an INDICATOR_ID or pass --write-docs",
                                     hint=f"indicators: {', '.join(c['indicator_id'] for c in cards.load_cards(db_path))}")


from indicators.cli_onboard import add_report, extract  # noqa: E402 - the commands that bring a new report in
from indicators.cli_run import run  # noqa: E402 - the notebook runs, one jurisdiction or all

cli.add_command(add_report)
cli.add_command(extract)
cli.add_command(run)
