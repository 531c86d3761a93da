"""`indicators run` writes 05_summary.pdf beside 05_summary.html: one A4 page, drawn with an embedded
font that holds the report's Chinese (四会市), titled like the page; without Chromium the run still
succeeds and says in one line why there is no PDF."""

from __future__ import annotations

import csv
import html
import json
import re
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from indicators.cli import cli
from indicators.publish import pdf
from indicators.publish.execute import NotebookResult

pytestmark = pytest.mark.browser

A4_POINTS = (595, 842)  # 210 x 297 mm


@pytest.fixture(scope="module")
def run_folder(built_db: Path, tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("summary-pdf")
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--notebook", "summary",
                                      "--out", str(out), "--log-output", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    (folder,) = out.iterdir()
    return folder, result.output


def _streams(data: bytes) -> list[bytes]:
    """Every Flate-compressed stream of the PDF, decompressed (fonts' ToUnicode maps among them)."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return found


def _drawn_characters(data: bytes) -> set[str]:
    """The characters the embedded fonts map glyphs to (ToUnicode CMaps: bfchar and bfrange)."""
    chars: set[str] = set()
    for stream in _streams(data):
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
            for target in re.findall(rb"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block):
                chars.add(bytes.fromhex(target.decode()).decode("utf-16-be", "replace"))
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", stream, re.S):
            for low, high, start in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                first = int(start, 16)
                chars.update(chr(first + i) for i in range(int(high, 16) - int(low, 16) + 1))
    return chars


def test_the_run_writes_a_one_page_a4_pdf_beside_the_summary(run_folder: tuple[Path, str]) -> None:
    folder, output = run_folder
    assert (folder / "05_summary.html").is_file()
    data = (folder / "05_summary.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and re.search(r"已打印 05_summary.pdf（\d+\.\d 秒）。05_summary.pdf: ok", output)
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") == 1
    (box,) = set(re.findall(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", data))
    assert (round(float(box[0])), round(float(box[1]))) == A4_POINTS
    assert not list(folder.glob(".*partial"))


def test_summary_json_lists_the_pdf_and_is_complete_only_after_it(run_folder: tuple[Path, str]) -> None:
    folder, _ = run_folder
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    (result,) = summary["results"]
    assert summary["state"] == "complete" and result["pdf"] == "05_summary.pdf"  # relative to the run folder


def test_the_pdf_embeds_the_font_of_its_chinese_text(run_folder: tuple[Path, str]) -> None:
    data = (run_folder[0] / "05_summary.pdf").read_bytes()
    assert re.search(rb"/FontFile[23]?\s", data), "no embedded font file"
    drawn = _drawn_characters(data)
    assert set("四会市零跑动纲要") <= drawn, sorted(drawn)[:40]
    (title,) = re.findall(rb"/Title <FEFF([0-9A-F]+)>", data)
    assert bytes.fromhex(title.decode()).decode("utf-16-be").startswith("四会市（441284）2017年")


def test_the_page_shows_each_纲要_item_with_its_words_and_their_source(run_folder: tuple[Path, str]) -> None:
    page = html.unescape((run_folder[0] / "05_summary.html").read_text(encoding="utf-8"))
    with (Path(__file__).resolve().parents[1] / "data" / "raw" / "catalog" / "outline_items.csv").open(encoding="utf-8") as f:
        items = list(csv.DictReader(f))
    for item in items:
        assert f"{item['name_zh']}：报告未提供" in page or f"{item['name_zh']}（" in page, item["item_id"]
        if item["quote"]:
            words = f"纲要原文：“{item['quote']}……”（中发〔2015〕36号，"
            assert f"{words}转引自{item['source_url']}）" in page or f"{words}见{item['source_url']}）" in page
    unquoted_missing = any(not i["quote"] and f"{i['name_zh']}：报告未提供" in page for i in items)
    assert page.count("原文未检索到，未予引用") == int(unquoted_missing)


def test_without_chromium_the_run_says_why_and_writes_no_pdf(run_folder: tuple[Path, str], tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "05_summary.html"
    page.write_bytes((run_folder[0] / "05_summary.html").read_bytes())
    monkeypatch.setattr(pdf, "CHROMIUM", tmp_path / "no-chromium")
    lines = pdf.summary_pdfs([NotebookResult("05_summary", ok=True, seconds=1.0, html=str(page)),
                              NotebookResult("01_report_profile", ok=True, seconds=1.0, html=str(page))])
    assert lines == ["警告：未能打印 05_summary.pdf，原因见后。"
                     f"Warning: no 05_summary.pdf: {tmp_path / 'no-chromium'}: not found: install Debian's chromium "
                     "(or set INDICATORS_CHROMIUM) to get the PDF [no-chromium]"]
    assert not list(tmp_path.glob("*.pdf"))


def test_a_chromium_that_hangs_is_stopped_and_leaves_no_partial_file(run_folder: tuple[Path, str], tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "05_summary.html"
    page.write_bytes((run_folder[0] / "05_summary.html").read_bytes())
    monkeypatch.setattr(pdf, "TIMEOUT_SECONDS", 0.01)
    (line,) = pdf.summary_pdfs([NotebookResult("05_summary", ok=True, seconds=1.0, html=str(page))])
    target = tmp_path / "05_summary.pdf"
    assert line == ("警告：未能打印 05_summary.pdf，原因见后。"
                    f"Warning: no 05_summary.pdf: {target}: Chromium did not finish within 0.01 s [pdf-failed]")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["05_summary.html"]
