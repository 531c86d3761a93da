"""The `indicators` commands that bring a new report in: `add-report` (the text and its metadata into
data/raw, candidates for review) and `extract` (candidate figures with verbatim quotes, or a comparison
with a curated file). Registered on the `indicators` group in cli.py."""

from __future__ import annotations

from pathlib import Path

import click

from indicators.cli_options import reports_errors
from indicators.errors import IndicatorsError


@click.command("add-report")
# the text's checks are add-report's own (onboard.read_source): a missing file or a folder in one Error: line
@click.argument("text", type=click.Path(path_type=Path))
@click.option("--jurisdiction", required=True, help="发布报告的政府的行政区划代码 "
              "GB/T 2260 code of the issuing government, e.g. 441284.")
@click.option("--year", required=True, type=int, help="报告年度 Report year.")
@click.option("--encoding", default=None, help="文本编码 utf-8、gb18030 或 gbk（默认自动识别 default: detected）。")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="原始数据文件夹 Raw data folder (default: data/raw).")
@reports_errors
def add_report(text: Path, jurisdiction: str, year: int, encoding: str | None, raw_dir: Path | None) -> None:
    """把报告文本及其 meta.yml 放入 data/raw，并列出待审核的数字。Copy a report text into data/raw with its meta.yml, and
    propose its figures for review."""
    from indicators import onboard, paths
    from indicators.signals import exit_on_sigterm

    exit_on_sigterm()  # a kill unwinds like Ctrl-C: the text is never left in data/raw without its meta.yml

    added = onboard.add_report(text, jurisdiction, year, raw_dir or paths.raw_dir(), encoding)
    click.echo(f"已添加 {added.text_file} 和 {added.meta_file}；候选数字在 {added.candidates_file}。Added {added.text_file} and "
               f"{added.meta_file}; candidates in {added.candidates_file}\n接下来请审核：To review next:")
    click.echo("\n".join(f"  {n}. {item}" for n, item in enumerate(added.to_review, start=1)))


@click.command()
@click.argument("report", type=click.Path(path_type=Path))  # checked by onboard.read_source, as add-report's text
@click.option("--jurisdiction", required=True, help="发布报告的政府的行政区划代码 "
              "GB/T 2260 code of the issuing government, e.g. 441284.")
@click.option("--year", required=True, type=int, help="报告年度：“今年”和未注明年度的数字归入此年度。"
              "Report year: 今年 and undated figures get this period.")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="候选数字 CSV 写到此文件 Write the candidate figures CSV here (default: stdout, unless --compare).")
@click.option("--compare", "curated", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="已整理的数字文件：列出找到、遗漏和多出的数字及召回率、精确率。A curated figures file: print found, missed "
                   "and spurious figures with recall and precision.")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="含 catalog/extraction_rules.csv 的原始数据文件夹 Raw data folder holding catalog/extraction_rules.csv "
                   "(default: data/raw).")
@reports_errors
def extract(report: Path, jurisdiction: str, year: int, out: Path | None, curated: Path | None,
            raw_dir: Path | None) -> None:
    """按整理数字的格式列出报告中的数字，各附原文。Propose a report's figures, each with its verbatim quote, in the curated
    figures format."""
    import re

    from indicators import onboard
    from indicators.extract.candidates import extract_figures
    from indicators.extract.compare import compare_figures, describe, read_curated
    from indicators.extract.rules import load_rules
    from indicators.extract.suggestions import with_suggestions
    from indicators.extract.text import read_report
    from indicators.outputs import output_file, write_file_atomically
    from indicators.raw.raw_names import DEFAULT, raw_shown

    if not re.fullmatch(r"[0-9]{6}", jurisdiction):
        raise IndicatorsError.single("bad-code", f'"{jurisdiction}" is not a six-digit GB/T 2260 code', field="jurisdiction")
    if out is not None:  # checked before any work: the report, the --compare file and data/raw are never written
        out = output_file(out, [report, curated], [raw_dir] if raw_dir else [])
    onboard.read_source(report)  # a folder or a device (/dev/zero was read until memory ran out) in one line
    text = read_report(report)
    figures = extract_figures(text, year, load_rules(raw_dir))
    if out is not None or curated is None:  # the candidates a reviewer reads: suggestions beside unassigned rows
        figures = with_suggestions(figures, text, raw_dir)
    if out is not None:
        write_file_atomically(out, figures.to_csv(index=False, lineterminator="\n"))
    elif curated is None:
        click.echo(figures.to_csv(index=False, lineterminator="\n"), nl=False)
    assigned = int((figures["metric_id"] != "").sum())
    folder = raw_shown(raw_dir) if raw_dir else DEFAULT  # the folder given, as the build's errors name it
    count, unassigned, saved = len(figures), len(figures) - assigned, f"{folder}figures/{jurisdiction}-{year}.csv"
    click.echo(f"候选数字 {count} 个（{assigned} 个已对应数据项，{unassigned} 个未对应）{f'，已写入 {out}' if out else ''}；"
               f"审核后保存为 {saved}。{count} candidate figure{'' if count == 1 else 's'} "
               f"({assigned} assigned to a metric, {unassigned} unassigned)"
               f"{f' written to {out}' if out else ''}; after review save as {saved}", err=True)
    if curated is not None:
        for line in describe(compare_figures(figures, read_curated(curated), text)):
            click.echo(line)
