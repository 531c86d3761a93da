"""The `indicators run` command: the notebook suite executed with papermill for one jurisdiction (its pages,
notebooks, charts and summary PDF in a dated folder) or, with --all, for every jurisdiction of a year on a
Dask cluster. Registered on the `indicators` group in cli.py."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from indicators.cli_options import chart_formats_of, db_option, reports_errors, run_parameters
from indicators.errors import IndicatorsError


@click.command()
@click.option("--jurisdiction", default=None, help="行政区划代码 GB/T 2260 code, e.g. 441284 (or --all).")
@click.option("--year", required=True, type=int, help="报告年度 Report year, e.g. 2017.")
@click.option("--all", "run_all", is_flag=True,
              help="该年度有报告的全部辖区，并行运行，写出 index.html。Every jurisdiction with a report for --year, in "
                   "parallel; writes index.html.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="并行进程数 Worker processes: jurisdictions at once with --all (a local Dask cluster), else "
                   "notebooks at once.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="仅用于 --all：在此 Dask 调度器的 worker 上运行 Only for --all: run on this Dask scheduler's workers "
                   "instead of a local cluster.")
@click.option("--charts", "chart_formats", default=None, metavar="FORMATS",
              help="写出的图表文件 Chart files to write: comma-separated of png,svg,html, or none [default: all three for one "
                   "jurisdiction, none for --all, whose pages show the charts inline].")
@click.option("--shared-db", is_flag=True,
              help="仅用于 --scheduler：各 worker 在同一路径读 --db Only for --scheduler: the workers see --db at the "
                   "same path; else each gets a copy once.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="每次运行在此文件夹下新建带日期的子文件夹（从不覆盖）。Folder that receives a new dated sub-folder per run "
                   "(never overwritten).")
@click.option("--base-period", type=int, default=None,
              help="同比的基期 Base period of year_on_year (default: the latest earlier period with figures).")
@click.option("--target-set", default="", help="目标差距所对照的目标组 "
              "Target set of target_gap (default: every set due in the report year or later).")
@click.option("--peer", "peers", multiple=True, help="同级比较的辖区（可重复），或 province / prefecture：本省或本市的同级辖区 "
              "A peer of peer_comparison (repeat), or province / prefecture: "
              "those of its level in the focus's province / prefecture [default: every one loaded of its level].")
@click.option("--notebook", "names", multiple=True, help="只运行名称含此文字的笔记本（可重复）"
              "Run only notebooks whose name contains this; repeat.")
@click.option("-p", "--parameter", "extra", multiple=True, help="笔记本参数 NAME=VALUE for the notebooks that declare NAME.")
@click.option("--log-output/--progress-bar", "log_output", default=None,
              help="逐行日志或进度条 Plain log lines (default when stderr is not a terminal) or a progress bar.")
@db_option
@reports_errors
def run(jurisdiction: str | None, year: int, run_all: bool, jobs: int, scheduler: str | None, chart_formats: str | None,
        shared_db: bool, out: Path, base_period: int | None, target_set: str, peers: tuple[str, ...], names: tuple[str, ...],
        extra: tuple[str, ...], log_output: bool | None, db_path: Path | None) -> None:
    """运行笔记本，每个笔记本写出 .ipynb、HTML 页面和图表。Execute the notebooks with papermill; write .ipynb, HTML
    and charts (PNG, SVG, HTML) per notebook."""
    from papermill import inspect_notebook

    from indicators.paths import CHART_FORMATS
    from indicators.publish.execute import run_suite
    from indicators.publish.params import peer_parameters, suite, unknown_parameter
    from indicators.publish.progress import setup_logging, wants_progress_bar
    from indicators.read.lookup import validate_parameters
    from indicators.read.queries import base_periods
    from indicators.signals import exit_on_sigterm

    exit_on_sigterm()  # a killed run unwinds: kernels shut down, socket folders removed
    formats, chosen = chart_formats_of(chart_formats), peer_parameters(peers)
    if run_all == (jurisdiction is not None):
        raise IndicatorsError.single("jurisdiction-or-all", "give either --jurisdiction or --all", field="jurisdiction")
    if run_all:
        if base_period is not None or extra:
            raise IndicatorsError.single("not-with-all", "--base-period and -p apply to one jurisdiction, not to --all",
                                         field="all")
        _run_all(year, jobs, out, target_set, chosen, names, log_output, db_path, scheduler, shared_db, formats)
        return
    if scheduler or shared_db:
        raise IndicatorsError.single("not-without-all", "--scheduler and --shared-db apply to --all", field="scheduler")
    parameters = run_parameters(extra)  # read and checked before anything starts
    # the base earlier than the year: the year itself would read as "nothing before it"
    validate_parameters(jurisdiction=jurisdiction, year=year, base_period=base_period, period=year,
                        target_set=target_set or None, jurisdictions=chosen["jurisdictions"] or None, db_path=db_path,
                        base_before_period=True)
    if base_period is None:
        base_period = base_periods(year, jurisdiction, db_path)[0][2]
    offered: dict[str, object] = {
        "jurisdiction": jurisdiction, "year": year, "period": year, "base_period": base_period,
        "target_set": target_set, **chosen,
    }
    notebooks = suite(names=names)
    declared = sorted({name for nb in notebooks for name in inspect_notebook(str(nb))})
    for name, value in parameters:
        if name not in declared:
            raise IndicatorsError([unknown_parameter(name, declared, value=value)])
        offered[name] = value
    progress = wants_progress_bar(log_output)
    setup_logging(progress)
    summary = run_suite(notebooks, offered, out, label=f"{jurisdiction}_{year}", progress=progress, db_path=db_path,
                        jobs=jobs, chart_formats=CHART_FORMATS if formats is None else formats, pdf=True)
    for result in summary.results:  # Chinese first; describe() stays English, as the index page quotes a failure
        click.echo(f"{'完成' if result.ok else '失败'} {result.name}"
                   f"{f'（{result.seconds:.1f} 秒）' if result.ok else ''}。{result.describe()}")
    for line in summary.notes:  # 05_summary.pdf beside its page, ~2 s
        click.echo(line, err=line.startswith("警告"))
    click.echo(f"报告在 {summary.folder}。Reports in {summary.folder}")
    printed = (summary.folder / "05_summary.pdf").exists()  # not when 05_summary was not run or not printed
    chosen = CHART_FORMATS if formats is None else formats
    written = [{"html": "interactive HTML"}.get(f, f.upper()) for f in chosen]
    written_zh = [{"html": "交互式 HTML"}.get(f, f.upper()) for f in chosen]
    # --charts none writes no folder, nor does a notebook that drew no chart
    charts_zh = f"<notebook>_charts/ 为图表文件 {'、'.join(written_zh)}（画了图的笔记本才有）；" if written else ""
    charts = f"<notebook>_charts/: {', '.join(written)} (where it drew a chart); " if written else ""
    click.echo(f"  说明：<notebook>.html 为独立网页；<notebook>.ipynb 为已执行的笔记本；{charts_zh}"
               f"{'05_summary.pdf 为 A4 摘要；' if printed else ''}summary.json 为运行摘要。"
               f"<notebook>.html: self-contained page; <notebook>.ipynb: executed notebook; {charts}"
               f"{'05_summary.pdf: the summary on A4; ' if printed else ''}summary.json")
    if summary.failed:
        click.echo(f"错误：{len(summary.results)} 个笔记本中有 {len(summary.failed)} 个失败。"
                   f"Error: {len(summary.failed)} of {len(summary.results)} notebook(s) failed", err=True)
        sys.exit(1)



def _run_all(year: int, jobs: int, out: Path, target_set: str, peers: dict, names: tuple[str, ...],
             log_output: bool | None, db_path: Path | None, scheduler: str | None, shared_db: bool,
             chart_formats: tuple[str, ...] | None) -> None:
    """`run --all`: the suite for every jurisdiction of `year`; failures are listed at the end, exit 1."""
    from indicators.publish.batch import BATCH_CHART_FORMATS, batch_jobs, run_all
    from indicators.publish.params import suite
    from indicators.publish.progress import setup_logging, wants_progress_bar
    from indicators.read.lookup import validate_parameters

    validate_parameters(year=year, target_set=target_set or None, jurisdictions=peers["jurisdictions"] or None, db_path=db_path)
    formats = BATCH_CHART_FORMATS if chart_formats is None else chart_formats
    work = batch_jobs(year, target_set, peers, db_path, chart_formats=formats)
    progress = wants_progress_bar(log_output)
    setup_logging(progress)
    where = f"on the Dask cluster at {scheduler}" if scheduler else f"in {jobs} local worker process(es)"
    where_zh = f"在 Dask 集群 {scheduler} 上" if scheduler else f"用 {jobs} 个本地工作进程"
    count = len(suite(names=names))
    click.echo(f"正在{where_zh}为 {year} 年的 {len(work)} 个行政区运行 {count} 个笔记本。"
               f"Running {count} notebook(s) for {len(work)} jurisdiction(s) of {year} {where}", err=True)
    summary = run_all(work, suite(names=names), out, year, workers=jobs, progress=progress, db_path=db_path,
                      scheduler=scheduler, shared_db=shared_db)
    click.echo(f"报告在 {summary.folder}，索引：{summary.folder / 'index.html'}。"
               f"Reports in {summary.folder}; index: {summary.folder / 'index.html'}")
    if summary.failed:
        for outcome in summary.failed:
            click.echo(f"错误：{outcome.code} {outcome.name_zh}运行失败。Error: {outcome.describe()}", err=True)
        click.echo(f"错误：{len(summary.outcomes)} 个行政区中有 {len(summary.failed)} 个失败。"
                   f"Error: {len(summary.failed)} of {len(summary.outcomes)} jurisdiction(s) failed", err=True)
        sys.exit(1)
