"""Indicator cards: docs/indicators.md is what the catalogs generate (a stale file fails), each card
carries the catalog's facts, and `indicators describe` prints the same card."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from click.testing import CliRunner
from error_lines import english

from indicators.build import build_database
from indicators.cli import cli
from indicators.publish.cards import load_cards, render_card, render_document

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "indicators.md"
REGENERATE = "docs/indicators.md is stale: regenerate it with `make docs` (indicators build && indicators describe --write-docs)"


def catalog(name: str) -> list[dict[str, str]]:
    with (REPO / "data" / "raw" / "catalog" / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_docs_are_generated_from_the_catalogs(built_db: Path):
    assert DOCS.read_text(encoding="utf-8") == render_document(load_cards(built_db)), REGENERATE


def test_a_catalog_change_makes_the_docs_stale(raw_dir: Path, tmp_path: Path):
    """The staleness check has teeth: one changed definition in indicators.csv changes the document."""
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    path = raw / "catalog" / "indicators.csv"
    text = path.read_text(encoding="utf-8")
    old = "Licensing items needing no visit over all licensing items."
    path.write_text(text.replace(old, "Items needing no visit over licensing items (changed)."), encoding="utf-8")
    build_database(raw, tmp_path / "changed.duckdb")
    document = render_document(load_cards(tmp_path / "changed.duckdb"))
    assert document != DOCS.read_text(encoding="utf-8")
    assert "Items needing no visit over licensing items (changed)." in document


def test_every_indicator_has_a_card_with_its_targets(built_db: Path):
    cards = {c["indicator_id"]: render_card(c) for c in load_cards(built_db)}
    assert sorted(cards) == sorted(row["indicator_id"] for row in catalog("indicators"))
    for target in catalog("targets"):
        if target["measure_kind"] == "indicator":
            card = cards[target["measure_id"]]
            assert f"`{target['target_set']}`" in card
            assert (target["document_number"] or target["document_title"]) in card
    for term in catalog("indicator_terms"):
        assert f"`{term['metric_id']}`" in cards[term["indicator_id"]]


def test_online_full_process_rate_card(built_db: Path):
    card = render_card(next(c for c in load_cards(built_db) if c["indicator_id"] == "online_full_process_rate"))
    assert "## online_full_process_rate: 网上全流程办理率 Share of licensing items handled fully online" in card
    assert ("| 分子 numerator | + 网上全流程办理事项 Licensing items handled fully online "
            "(`online_full_process_items`, 项) (可取以前年度 may be an earlier year's) |") in card
    assert "| 方向 direction | 越高越好 higher is better |" in card
    assert "| `gd-2017-province` 广东省网上办事大厅2017年目标（全省） | ≥ 70% | 全省 | 2017-12-31 |" in card
    assert "- 网上可办率 Share of service items available online (`online_availability_rate`)" in card
    assert "- 四会市 2017: 四会市人民政府关于2017年度法治政府建设情况的报告 (`441284-2017`): 86.27%" in card


def test_an_indicator_without_metrics_or_reports_says_so(built_db: Path):
    card = render_card(next(c for c in load_cards(built_db) if c["indicator_id"] == "online_availability_rate"))
    assert "| 分子 numerator | — (目录中尚无数据项 no metric in the catalog yet) |" in card
    assert "No loaded report gives it a value." in card
    assert "- 网上全流程办理率 Share of licensing items handled fully online (`online_full_process_rate`)" in card


def test_describe_prints_the_card_and_refuses_unknown_ids(built_db: Path):
    runner = CliRunner()
    result = runner.invoke(cli, ["describe", "zero_visit_rate", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    assert result.stdout == render_card(next(c for c in load_cards(built_db) if c["indicator_id"] == "zero_visit_rate"))
    result = runner.invoke(cli, ["describe", "zero_visits", "--db", str(built_db)])
    assert result.exit_code == 1
    assert english(result.stderr).startswith('Error: field indicator: "zero_visits" is not an indicator '
                                    "(did you mean zero_visit_rate? indicators: online_full_process_rate, ")
    assert result.stderr.endswith("[unknown-indicator]\n")


def test_a_count_of_the_year_is_not_marked_as_one_that_may_be_an_earlier_years(built_db: Path):
    card = render_card(next(c for c in load_cards(built_db) if c["indicator_id"] == "reconsideration_correction_rate"))
    assert "(`reconsideration_revoked`, 件) |" in card or "(`reconsideration_revoked`, 件);" in card
    assert "可取以前年度" not in card  # every term of the correction rate is a count of the year
