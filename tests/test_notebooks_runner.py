"""`indicators run`: parameter checks before any kernel starts, safe dated output folders,
failure isolation, and one full run of the suite whose HTML must load nothing from the network."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime
from pathlib import Path

import nbformat
import pytest
from click.testing import CliRunner
from error_lines import english
from nbformat.v4 import new_code_cell, new_notebook

from indicators.cli import cli
from indicators.errors import IndicatorsError, one_line
from indicators.publish.charts import FONT
from indicators.publish.execute import run_suite
from indicators.publish.folders import new_run_folder
from indicators.publish.html import remote_references
from indicators.publish.params import check_parameters, suite

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "notebooks"


def write_notebook(path: Path, *sources: str) -> Path:
    """A tiny notebook: a parameters cell, then the given cells (ids cell-1, cell-2...)."""
    params = new_code_cell('jurisdiction: str = "441284"\nyear: int = 2017')
    params.metadata["tags"] = ["parameters"]
    params["id"] = "parameters"
    cells = [params]
    for number, source in enumerate(sources, 1):
        cell = new_code_cell(source)
        cell["id"] = f"cell-{number}"
        cells.append(cell)
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_unknown_and_mistyped_parameters_are_refused() -> None:
    problems = check_parameters(SUITE / "02_year_on_year.ipynb",
                                          {"yeer": 2017, "base_period": "2016", "jurisdiction": "441284"})
    assert [(p.code, p.field) for p in problems] == [("unknown-parameter", "yeer"), ("wrong-parameter-type", "base_period")]
    assert "parameters: jurisdiction, base_period, period, charts_dir" in str(problems[0])


def test_list_parameter_is_type_checked() -> None:
    nb = SUITE / "04_peer_comparison.ipynb"
    assert check_parameters(nb, {"jurisdictions": ["441284"], "top": 3}) == []
    assert [p.code for p in check_parameters(nb, {"jurisdictions": "441284"})] == ["wrong-parameter-type"]


def test_a_mistyped_parameter_stops_the_run_before_any_output(tmp_path: Path) -> None:
    with pytest.raises(IndicatorsError) as caught:
        run_suite([SUITE / "01_report_profile.ipynb"], {"year": "2017"}, tmp_path / "out", "x", progress=False)
    assert caught.value.problems[0].code == "wrong-parameter-type"
    assert not (tmp_path / "out").exists()


def test_run_folders_are_dated_and_never_reused(tmp_path: Path) -> None:
    now = datetime(2026, 1, 2, 3, 4, 5)
    first = new_run_folder(tmp_path, "441284_2017", now)
    (first / "keep.txt").write_text("earlier run")
    second = new_run_folder(tmp_path, "441284_2017", now)
    assert (first.name, second.name) == ("2026-01-02_030405_441284_2017", "2026-01-02_030405_441284_2017_2")
    assert (first / "keep.txt").read_text() == "earlier run"


def test_odd_out_paths_stay_inside_the_resolved_folder(tmp_path: Path) -> None:
    folder = new_run_folder(tmp_path / "a" / ".." / "b", "../../etc/x y")
    assert folder.parent == (tmp_path / "b").resolve()
    assert "/" not in folder.name and ".." not in folder.name


def test_out_inside_raw_data_is_refused() -> None:
    with pytest.raises(IndicatorsError) as caught:
        new_run_folder(ROOT / "data" / "raw" / "reports", "x")
    assert caught.value.problems[0].code == "output-in-raw"


def test_out_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(IndicatorsError, match="exists and is not a folder"):
        new_run_folder(tmp_path / "file", "x")


def test_remote_references_are_found() -> None:
    html = ('<script src="https://static.example.test/libs/vega@6.js"></script><link rel="stylesheet" href="//x.org/a.css">'
            '<p>see https://example.org in a quote</p><script>var a = 1;</script>')
    assert len(remote_references(html)) == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_notebook_is_named_with_its_cell_and_the_others_still_run(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "nbs"
    folder.mkdir()
    write_notebook(folder / "01_fails.ipynb", "x = 1", "raise ValueError('no such figure')", "print('never')")
    write_notebook(folder / "02_works.ipynb", "print(jurisdiction, year)")
    summary = run_suite(suite(folder), {"jurisdiction": "441284", "year": 2017}, tmp_path / "out",
                                  "t", progress=False, jobs=jobs)
    failed, works = summary.results
    assert (failed.ok, failed.failed_cell_id, failed.error) == (False, "cell-2", "ValueError: no such figure")
    assert failed.describe() == "01_fails: FAILED at cell In [4] (id cell-2): ValueError: no such figure"
    assert works.ok and Path(works.html).is_file()
    assert Path(failed.notebook).is_file() and Path(failed.html).is_file()  # what it had is written
    assert "no such figure" in Path(failed.html).read_text(encoding="utf-8")
    saved = json.loads((summary.folder / "summary.json").read_text(encoding="utf-8"))
    assert [r["ok"] for r in saved["results"]] == [False, True]
    assert [(r["notebook"], r["html"]) for r in saved["results"]] == [  # relative: the folder can move whole
        ("01_fails.ipynb", "01_fails.html"), ("02_works.ipynb", "02_works.html")]


def test_cli_refuses_an_unknown_jurisdiction_listing_what_exists(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441200", "--year", "2017", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert 'Error: field jurisdiction: "441200" is not loaded; loaded: 441284 四会市 [unknown-jurisdiction]' in result.output
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_an_unknown_extra_parameter(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(tmp_path),
                                      "-p", "yeer=2017"])
    assert result.exit_code == 1
    assert english(result.output) == ('Error: field yeer: "yeer" is not a parameter of any notebook of the run '
                                      '(parameters: base_period, charts_dir, jurisdiction, jurisdictions, peers_within, '
                                      'period, target_set, top, year) [unknown-parameter]\n')


@pytest.fixture(scope="module")
def full_run(tmp_path_factory) -> tuple[object, Path]:
    """`indicators run` of the whole suite for the bundled report, as `make run` does (two notebooks at once;
    not a TTY: log lines)."""
    out = tmp_path_factory.mktemp("reports")
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--out", str(out), "--jobs", "2"])
    folder = Path(re.search(r"Reports in (.+)", result.output).group(1).strip())
    return result, folder


def test_full_run_writes_every_report(full_run) -> None:
    result, folder = full_run
    assert result.exit_code == 0, result.output
    stems = [nb.stem for nb in suite(SUITE)]
    assert len(stems) == 5 and "05_summary" in stems
    for stem in stems:
        assert (folder / f"{stem}.ipynb").is_file() and (folder / f"{stem}.html").is_file()
    for stem in ("01_report_profile", "02_year_on_year", "03_target_gap"):
        charts = list((folder / f"{stem}_charts").iterdir())
        assert {p.suffix for p in charts} == {".png", ".svg", ".html"}, stem
        assert all(p.name.startswith("441284_2017_") for p in charts), stem  # a copied chart says whom it is about
    # one jurisdiction loaded: nothing to compare, so no peer chart, and the page says why
    assert not any((folder / "04_peer_comparison_charts").glob("*"))
    assert "no peer to rank against" in (folder / "04_peer_comparison.html").read_text(encoding="utf-8")


def test_full_run_html_loads_nothing_from_the_network(full_run) -> None:
    _, folder = full_run
    pages = list(folder.rglob("*.html"))
    assert len(pages) >= 5 + 5  # five pages; charts: three, one (no comparable year on year), one
    for page in pages:
        assert remote_references(page.read_text(encoding="utf-8")) == [], page


def test_full_run_report_shows_the_figures_and_chinese_charts(full_run) -> None:
    _, folder = full_run
    page = (folder / "01_report_profile.html").read_text(encoding="utf-8")
    assert "网上全流程办理率" in page and "86.2745" in page
    charts = [base64.b64decode(data).decode("utf-8") for data in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', page)]
    drawn = [svg for svg in charts if FONT in svg]
    assert len(drawn) == 3 and "行政许可事项" in drawn[0]
    svg = (folder / "01_report_profile_charts" / "441284_2017_service_split.svg").read_text(encoding="utf-8")
    assert FONT in svg and "行政许可事项" in svg
    gap = (folder / "03_target_gap.html").read_text(encoding="utf-8")
    assert "粤办函〔2017〕265号" in gap


def test_full_run_passes_the_parameters_it_was_given(full_run) -> None:
    _, folder = full_run
    executed = nbformat.read(folder / "02_year_on_year.ipynb", as_version=4)
    injected = next(c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "base_period = 2016" in injected.source and "period = 2017" in injected.source


def test_full_run_charts_are_named_for_screen_readers(full_run) -> None:
    _, folder = full_run
    page = (folder / "01_report_profile.html").read_text(encoding="utf-8")
    alts = re.findall(r'<img alt="([^"]*)" src="data:image/svg', page)
    assert len(alts) == 3
    assert "四会市（441284）2017年 行政许可事项：网上全流程、最多跑一次、零跑动 Licensing items" in alts
    assert not any("No description" in alt for alt in alts)


def test_a_folder_without_notebooks_is_refused_naming_it(tmp_path: Path) -> None:
    """Trial 27 ran `indicators run` where no notebook was found: it said "Reports in ..." and exited 0 with only
    summary.json written. Now it stops before writing anything, naming the folder it looked in."""
    (tmp_path / "empty").mkdir()
    with pytest.raises(IndicatorsError) as refused:
        suite(tmp_path / "empty")
    assert one_line(refused.value.problems[0]) == (f'错误：字段 notebook：没有笔记本。'
                                                   f'Error: field notebook: "{tmp_path / "empty"}" holds no notebook '
                                                   "[0-9][0-9]_*.ipynb [no-notebooks]")
