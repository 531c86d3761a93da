"""The curated files of the real excerpts (tests/extract/real/) are checked as data, without running
the extractor: a quote that is not in its text, or a value its quote does not show, would silently
turn a found figure into a missed one (the scores pair figures on their value, and `--compare` locates
a figure by its quote), and a metric id the catalog lacks could never be matched."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from indicators.extract.compare import read_curated
from indicators.extract.devset import read_sources

REAL = Path(__file__).parent / "extract" / "real"
CATALOG = Path(__file__).parents[1] / "data" / "raw" / "catalog" / "metrics.csv"
REPORTS = [source["report"] for source in read_sources(REAL)]


def _shows(quote: str, value: str) -> bool:
    """The value is a whole number of the quote: "1" is not shown by "12" or "0.1"."""
    return re.search(rf"(?<![0-9.]){re.escape(value)}(?!\.?[0-9])", quote) is not None


def test_shows_tells_a_whole_number_from_part_of_one() -> None:
    assert _shows("办结22.4万件", "22.4") and _shows("收到 103 件", "103") and _shows("0 | 293 | 0", "0")
    assert not _shows("办结22.4万件", "2") and not _shows("纠错率0.5%", "0") and not _shows("120件", "12")


def _digits_grouped(quote: str) -> str:
    """The quote with a space or comma between groups of three digits taken out: a 2017 national study
    writes thousands so (行政判决书45 317份), Shenzhen's 2010 legal aid news so (86,559人次), and their
    curators write the values 45317 and 86559."""
    return re.sub(r"(?<=[0-9])[ ,](?=[0-9]{3}(?![0-9]))", "", quote)


def test_digits_grouped_joins_only_groups_of_three() -> None:
    assert _digits_grouped("判决书45 317份，共计104 960份") == "判决书45317份，共计104960份"
    assert _digits_grouped("2020 年 12 月") == "2020 年 12 月" and _digits_grouped("72 个网格 260 余名") == "72 个网格 260 余名"
    assert _digits_grouped("咨询86,559人次,刑事案件2,349件") == "咨询86559人次,刑事案件2349件"
    assert _digits_grouped("1,2,7项") == "1,2,7项" and _digits_grouped("第1,20条") == "第1,20条"


def _rows(report: str) -> list[dict[str, str]]:
    with open(REAL / f"{report}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("report", REPORTS)
def test_every_quote_is_in_its_text_and_holds_its_value(report: str) -> None:
    text = (REAL / f"{report}.txt").read_text(encoding="utf-8")
    rows = _rows(report)
    assert rows, report
    for line, row in enumerate(rows, start=2):
        assert row["quote"] in text, (report, line, row["quote"])
        assert row["value"] in _digits_grouped(row["quote"]), (report, line, row["value"], row["quote"])


@pytest.mark.parametrize("report", REPORTS)
def test_every_row_has_the_headers_fields(report: str) -> None:
    """A quote holding an ASCII comma written without double quotes shifts the row's columns: the cut quote is still
    in the text and its value may still be in it, so the check above passes while the note and scope are wrong
    (blind35's curator caught one such row by counting fields)."""
    with open(REAL / f"{report}.csv", encoding="utf-8", newline="") as handle:
        header, *rows = csv.reader(handle)
    assert [line for line, row in enumerate(rows, start=2) if len(row) != len(header)] == [], report


@pytest.mark.parametrize("report", [report for report in REPORTS if report.startswith("blind2/")])
def test_in_the_last_batch_every_value_is_a_whole_number_of_its_quote(report: str) -> None:
    """Stricter for the batch written last (blind2): round 2's hubei_reconsideration_2020 curates 13
    from a line the page prints as "313个市州" (a list number glued to the figure), which a whole-number
    reading would take for 313; that file is left as its curator wrote it."""
    for line, row in enumerate(_rows(report), start=2):
        assert _shows(row["quote"], row["value"]), (report, line, row["value"], row["quote"])


@pytest.mark.parametrize("report", REPORTS)
def test_every_curated_file_passes_the_figures_schema_with_catalog_metrics(report: str) -> None:
    with open(CATALOG, encoding="utf-8", newline="") as handle:
        metrics = {row["metric_id"] for row in csv.DictReader(handle)}
    curated = read_curated(REAL / f"{report}.csv")  # raises on a bad period, value, qualifier or a repeated metric
    unknown = set(curated["metric_id"]) - metrics - {""}
    assert not unknown, (report, sorted(unknown))
