"""A figure written in a measure word that only its own metric is counted in (#17).

Reports count some metrics in a word of no family of the metric's unit: 发布政策解读24份 for interpretations counted
in 条, 接到依申请公开事项5项 for requests counted in 件, 悬挂标语30幅 for slogans counted in 条. A unit family joins its
words for every metric (项 in the cases' family would make every item a case), so the build refused these figures
under any unit: the metric's own unit was not what the quote wrote (`[unit-not-in-quote]`), the quote's word not
of the family (`[unit-mismatch]`). Over the real set, 3% of the figures its curators gave a metric could not be
built. `data/raw/catalog/metric_measure_words.csv` now lists such words per metric, each with a real report's
words; the build accepts a figure in one of them where its quote writes the number with it."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import onboarded_page
import pytest
from onboarded_page import page_project

from indicators.errors import IndicatorsError
from indicators.extract.rules import load_rules, unit_family

PAGE = ("某市人民政府2023年政府信息公开工作年度报告\n"
        "2023年，全年发布政策解读24份，接到依申请公开事项5项，悬挂法治宣传标语30幅，提出法律意见12条。\n")

project = page_project(PAGE, "411000-2023", "某市人民政府")


def build(project: Path, rows: str, db: Path):
    return onboarded_page.build(project, "411000-2023", rows, db)


def test_a_figure_in_a_word_its_metric_is_counted_in_is_built(project, tmp_path) -> None:
    db = tmp_path / "db.duckdb"
    result = build(project, "disclosure_interpretations,2023,24,份,,全年发布政策解读24份,\n"
                            "disclosure_requests,2023,5,项,,接到依申请公开事项5项,\n"
                            "publicity_slogans,2023,30,幅,,悬挂法治宣传标语30幅,\n"
                            "legal_opinions_issued,2023,12,条,,提出法律意见12条,\n", db)
    assert result.exit_code == 0, result.output
    assert onboarded_page.stored_rows(db, "411000-2023", "metric_id, value, unit") == [
        ("disclosure_interpretations", 24.0, "份"), ("disclosure_requests", 5.0, "项"),
        ("publicity_slogans", 30.0, "幅"), ("legal_opinions_issued", 12.0, "条")]


@pytest.mark.parametrize("row", [
    # 幅 is the slogans' own word, not the interpretations'
    "disclosure_interpretations,2023,30,幅,,悬挂法治宣传标语30幅,\n",
    # 个 is a word of the interpretations, but the quote writes 份
    "disclosure_interpretations,2023,24,个,,全年发布政策解读24份,\n",
])
def test_a_word_of_another_metric_or_not_the_quotes_is_refused(project, tmp_path, row) -> None:
    result = build(project, row, tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
    assert "[unit-mismatch]" in result.output and result.output.count("Error:") == 1, result.output


def test_the_metrics_unit_for_a_quote_in_its_own_word_is_refused(project, tmp_path) -> None:
    """30 条 for 悬挂法治宣传标语30幅: 幅 is in no unit family, so the unit check did not read it as a measure word
    and let the metric's unit pass, where 24 条 for 发布政策解读24份 was refused. The own words are measure words
    to it now, and the message asks for the unit as the quote writes it, which the build accepts."""
    result = build(project, "publicity_slogans,2023,30,条,,悬挂法治宣传标语30幅,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
    assert "[unit-not-in-quote]" in result.output and '"30幅"' in result.output, result.output
    assert result.output.count("Error:") == 1, result.output


def test_a_word_listed_for_no_catalog_metric_is_refused(project, tmp_path) -> None:
    """By the build, naming the file, row and value, and by the extractor, which reads the same file."""
    words = project / "data" / "raw" / "catalog" / "metric_measure_words.csv"
    words.write_text(words.read_text(encoding="utf-8") + "disclosure_interpretation,份,yes,发布政策解读24份,\n",
                     encoding="utf-8")
    row = len(words.read_text(encoding="utf-8").splitlines())
    result = build(project, "disclosure_requests,2023,5,项,,接到依申请公开事项5项,\n", tmp_path / "db.duckdb")
    assert result.exit_code == 1, result.output
    assert "[unknown-metric]" in result.output, result.output
    assert f"metric_measure_words.csv row {row}, field metric_id" in result.output, result.output
    with pytest.raises(IndicatorsError, match=f"metric_measure_words.csv row {row}"):
        load_rules(project / "data" / "raw")


def _rows(raw_dir: Path) -> list[dict[str, str]]:
    with open(raw_dir / "catalog" / "metric_measure_words.csv", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_each_word_is_one_its_example_counts_in_and_not_of_the_family(raw_dir) -> None:
    """A row whose word its metric's family already holds says nothing; one whose example does not write a number
    with the word is not evidence for it."""
    with open(raw_dir / "catalog" / "metrics.csv", encoding="utf-8") as file:
        units = {row["metric_id"]: row["unit"] for row in csv.DictReader(line for line in file if line[0] != "#")}
    rows = _rows(raw_dir)
    assert len({(row["metric_id"], row["unit"]) for row in rows}) == len(rows)
    for row in rows:
        assert row["unit"] not in unit_family(units[row["metric_id"]]), row
        simplified = re.sub("[項個條]", lambda m: {"項": "项", "個": "个", "條": "条"}[m.group()], row["example"])
        assert re.search(rf"[0-9]\s*(?:余|多)?(?:万)?{row['unit']}", simplified), row
