"""A report added without figures: its text is in the database, none of its figures curated. Trial 23's
福州市 2012 (a four-year total of reconsideration cases, which the curators leave without a metric):
`show` said "报告的数字算不出任何指标" and every page and the summary "报告未提供…", 行政复议 included,
of a report that states 1466 reconsideration cases: not stated in the report, where nobody had read it
for figures yet."""

from __future__ import annotations

import hashlib
from pathlib import Path

import imperfect
import pytest
from click.testing import CliRunner

from indicators.build import build_database
from indicators.cli import cli
from indicators.publish import page

TEXT = "四会市2018年法治政府建设情况。2015年至2018年，全市共收到行政复议案件1466件。\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The reference data plus a 2018 report of 四会市 with its text and meta.yml and no figures file."""
    target = tmp_path_factory.mktemp("uncurated")
    raw = imperfect.raw_folder(target, fixtures=())
    imperfect.add_2018_report(raw, TEXT, "")
    (raw / "figures" / "441284-2018.csv").unlink()
    assert hashlib.sha256(TEXT.encode()).hexdigest() in (raw / "reports" / "441284-2018.meta.yml").read_text(encoding="utf-8")
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def test_show_says_no_figures_were_curated(db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "--jurisdiction", "441284", "--year", "2018", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "本报告没有已整理的数字" in result.output and "报告的数字算不出任何指标" not in result.output


def test_every_page_heading_says_not_stated_means_not_curated(db: Path) -> None:
    shown = page.heading("法治政府建设情况报告要点", "Leadership summary", "441284", 2018, db).data
    assert "四会市（441284）2018年" in shown
    assert "本报告没有已整理的数字" in shown and "不是说报告没有写" in shown


def test_a_report_with_figures_keeps_its_plain_heading(db: Path) -> None:
    shown = page.heading("报告概况", "Report profile", "441284", 2017, db).data
    assert "没有已整理" not in shown and shown.count("<p>") == 0


def test_check_says_no_figures_were_curated(db: Path) -> None:
    """Trial 28: `check` on 大英县 2017 (blind23, a 12345 hotline bulletin added without figures) said 没有可检查的规则。
    No consistency rule applies, as if the report had been read and held nothing to check."""
    result = CliRunner().invoke(cli, ["check", "--jurisdiction", "441284", "--year", "2018", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ("四会市（441284）2018年没有可检查的规则：本报告没有已整理的数字。"
                                     "No consistency rule applies to 441284 2018: no figures have been curated from this report.")
