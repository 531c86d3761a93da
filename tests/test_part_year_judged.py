"""A report covering part of its year is judged against no yearly target and ranked among no whole years.

Trial 28 onboarded 鹿寨县行政审批局2025年上半年工作总结 (blind20) as 鹿寨县 2025: year on year then said 期间不同, but the
target page still read its mid-year counts as the year's (未达标 against a whole year's target) and the peer page ranked
them among whole-year peers. Here the bundled 四会市 2017 is declared a 上半年 report in its meta.yml (`covers`), as an
analyst does for a report whose title does not say it, and three whole-year county peers are added beside it."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from raw_edits import copy_raw
from test_imperfect_pages import FORBIDDEN, _text

from indicators.build import build_database, derive_tables
from indicators.cli import cli
from indicators.publish import charts, peer_page, sections, summary
from indicators.publish import execute as notebooks
from indicators.publish.params import suite
from indicators.read import analysis

FOCUS = "441284"
PEERS = (("900001", "甲县", 500), ("900002", "乙县", 300), ("900003", "丙县", 400))  # online items of 510


@pytest.fixture(scope="module")
def half_db(raw_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report declared 上半年 in its meta.yml and built, then three whole-year peers of 2017."""
    work = tmp_path_factory.mktemp("half")
    raw = copy_raw(raw_dir, work / "raw")
    meta = raw / "reports" / f"{FOCUS}-2017.meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8") + "covers: 上半年\n", encoding="utf-8")
    db = build_database(raw, work / "indicators.duckdb").db_path
    con = duckdb.connect(str(db))
    for code, name, online in PEERS:
        con.execute("insert into jurisdictions select * replace (? as jurisdiction_code, ? as name_zh) "
                    "from jurisdictions where jurisdiction_code = ?", [code, name, FOCUS])
        con.execute("insert into reports select * replace (? as report_id, ? as jurisdiction_code, null as part_of_year) "
                    "from reports where report_id = ?", [f"{code}-2017", code, f"{FOCUS}-2017"])
        con.execute("insert into figures select * replace (? as report_id, "
                    "case when metric_id = 'online_full_process_items' then ? else value end as value) "
                    "from figures where report_id = ?", [f"{code}-2017", online, f"{FOCUS}-2017"])
    derive_tables(con)
    con.close()
    return db


def test_a_part_year_value_gets_no_judgement_against_a_yearly_target(half_db: Path) -> None:
    """四会市's 13.73% 零跑动 against 广东's 20% read 未达标 for the whole year; for half a year it is not judged."""
    gaps = analysis.target_gap(FOCUS, 2017, "gd-2017-province", half_db).set_index("measure_id")
    shown = gaps[gaps["value"].notna()]
    assert len(shown) and set(shown["status"]) == {"part of the year"}, gaps["status"]
    assert set(shown["status_zh"]) == {"期间不足一年，未作对照（报告只涵盖上半年）"}
    assert shown["gap"].isna().all() and shown["shortfall"].isna().all() and not shown["met"].fillna(False).any()
    assert gaps.loc["online_application_rate", "status"] == "not reported"  # what the report lacks is still said


def test_a_part_year_value_is_not_charted_against_a_yearly_target(half_db: Path) -> None:
    """The target chart drew 四会市's half-year 13.73% as a grey bar beside 广东's yearly 20% tick, labelled (目标 ≥ 20):
    still a comparison to the eye. Nothing of a part of the year is charted; the note under the table says why.
    A whole-year peer's chart is drawn as before."""
    gaps = analysis.target_gap(FOCUS, 2017, "", half_db)
    assert gaps["value"].notna().any()
    assert charts.bullet_chart(gaps, "四会市 数值与目标") is None
    note = sections.no_value_note(gaps).data
    assert "本报告只涵盖上半年，期间不足一年，其数值未与全年目标对照，本节不作图" in note, note
    assert "the report covers 上半年 only" in note and not FORBIDDEN.findall(_text(note))
    whole = analysis.target_gap("900001", 2017, "", half_db)
    drawn = charts.bullet_chart(whole, "甲县 数值与目标")
    assert drawn is not None and "part of the year" not in str(drawn.to_dict())


def test_the_target_export_says_why_it_does_not_judge(half_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--jurisdiction", FOCUS, "--year", "2017",
                                      "--out", str(tmp_path), "--db", str(half_db)])
    assert result.exit_code == 0, result.output
    (gaps_file,) = tmp_path.rglob("target_gaps.csv")
    rows = [r for r in csv.DictReader(gaps_file.open(encoding="utf-8-sig")) if r["value"]]
    assert rows and {r["status"] for r in rows} == {"part of the year"}, {r["status"] for r in rows}
    assert {r["status_zh"] for r in rows} == {"期间不足一年，未作对照（报告只涵盖上半年）"}


@pytest.mark.parametrize(("code", "covers"), [(FOCUS, "上半年"), ("900001", "全年")])
def test_every_export_of_a_report_says_the_period_it_covers(half_db: Path, tmp_path: Path, code: str,
                                                             covers: str) -> None:
    """A 上半年 report's figures.csv read as the year's: nothing in the exports told it from a whole year's. Every row
    of the four tables says its report's period, in the CSV and under a Chinese header in the xlsx."""
    for form in ("csv", "xlsx"):
        result = CliRunner().invoke(cli, ["export", "--format", form, "--jurisdiction", code, "--year", "2017",
                                          "--out", str(tmp_path / form), "--db", str(half_db)])
        assert result.exit_code == 0, result.output
    for table in ("figures", "indicator_values", "consistency_findings", "target_gaps"):
        (found,) = (tmp_path / "csv").rglob(f"{table}.csv")
        rows = list(csv.DictReader(found.open(encoding="utf-8-sig")))
        assert rows and {r["covers"] for r in rows} == {covers}, (table, {r["covers"] for r in rows})
    (book_file,) = (tmp_path / "xlsx").rglob("*.xlsx")
    book = load_workbook(book_file, read_only=True)
    for sheet in book.worksheets:
        header, *rows = sheet.iter_rows(values_only=True)
        at = header.index("报告期间 period covered")
        assert header[at - 1] == "报告年度 report year", (sheet.title, header)
        assert rows and {row[at] for row in rows} == {covers}, sheet.title


def test_the_summary_says_the_targets_are_not_judged(half_db: Path) -> None:
    lines = summary.target_sentences(analysis.target_gap(FOCUS, 2017, "", half_db))
    assert any(line.startswith("本报告只涵盖上半年，") and "未作对照（期间不足一年）" in line for line in lines), lines
    assert not any("达到" in line for line in lines), lines


def test_a_part_year_report_is_not_ranked_among_whole_years(half_db: Path) -> None:
    standing = analysis.peer_standing(2017, FOCUS, (), half_db).set_index("indicator_id")
    rate = standing.loc["online_full_process_rate"]
    assert rate["comparison_zh"] == "只涵盖上半年，不与全年排名" and pd.isna(rate["rank"])
    assert not standing["comparison_zh"].str.startswith("第").any(), standing["comparison_zh"]
    assert rate["median_text"] == "—（期间不同，无中位数）"
    assert "四会市 86.27%（上半年）" in rate["values_side_by_side"], rate["values_side_by_side"]
    leaders = analysis.peer_ranks(2017, (), FOCUS, 0, half_db)
    assert FOCUS not in set(leaders["jurisdiction_code"])
    shown = peer_page.note(analysis.peer_standing(2017, FOCUS, (), half_db),
                           peer_page.compared(FOCUS, 2017, db_path=half_db)).data
    assert "本报告只涵盖上半年" in shown and "the report covers 上半年 only" in shown, shown


def test_whole_year_peers_are_ranked_among_themselves_only(half_db: Path) -> None:
    """甲县's 98.04% is first of the three whole years, not of four with 四会市's half year among them."""
    rate = analysis.peer_standing(2017, "900001", (), half_db).set_index("indicator_id").loc["online_full_process_rate"]
    assert rate["comparison_zh"] == "第1/3名", rate["comparison_zh"]
    third = analysis.peer_standing(2017, "900002", (), half_db).set_index("indicator_id").loc["online_full_process_rate"]
    assert third["comparison_zh"] == "第3/3名", third["comparison_zh"]
    shown = peer_page.note(analysis.peer_standing(2017, "900001", (), half_db),
                           peer_page.compared("900001", 2017, db_path=half_db)).data
    assert "比较范围中有1个辖区的报告只涵盖一年中的一部分" in shown, shown


def test_the_target_peer_and_summary_pages_of_a_part_year_report(half_db: Path, tmp_path: Path) -> None:
    """The pages as `indicators run` writes them: no nan, no raw warning, no 未达标 and no rank."""
    offered = {"jurisdiction": FOCUS, "year": 2017, "period": 2017, "base_period": 2017, "target_set": "",
               "jurisdictions": []}
    db = tmp_path / "indicators.duckdb"
    shutil.copyfile(half_db, db)
    run = notebooks.run_suite(suite(names=("target", "peer", "summary")), offered, tmp_path / "out",
                              f"{FOCUS}_2017", progress=False, db_path=db, jobs=2)
    assert run.failed == [], [r.describe() for r in run.failed]
    pages = {path.stem: _text(path.read_text(encoding="utf-8")) for path in run.folder.glob("*.html")}
    assert len(pages) == 3, sorted(pages)
    for name, text in pages.items():
        assert not FORBIDDEN.findall(text), (name, FORBIDDEN.findall(text)[:5])
        assert "只涵盖2017年上半年" in text, name
    target, peers = pages["03_target_gap"], pages["04_peer_comparison"]
    assert "期间不足一年，未作对照（报告只涵盖上半年）" in target
    assert "未达标 not met；" in target and target.count("未达标") == 1  # in the legend of the statuses alone
    # no chart sets the half year's values against the yearly targets' ticks; the note under the table says so
    assert "Value (bar) against target (tick)" not in target and "本节不作图" in target
    assert "只涵盖上半年，不与全年排名" in peers and "第1/" not in peers
