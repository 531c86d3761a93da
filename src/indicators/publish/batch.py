"""`indicators run --all`: the notebook suite for every jurisdiction of a year, as tasks on a Dask cluster.

A provincial department compares its ~120 counties; a national evaluation ~2,850. Each jurisdiction
is one task (`batch_task.run_task`, which runs `run_suite` as `indicators run` does for one) on a
LocalCluster or on the cluster of `--scheduler` (`cluster`), so a kernel that dies or a
notebook that raises costs that jurisdiction only: its failure is recorded and reported at the end,
and the others go on. The notebooks open the database read-only and briefly, so a batch can run
while other processes read it. One folder per batch holds a folder per jurisdiction, `index.html`
(self-contained, linking every report page) and `summary.json`.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

from indicators import paths
from indicators.errors import IndicatorsError
from indicators.publish.column_titles import header
from indicators.publish.pages import render
from indicators.publish.params import peer_parameters
from indicators.publish.progress import Progress, quiet_papermill
from indicators.read.analysis import NO_FIGURES_EN, NO_FIGURES_ZH
from indicators.read.db import read_only
from indicators.read.lookup import unknown_year
from indicators.read.queries import Place, base_periods, places

log = logging.getLogger("indicators.batch")
# what a batch renders unless asked: what the index links, the pages, which show the charts inline. Chart
# files cost a second rendering each (SVG, about 1.3 CPU s per jurisdiction), a PNG at 2x more, and an
# interactive HTML carries the 0.9 MB Vega bundle
BATCH_CHART_FORMATS: tuple[str, ...] = ()


@dataclass(frozen=True)
class JurisdictionJob:
    code: str
    name_zh: str
    parameters: dict[str, object]
    chart_formats: tuple[str, ...] = BATCH_CHART_FORMATS


@dataclass
class JurisdictionOutcome:
    code: str
    name_zh: str
    ok: bool
    seconds: float
    folder: str | None = None
    pages: dict[str, str] = field(default_factory=dict)  # notebook name → HTML page
    failures: list[str] = field(default_factory=list)  # one line per failed notebook or error
    # figures curated from the report (None: not counted): 0 says so on the index, as the pages do (qa39's 陕西省 2022
    # read 完成 ok on the index like the 13 reports with figures, while each of its pages opens with 本报告没有已整理的数字)
    figures: int | None = None

    def describe(self) -> str:
        state = "ok" if self.ok else "FAILED: " + "; ".join(self.failures)
        return f"{self.code} {self.name_zh}: {state} ({self.seconds:.1f} s)"


@dataclass
class BatchSummary:
    folder: Path
    outcomes: list[JurisdictionOutcome]

    @property
    def failed(self) -> list[JurisdictionOutcome]:
        return [o for o in self.outcomes if not o.ok]


def batch_jobs(year: int, target_set: str = "", peers: Mapping[str, object] | None = None, db_path: Path | None = None,
               chart_formats: Sequence[str] = BATCH_CHART_FORMATS) -> list[JurisdictionJob]:
    """One job per jurisdiction with a report for `year`, with the parameters `indicators run` would give it."""
    rows = base_periods(year, db_path=db_path)
    if not rows:
        with read_only(db_path) as con:
            raise IndicatorsError([unknown_year(con, year)])
    return [JurisdictionJob(code, name, {"jurisdiction": code, "year": year, "period": year, "base_period": int(base),
                                         "target_set": target_set, **(peers or peer_parameters(()))},
                            tuple(chart_formats))
            for code, name, base in rows]


def run_jurisdiction(job: JurisdictionJob, notebooks: Sequence[Path], folder: Path, db_path: Path | None,
                     warm: bool = False) -> JurisdictionOutcome:
    """Run the suite for one jurisdiction (`warm`: on this process's kept kernel); every failure is returned as data."""
    from indicators.publish.execute import run_suite

    quiet_papermill()  # cell output goes to the notebooks, not the batch log (a spawned worker starts unconfigured)
    started = time.monotonic()
    outcome = JurisdictionOutcome(job.code, job.name_zh, ok=True, seconds=0.0)
    try:
        summary = run_suite(notebooks, job.parameters, folder, label=f"{job.code}_{job.parameters['year']}",
                            progress=False, db_path=db_path, chart_formats=job.chart_formats, warm=warm)
        outcome.folder = str(summary.folder)
        outcome.pages = {r.name: r.html for r in summary.results if r.html}
        outcome.failures = [r.describe() for r in summary.failed]
    except IndicatorsError as exc:
        outcome.failures = [str(p) for p in exc.problems]
    except Exception as exc:  # anything else is this jurisdiction's failure, not the batch's
        outcome.failures = [f"{type(exc).__name__}: {exc}"]
    outcome.ok = not outcome.failures
    outcome.seconds = time.monotonic() - started
    return outcome


def run_all(jobs: Sequence[JurisdictionJob], notebooks: Sequence[Path], out: Path, year: int, workers: int = 1,
            progress: bool | None = None, db_path: Path | None = None,
            on_outcome: Callable[[JurisdictionOutcome], None] | None = None,
            scheduler: str | None = None, shared_db: bool = False) -> BatchSummary:
    """Run every job on a Dask cluster into a new dated folder under `out`; write index.html and summary.json.

    Without `scheduler`, a LocalCluster of `workers` processes, which read the database in place. With
    it, the cluster at that address; each task gets its jurisdiction's slice of the database, made
    here as tasks are submitted, unless `shared_db` says the workers see the same path (a network
    filesystem).
    """
    from indicators.publish import cluster
    from indicators.publish.batch_slice import Slicer
    from indicators.publish.batch_task import Database, Notebooks, write_files
    from indicators.publish.folders import new_run_folder, write_summary

    progress = sys.stderr.isatty() if progress is None else progress
    db_path = Path(db_path).resolve() if db_path else paths.database_path()
    sliced = bool(scheduler) and not shared_db
    shared = Database.shared(db_path)
    folder = new_run_folder(out, f"all_{year}")
    outcomes: list[JurisdictionOutcome] = []
    with cluster.connect(scheduler, workers) as client, Slicer(db_path, year) if sliced else nullcontext() as slicer:
        link = cluster.dashboard_link(client)
        log.info("cluster %s: %d worker(s)%s", scheduler or "local", cluster.worker_count(client),
                 f", dashboard {link}" if link else "")
        if progress:
            print(f"仪表盘 Dashboard: {link}" if link else "没有仪表盘（安装 bokeh 即有）。No dashboard (install bokeh for one)",
                  file=sys.stderr)
        with Progress(len(jobs), f"{year}年 各辖区 jurisdictions", "jurisdiction", progress, log) as report:
            database_of = (lambda job: Database.sliced(slicer, job.code)) if sliced else (lambda job: shared)
            ahead = (lambda: 2 * cluster.worker_count(client) + 2) if sliced else None
            for _job, result in cluster.run_jobs(client, jobs, Notebooks.read(list(notebooks)), database_of, ahead):
                outcome = result.outcome
                written = write_files(result, folder)
                if written is not None:
                    outcome.folder = str(written)
                    outcome.pages = {name: str(written / page) for name, page in outcome.pages.items()}
                outcomes.append(outcome)
                where = f" on {result.worker}" if result.worker else ""
                report.done(f"failed={sum(not o.ok for o in outcomes)}",
                            f"[{len(outcomes)}/{len(jobs)}] {outcome.describe()}{where}")
                if on_outcome:
                    on_outcome(outcome)
    outcomes.sort(key=lambda o: o.code)
    where = places(year, db_path)
    for outcome in outcomes:  # its figures, counted for the whole batch in one query
        outcome.figures = where[outcome.code].figures if outcome.code in where else None
    summary = BatchSummary(folder, outcomes)
    (folder / "index.html").write_text(index_page(summary, year, where), encoding="utf-8")
    write_summary(folder, {"state": "complete", "year": year, "outcomes": [asdict(o) for o in outcomes]})
    return summary


def _link(folder: Path, page: str) -> str:
    return quote(Path(page).resolve().relative_to(folder.resolve()).as_posix())


def _in_words(failure: str) -> str:
    """A failed notebook named by its page's title first (《同比变化 Year on year》未能完成), its cell and error after:
    qa39's batch index read `失败 failed: 03_probe: FAILED at cell In [3] (id cell-1): ValueError: …`, the file name
    and Python's words alone."""
    name, sep, _ = failure.partition(": FAILED")
    return f"《{header(name)}》未能完成 did not complete（{failure}）" if sep else failure


def index_page(summary: BatchSummary, year: int, where: Mapping[str, Place] | None = None) -> str:
    """A self-contained page (no script, no remote style) linking every report page of the batch. Its columns are
    titled with the pages' names, as their headings give them (headers.csv), not the notebooks' file names: a
    column "02_year_on_year" is a file, not a header people read (round 31's batch of 天津市's districts).
    `where` gives each code's level and the places above it (`queries.places`), which tell same-named counties apart."""
    names = sorted({name for o in summary.outcomes for name in o.pages})
    where = where or {}
    rows = [{"ok": o.ok, "code": o.code, "name_zh": o.name_zh, "failures": [_in_words(f) for f in o.failures],
             "level": place.level if place else "", "within": place.within if place else "",
             "uncurated": o.figures == 0,
             "links": {name: _link(summary.folder, page) for name, page in o.pages.items()}}
            for o in summary.outcomes for place in [where.get(o.code)]]
    return render("batch/index.html.j2", year=year, outcomes=summary.outcomes, failed=len(summary.failed), names=names,
                  titles={name: header(name) for name in names}, rows=rows,
                  no_figures=f"{NO_FIGURES_ZH}（{NO_FIGURES_EN}）")
