"""Hostile parameters and hostile report texts.

Jurisdiction, year and target set reach SQL only as bound values: quotes, `; DROP TABLE`, very long
strings, control characters and shell syntax get a clear one-line error, run nothing and change no
byte of the database. A report sentence holding `</script><script>alert(...)` is shown as text in
every HTML page `indicators run` writes, and no dialog fires when chromium opens them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from digests import sha256
from error_lines import english
from raw_edits import apply_steps, copy_raw

from indicators.build import build_database
from indicators.cli import cli
from indicators.read.db import query_frame

HOSTILE_CODES = {
    "sql-quote": "441284'; DROP TABLE figures; --",
    "sql-double-quote": '441284"; drop view indicator_values; --',
    "sql-or": "' or '1'='1",
    "sql-comment": "441284/*",
    "very-long": "4" * 100_000,
    "control-characters": "4412\x00\x07\x1b[31m84\r\n",
    "shell": "$(touch pwned) `touch pwned2`; touch pwned3",
    "path-traversal": "../../../../etc/passwd",
    "right-to-left": "441284\u202e",
}



@pytest.fixture()
def db(built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the built database; the working directory is an empty folder."""
    copy = tmp_path / "db" / "indicators.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(built_db, copy)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    return copy


def assert_refused_cleanly(result, db: Path, before: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert not result.exception or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr.strip(), "no error message"
    assert "Traceback" not in result.output
    assert len(result.stderr) < 2000, "the error repeats the whole hostile value"
    assert sha256(db) == before
    counts = query_frame("select (select count(*) from figures) as figures, (select count(*) from indicator_values) as iv",
                         db_path=db)
    assert counts.iloc[0].tolist() == [45, 15]
    assert list(Path.cwd().iterdir()) == [], "something was written in the working directory"


@pytest.mark.parametrize("command", ["show", "check"])
@pytest.mark.parametrize("code", HOSTILE_CODES.values(), ids=HOSTILE_CODES.keys())
def test_hostile_jurisdiction_is_refused_as_unknown(command, code, db):
    before = sha256(db)
    result = CliRunner().invoke(cli, [command, "--jurisdiction", code, "--year", "2017", "--db", str(db)])
    assert_refused_cleanly(result, db, before)
    assert english(result.stderr).startswith("Error: field jurisdiction: ") and "[unknown-jurisdiction]" in result.stderr
    assert "loaded: 441284 四会市" in result.stderr
    assert "\x1b" not in result.stderr and "\x00" not in result.stderr  # control characters are shown escaped


@pytest.mark.parametrize("year", ["2017; DROP TABLE figures", "2017'", "1e3", "", "二〇一七", "2017\x00"])
def test_year_that_is_not_a_whole_number_is_a_usage_error(year, db):
    before = sha256(db)
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", year, "--db", str(db)])
    assert_refused_cleanly(result, db, before, exit_code=2)
    assert "Invalid value for '--year'" in result.stderr and "is not a valid integer" in result.stderr


@pytest.mark.parametrize("year", ["99999999999999999999", "-1", "0"])
def test_year_out_of_any_range_lists_the_years_loaded(year, db):
    before = sha256(db)
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", year, "--db", str(db)])
    assert_refused_cleanly(result, db, before)
    assert "years loaded: 2017 [unknown-year]" in result.stderr


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--target-set", "gd-2017-prd'; DROP TABLE targets; --", "unknown-target-set"),
        ("--target-set", "x" * 50_000, "unknown-target-set"),
        ("--target-set", "../../../etc", "unknown-target-set"),
        ("--jurisdiction", "441284' or '1'='1", "unknown-jurisdiction"),
        ("--peer", "441284'); DROP TABLE reports; --", "unknown-jurisdiction"),
    ],
)
def test_run_refuses_hostile_parameters_before_writing_anything(option, value, code, db, tmp_path):
    before = sha256(db)
    out = tmp_path / "reports"
    args = {"--jurisdiction": "441284", "--year": "2017"}
    args[option] = value
    result = CliRunner().invoke(cli, ["run", *[x for kv in args.items() for x in kv], "--out", str(out), "--db", str(db)])
    assert_refused_cleanly(result, db, before)
    assert f"[{code}]" in result.stderr
    assert not out.exists(), "a refused run created its output folder"


HOSTILE_HTML = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"  # no quotes: JSON would escape them
SENTENCE = "其中行政许可510项,公共服务421项"


@pytest.fixture(scope="module")
def hostile_run(raw_dir, tmp_path_factory):
    """report_profile run on a report whose sentence behind two figures ends in HTML, into an `--out`
    given through a symlink and `..`; returns (result, run folder, resolved out, sandbox)."""
    sandbox = tmp_path_factory.mktemp("hostile")
    raw = copy_raw(raw_dir, sandbox / "raw")
    hostile_sentence = SENTENCE + HOSTILE_HTML
    apply_steps(raw, [
        {"file": "reports/441284-2017.txt", "replace": {"old": SENTENCE, "new": hostile_sentence}},
        {"file": "reports/441284-2017.txt", "rehash": True},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 9, "field": "quote", "value": hostile_sentence}},
        {"file": "figures/441284-2017.csv", "set_cell": {"row": 10, "field": "quote", "value": hostile_sentence}},
    ])
    db = sandbox / "hostile.duckdb"
    build_database(raw, db)
    (sandbox / "real_out").mkdir()
    (sandbox / "link").symlink_to(sandbox / "real_out")
    before = {p for p in sandbox.rglob("*")}
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--notebook", "report_profile",
                                      "--out", str(sandbox / "link" / "nested" / ".." / "reports"), "--db", str(db),
                                      "--log-output"])
    folder = Path(re.search(r"Reports in (.+)", result.output).group(1).strip())
    written = {p for p in sandbox.rglob("*")} - before
    return result, folder, (sandbox / "real_out" / "reports").resolve(), written


def test_hostile_run_writes_only_inside_the_resolved_out_folder(hostile_run):
    result, folder, out, written = hostile_run
    assert result.exit_code == 0, result.output
    assert folder.parent == out
    outside = [p for p in written if p != out and out not in p.parents]
    assert outside == [], outside
    assert (folder / "01_report_profile.html").is_file()


def test_report_quotes_are_html_escaped(hostile_run):
    _, folder, _, _ = hostile_run
    page = (folder / "01_report_profile.html").read_text(encoding="utf-8")
    assert "&lt;/script&gt;&lt;script&gt;alert(" in page  # the sentence is shown, as text
    pages = list(folder.rglob("*.html"))
    assert len(pages) >= 2
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert "<script>alert(" not in text, path
        assert "<img src=x" not in text, path


@pytest.fixture(scope="module")
def hostile_chart(tmp_path_factory) -> Path:
    """The standalone HTML of a chart whose labels and tooltips hold the hostile text."""
    import altair as alt
    import pandas as pd

    from indicators.publish import chart_files

    data = pd.DataFrame({"name_zh": [f"四会{HOSTILE_HTML}&amp;"], "value": [1]})
    chart = alt.Chart(data).mark_bar().encode(x="value:Q", y="name_zh:N", tooltip=["name_zh"])
    (page,) = [p for p in chart_files.export({"hostile": chart}, tmp_path_factory.mktemp("chart")) if p.suffix == ".html"]
    return page


def test_chart_pages_cannot_be_closed_by_their_data(hostile_chart):
    text = hostile_chart.read_text(encoding="utf-8")
    assert "alert(" in text  # the data is there ...
    assert "</script><script>alert" not in text and "<img src=x" not in text  # ... but cannot leave its <script>


@pytest.mark.browser
def test_no_dialog_fires_when_chromium_opens_the_pages(hostile_run, hostile_chart):
    from playwright.sync_api import sync_playwright

    _, folder, _, _ = hostile_run
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:", "blob:"))
                       else route.abort())
            # Wait for events, not for a delay: a dialog from an inline script or an onerror handler blocks the
            # page's load event until dismissed; the chart's labels exist once vega has drawn them; one more task
            # turn lets anything those queued run before the next page.
            for path in [*sorted(folder.rglob("*.html")), hostile_chart]:
                page.goto(path.as_uri(), wait_until="load")
                if path == hostile_chart:
                    page.wait_for_selector("svg text", timeout=10_000)
                page.evaluate("() => new Promise(resolve => setTimeout(resolve))")
            assert dialogs == [], f"a report page ran script from its data: {dialogs}"
            # the hostile chart still draws, with the label as text
            labels = page.locator("svg text").all_text_contents()
            assert any("alert(" in label for label in labels), labels
        finally:
            browser.close()
    assert dialogs == []
