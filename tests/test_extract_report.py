"""`indicators extract` on the bundled 2017 report: the review loop against the curated figures,
the same result from a GB18030 or CRLF copy, and an output that the build loads as it is."""

from __future__ import annotations

import csv
import os
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner
from error_lines import english

from indicators.build import build_database
from indicators.cli import cli
from indicators.errors import IndicatorsError
from indicators.extract.candidates import COLUMNS, extract_figures
from indicators.extract.compare import compare_figures, read_curated
from indicators.extract.rules import load_rules
from indicators.extract.text import read_report

REPORT = "reports/441284-2017.txt"
CURATED = "figures/441284-2017.csv"


@pytest.fixture(scope="module")
def text(raw_dir) -> str:
    return read_report(raw_dir / REPORT)


@pytest.fixture(scope="module")
def extracted(raw_dir, text) -> pd.DataFrame:
    return extract_figures(text, 2017, load_rules(raw_dir))


def test_every_curated_figure_is_found_and_no_row_is_spurious(raw_dir, text, extracted):
    result = compare_figures(extracted, read_curated(raw_dir / CURATED), text)
    assert result.missed.empty, result.missed
    assert result.recall == 1.0
    assert result.precision >= 0.9
    assert result.not_verbatim.empty
    mismatched = result.found[(result.found["unit"] != result.found["curated_unit"])
                              | (result.found["qualifier"] != result.found["curated_qualifier"])]
    assert mismatched.empty, mismatched


def test_quotes_are_verbatim_at_their_offsets(text, extracted):
    for row in extracted.itertuples():
        assert text[int(row.quote_start):int(row.quote_end)] == row.quote
        assert "\n" not in row.quote


def test_no_row_is_a_date_year_document_number_list_marker_or_hotline(extracted):
    assert not extracted["value"].isin(["2015", "2016", "2017", "2018", "12345", "3312345", "28", "12"]).any()
    assert set(extracted["unit"]) <= {"项", "件", "份", "家", "个", "名", "人", "次", "个工作日", "分钟", "元", "万亩", "%"}


def test_a_gb18030_copy_extracts_identically(tmp_path, raw_dir, extracted):
    copy = tmp_path / "report-gb18030.txt"
    copy.write_bytes((raw_dir / REPORT).read_text(encoding="utf-8").encode("gb18030"))
    assert copy.read_bytes() != (raw_dir / REPORT).read_bytes()
    again = extract_figures(read_report(copy), 2017, load_rules(raw_dir))
    pd.testing.assert_frame_equal(again, extracted)


def test_a_crlf_copy_with_bom_gives_the_same_figures_with_offsets_into_its_own_text(tmp_path, raw_dir, extracted):
    copy = tmp_path / "report-crlf.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + (raw_dir / REPORT).read_bytes().replace(b"\n", b"\r\n"))
    text = read_report(copy)
    again = extract_figures(text, 2017, load_rules(raw_dir))
    same = ["metric_id", "period", "value", "unit", "qualifier", "quote", "rule"]
    pd.testing.assert_frame_equal(again[same], extracted[same])
    assert all(text[int(r.quote_start):int(r.quote_end)] == r.quote for r in again.itertuples())


def test_the_reviewed_output_builds_as_it_is(tmp_path, raw_dir, extracted):
    """Replace the curated file with the extractor's (review columns kept) and build a database."""
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    assert (extracted["metric_id"] != "").all()  # nothing to review away on the bundled report
    extracted.to_csv(raw / CURATED, index=False)
    summary = build_database(raw, tmp_path / "indicators.duckdb")
    assert (summary.reports, summary.figures) == (1, 45)
    reference = build_database(raw_dir, tmp_path / "reference.duckdb")
    assert summary.indicator_values == reference.indicator_values


def test_cli_compare_prints_recall_and_precision(raw_dir):
    result = CliRunner().invoke(cli, ["extract", str(raw_dir / REPORT), "--jurisdiction", "441284", "--year", "2017",
                                      "--compare", str(raw_dir / CURATED), "--raw", str(raw_dir)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:2] == ["找到 45 个、遗漏 0 个、多出 0 个（写出 45 行，整理的数字 45 个）。found 45, missed 0, spurious 0 "
                         "(45 rows written, 45 curated figures)",
                         "召回率 100.0%，精确率 100.0%。recall 100.0% (45/45), precision 100.0% (45/45)"]
    assert "遗漏 0 行。missed: 0" in lines and "多出 0 行。spurious: 0" in lines


def test_cli_writes_the_figures_file(tmp_path, raw_dir, extracted):
    out = tmp_path / "figures.csv"
    result = CliRunner().invoke(cli, ["extract", str(raw_dir / REPORT), "--jurisdiction", "441284", "--year", "2017",
                                      "--out", str(out), "--raw", str(raw_dir)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert list(written[0]) == [*COLUMNS, "suggested_metrics"]  # empty here: every row has its metric
    assert written == extracted.assign(suggested_metrics="").to_dict("records")
    saved = f"{raw_dir}{os.sep}figures/441284-2017.csv"  # the --raw folder given (qa50), not data/raw
    assert (f"候选数字 45 个（45 个已对应数据项，0 个未对应），已写入 {out}；审核后保存为 {saved}。45 "
            f"candidate figures (45 assigned to a metric, 0 unassigned) written to {out}; after review save as "
            f"{saved}") in result.stderr.splitlines()


def test_cli_compare_lists_missed_and_spurious(tmp_path, raw_dir):
    curated = pd.read_csv(raw_dir / CURATED, dtype=str, keep_default_na=False)
    curated.loc[0, "value"] = "40"  # a figure the text does not hold: missed, and the real 39 becomes spurious
    path = tmp_path / "curated.csv"
    curated.to_csv(path, index=False)
    result = CliRunner().invoke(cli, ["extract", str(raw_dir / REPORT), "--jurisdiction", "441284", "--year", "2017",
                                      "--compare", str(path), "--raw", str(raw_dir)])
    assert result.exit_code == 0
    assert "召回率 97.8%，精确率 97.8%。recall 97.8% (44/45), precision 97.8% (44/45)" in result.stdout.splitlines()
    assert "  power_list_departments 2015 40 个: 通过市政府门户网站及时向社会公开我市39个部门的权责清单5749项" in result.stdout
    assert "  power_list_departments 2015 39 个: 并通过市政府门户网站及时向社会公开我市39个部门的权责清单5749项" in result.stdout


def test_cli_refuses_undecodable_input(tmp_path, raw_dir):
    page = tmp_path / "page.txt"
    page.write_bytes("标题\n".encode() + b"\x81\x20\xff")
    result = CliRunner().invoke(cli, ["extract", str(page), "--jurisdiction", "441284", "--year", "2017",
                                      "--raw", str(raw_dir)])
    assert result.exit_code == 1
    assert english(result.stderr).startswith(f"Error: {page} line 2: is neither UTF-8 (bad byte b'\\x81' at byte offset 7)")
    assert result.stderr.rstrip().endswith("[undecodable-text]")


def _rules_with(tmp_path, raw_dir, row: int, field: str, value: str):
    raw = tmp_path / "data" / "raw"  # a project's own folder, which extract and the build both name data/raw/
    shutil.copytree(raw_dir, raw)
    path = raw / "catalog" / "extraction_rules.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[row - 2, field] = value
    frame.to_csv(path, index=False)
    return raw


@pytest.mark.parametrize(
    ("field", "value", "code", "message"),
    [
        ("metric_id", "licencing_items", "unknown-metric", '"licencing_items" no such metric in data/raw/catalog/metrics.csv'),
        ("unit", "件", "unit-mismatch",
         '"件" differs from the unit "项" of metric power_list_items in data/raw/catalog/metrics.csv'),
        ("before", "权责清单(事项$", "bad-regex", '"权责清单(事项$" is not a valid regular expression'),
        ("range_end", "lower", "not-allowed", '"lower" not one of "", low, high'),
        ("before", "", "no-pattern",
         '"" has no pattern (before, after and context are all empty): it would claim every number in 项'),
    ],
)
def test_bad_rules_are_refused_by_extract_and_by_build(tmp_path, raw_dir, field, value, code, message, monkeypatch):
    raw = _rules_with(tmp_path, raw_dir, 4, field, value)  # row 4: power_list_items
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    expected = f"data/raw/catalog/extraction_rules.csv row 4, field {field}: {message} [{code}]"
    with pytest.raises(IndicatorsError) as caught:
        load_rules(raw)
    assert [str(p) for p in caught.value.problems] == [expected]
    with pytest.raises(IndicatorsError) as caught:
        build_database(raw, tmp_path / "indicators.duckdb")
    assert [str(p) for p in caught.value.problems] == [expected]


def test_rules_name_nothing_of_this_report(raw_dir):
    """Rules must work on reports never seen: no place names, no sentences of the bundled report."""
    rules = pd.read_csv(raw_dir / "catalog" / "extraction_rules.csv", dtype=str, keep_default_na=False)
    places = pd.read_csv(raw_dir / "catalog" / "jurisdictions.csv", dtype=str)["name_zh"].str.removesuffix("市")
    quotes = pd.read_csv(raw_dir / CURATED, dtype=str)["quote"]
    patterns = rules[["before", "after", "context"]].to_numpy().ravel()
    for pattern in filter(None, patterns):
        assert not any(place in pattern for place in [*places, "肇庆", "四会"]), pattern
        assert not any(quote in pattern for quote in quotes), pattern
        assert not any(ch.isdigit() for ch in pattern), pattern


def test_cli_refuses_to_write_under_data_raw(raw_dir):
    out = raw_dir / "figures" / "441284-2017-candidates.csv"
    result = CliRunner().invoke(cli, ["extract", str(raw_dir / REPORT), "--jurisdiction", "441284", "--year", "2017",
                                      "--out", str(out), "--raw", str(raw_dir)])
    assert result.exit_code == 1
    assert english(result.stderr).startswith(f"Error: field out: {out} is inside {raw_dir}, which is never written")
    assert not out.exists()


def test_a_metric_and_period_found_twice_stay_on_the_first_row_and_are_flagged_for_review(raw_dir):
    text = "今年共办理行政复议案件25件。全年办理行政复议案件26件。"
    frame = extract_figures(text, 2017, load_rules(raw_dir))
    assert list(frame["metric_id"]) == ["reconsideration_cases", ""]
    assert list(frame["note"]) == ["period from 今年; metric and period also fit row 3: keep the right one",
                                   "period from 全年; unassigned: reconsideration_cases 2017 is proposed for row 2 already"]
