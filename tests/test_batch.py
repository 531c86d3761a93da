"""`indicators run --all`: every jurisdiction of a year in worker processes, a failure in one recorded
without stopping the others, and an index page linking every report. Runs on a 3-jurisdiction
synthetic corpus (benchmarks/make_corpus.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from synthetic_corpus import synthetic_database
from test_notebooks_runner import write_notebook

from indicators.cli import cli
from indicators.errors import IndicatorsError
from indicators.publish import batch


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory) -> Path:
    _, db_path = synthetic_database(tmp_path_factory.mktemp("corpus"), jurisdictions=3, years=2)
    return db_path


def test_batch_jobs_are_the_jurisdictions_of_the_year_with_their_base_period(synthetic_db: Path) -> None:
    jobs = batch.batch_jobs(2017, db_path=synthetic_db)
    assert [(j.code, j.name_zh) for j in jobs] == [("117101", "合成县0002（合成）"), ("127101", "合成县0003（合成）"),
                                                   ("447101", "合成县0001（合成）")]
    # the reports are of 2017 and 2018; the 2017 report restates 2016, its latest earlier period
    assert {j.parameters["base_period"] for j in jobs} == {2016}
    assert jobs[0].parameters == {"jurisdiction": "117101", "year": 2017, "period": 2017, "base_period": 2016,
                                  "target_set": "", "jurisdictions": [], "peers_within": ""}


def test_batch_refuses_a_year_without_reports_listing_the_years(synthetic_db: Path) -> None:
    with pytest.raises(IndicatorsError) as caught:
        batch.batch_jobs(2030, db_path=synthetic_db)
    assert str(caught.value.problems[0]) == ('field year: "2030" has no report; '
                                             'years loaded: 2017, 2018 [unknown-year]')


def test_a_failing_jurisdiction_is_recorded_and_the_others_still_run(synthetic_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "nbs"
    folder.mkdir()
    write_notebook(folder / "01_probe.ipynb",
                   "if jurisdiction == '127101':\n    raise ValueError('no figures for ' + jurisdiction)",
                   "from indicators.read import queries\nqueries.indicator_values(jurisdiction, year)")  # reads the database
    jobs = batch.batch_jobs(2017, db_path=synthetic_db)
    jobs[0] = batch.JurisdictionJob("117101", "<b>合成县0002</b> & co", jobs[0].parameters)  # a name that needs escaping
    with duckdb.connect(str(synthetic_db), read_only=True) as reader:  # another process reading meanwhile
        summary = batch.run_all(jobs, [folder / "01_probe.ipynb"], tmp_path / "out", 2017, workers=2, progress=False,
                                db_path=synthetic_db)
        assert reader.execute("select count(*) from reports").fetchone()[0] == 6
    assert [(o.code, o.ok) for o in summary.outcomes] == [("117101", True), ("127101", False), ("447101", True)]
    failed = summary.failed[0]
    assert failed.failures == ["01_probe: FAILED at cell In [3] (id cell-1): ValueError: no figures for 127101"]
    page = (summary.folder / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', page)
    assert len(links) == 3 and all((summary.folder / link).is_file() for link in links)  # the failed page is linked too
    assert "&lt;b&gt;合成县0002&lt;/b&gt; &amp; co" in page and "<b>合成县0002" not in page
    assert "ValueError: no figures for 127101" in page
    assert "<td>县级</td><td>合成省44（合成） 合成市4471（合成）</td>" in page  # where each sits, from the database
    assert not re.search(r"<script|https?://", page)
    saved = json.loads((summary.folder / "summary.json").read_text(encoding="utf-8"))
    assert [o["ok"] for o in saved["outcomes"]] == [True, False, True]
    assert all(o["figures"] > 0 for o in saved["outcomes"])  # counted once for the batch (queries.places)
    # its paths are relative to the folder holding it, so the folder can be copied or zipped whole
    assert str(tmp_path) not in (summary.folder / "summary.json").read_text(encoding="utf-8")
    for written in saved["outcomes"]:
        inner = json.loads((summary.folder / written["folder"] / "summary.json").read_text(encoding="utf-8"))
        assert all((summary.folder / page).is_file() for page in written["pages"].values())
        assert [(summary.folder / written["folder"] / r["html"]).is_file() for r in inner["results"]] == [True]


def test_cli_run_all_writes_the_report_of_every_jurisdiction(synthetic_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--jobs", "2", "--notebook", "01_report_profile",
                                      "--db", str(synthetic_db), "--out", str(tmp_path), "--log-output"])
    assert result.exit_code == 0, result.output
    folder = Path(re.search(r"Reports in (.+?);", result.output).group(1))
    pages = sorted(p.parent.name[-11:] for p in folder.glob("*/01_report_profile.html"))
    assert pages == ["117101_2017", "127101_2017", "447101_2017"]
    assert "合成县0003（合成）" in (folder / "index.html").read_text(encoding="utf-8")
    assert not list(folder.glob("*/01_report_profile_charts"))  # chart files only on request (--charts)


def test_cli_run_all_writes_the_chart_files_asked_for(synthetic_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--notebook", "01_report_profile", "--charts",
                                      "png, HTML", "--db", str(synthetic_db), "--out", str(tmp_path), "--log-output"])
    assert result.exit_code == 0, result.output
    charts = {p.suffix for p in tmp_path.glob("*/*/01_report_profile_charts/*")}
    assert charts == {".png", ".html"}


def test_cli_run_refuses_an_unknown_chart_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--all", "--year", "2017", "--charts", "svg,pdf", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert 'Error: field charts: "pdf" is not a chart format; formats: png, svg, html' in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "2017"], "give either --jurisdiction or --all [jurisdiction-or-all]"),
    (["--all", "--jurisdiction", "441284", "--year", "2017"], "give either --jurisdiction or --all [jurisdiction-or-all]"),
    (["--all", "--year", "2017", "--base-period", "2016"], "--base-period and -p apply to one jurisdiction, not to --all"),
])
def test_cli_run_needs_one_jurisdiction_or_all(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", *args, "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert message in result.output
    assert list(tmp_path.iterdir()) == []


def test_run_all_logs_its_own_lines_not_dask_info(synthetic_db: Path, tmp_path: Path) -> None:
    """A batch's log is one line per jurisdiction and notebook: Dask's INFO lines (workers starting,
    nannies closing) were hundreds per batch and drowned them."""
    import subprocess
    import sys

    done = subprocess.run([str(Path(sys.executable).with_name("indicators")), "run", "--all", "--year", "2017", "--jobs", "2",
                           "--notebook", "01_report_profile", "--db", str(synthetic_db), "--out", str(tmp_path),
                           "--log-output"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "indicators." in done.stderr  # the batch's own log lines are there
    assert "INFO distributed" not in done.stderr and "INFO distributed" not in done.stdout
