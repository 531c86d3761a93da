"""A report added as text only is "not curated" against its targets, never "报告未提供" (the report omits it).

Round 31 exported 津南区 2023, whose text was added with no figure curated from it (its opening holds none): its
pages say under their heading that "报告未提供" there means not yet curated, but the xlsx and csv, which carry no
heading, listed the national start-up target as `not reported`, 报告未提供: a claim about a report nobody had read
for that figure. Here a constructed county text of 2019 (the year that target fell due) is added the same way.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from onboarded_page import add_page, run

from indicators.publish import summary
from indicators.read import analysis

CODE = "441224"  # 怀集县: from the GB/T 2260 table, not in the reference catalog
TEXT = "怀集县2019年法治政府建设情况报告\n2019年，县政府常务会议会前学法4次。\n"
WORDS = "本报告尚无已整理的数字，未作对照"


@pytest.fixture()
def text_only(project: Path, tmp_path: Path) -> Path:
    """The county's 2019 text added, no figures file, built beside the bundled report."""
    add_page(project, tmp_path, TEXT, f"{CODE}-2019", "怀集县人民政府")
    db = tmp_path / "indicators.duckdb"
    result = run(project, "build", "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def test_the_target_page_says_not_curated(text_only: Path) -> None:
    gaps = analysis.target_gap(CODE, 2019, "", text_only)
    assert len(gaps), "the national start-up target of 2019 binds the county"
    assert set(gaps["status"]) == {"not curated"}
    assert set(gaps["status_zh"]) == {WORDS} and set(gaps["value_text"]) == {"—"}


def test_the_export_says_not_curated(project: Path, text_only: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(project, "export", "--format", "csv", "--jurisdiction", CODE, "--year", "2019", "--out", str(out),
                 "--db", str(text_only))
    assert result.exit_code == 0, result.output
    with (out / f"indicators_{CODE}_2019_csv" / "target_gaps.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {(r["status"], r["status_zh"]) for r in rows} == {("not curated", WORDS)}


def test_the_summary_says_nothing_is_curated_and_omits_nothing(text_only: Path) -> None:
    lines = summary.target_sentences(analysis.target_gap(CODE, 2019, "", text_only),
                                     analysis.applicable_target_sets(CODE, 2019, text_only), 2019)
    assert any("本报告尚无已整理的数字" in line for line in lines), lines
    assert not any("报告未提供" in line for line in lines), lines


def test_a_curated_report_still_says_what_it_does_not_state(text_only: Path) -> None:
    gaps = analysis.target_gap("441284", 2017, "gd-2017-province", text_only).set_index("measure_id")
    assert gaps.loc["online_application_rate", "status"] == "not reported"
    assert gaps.loc["online_application_rate", "status_zh"] == "报告未提供"
