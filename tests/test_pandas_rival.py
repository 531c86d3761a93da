"""The pandas rival of the benchmarks (benchmarks/pandas_rival.py) gives the same indicator values,
figure changes and target gaps as the DuckDB views: on the bundled report and on a synthetic corpus."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from synthetic_corpus import REPO, make_corpus_module

HALF_YEAR = "447101-2018"  # the synthetic report declared a 上半年 one


def rival():
    """benchmarks/pandas_rival.py, imported as run_benchmarks.py imports it: with its folder on sys.path, where the
    modules of its three views lie beside it."""
    folder = str(REPO / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module("pandas_rival")


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory) -> Path:
    """20 jurisdictions x 3 years; one report lacks a required figure and another an optional one, and one report
    states a figure of the next year, which that year's own report states too (the later report wins); one report
    covers only 上半年 (its meta.yml's covers), so that no target judges it and no change sets it against a year."""
    from indicators.build import build_database

    folder = tmp_path_factory.mktemp("corpus")
    make_corpus_module().make_corpus(folder, 20, 3, 7)
    figures = folder / "data" / "raw" / "figures"
    for report, metric in (("447101-2017", "licensing_items,"), ("117101-2018", "reconsideration_under_review,")):
        path = figures / f"{report}.csv"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if not line.startswith(metric)), encoding="utf-8")
    with (figures / "447101-2017.csv").open("a", encoding="utf-8") as ahead:
        ahead.write('power_list_departments,2018,42,个,,2017年公布权责清单的部门数为42个,"synthetic, stated ahead"\n')
    with (folder / "data" / "raw" / "reports" / f"{HALF_YEAR}.meta.yml").open("a", encoding="utf-8") as meta:
        meta.write("covers: 上半年\n")
    build_database(folder / "data" / "raw", folder / "indicators.duckdb")
    return folder / "indicators.duckdb"


def _without_metrics(folder: Path, report: str, metrics: tuple[str, ...]) -> None:
    path = folder / "data" / "raw" / "figures" / f"{report}.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if line.split(",", 1)[0] not in metrics), encoding="utf-8")


@pytest.fixture(scope="module")
def gapped_db(tmp_path_factory) -> Path:
    """3 jurisdictions x 2 years; one report lacks a metric two required terms of one indicator read
    (business_startup_days_before), and two required metrics of another (power_list_items, ..._removed)."""
    from indicators.build import build_database

    folder = tmp_path_factory.mktemp("gapped")
    make_corpus_module().make_corpus(folder, 3, 2, 7)
    report = sorted(p.stem for p in (folder / "data" / "raw" / "figures").glob("*.csv"))[-1]
    _without_metrics(folder, report, ("business_startup_days_before", "power_list_items", "power_list_items_removed"))
    build_database(folder / "data" / "raw", folder / "indicators.duckdb")
    return folder / "indicators.duckdb"


def test_pandas_equals_duckdb_on_the_bundled_report(built_db: Path) -> None:
    r = rival()
    ours = r.pandas_views(r.load_tables(built_db))
    r.assert_equal(ours, r.duckdb_views(built_db))
    # the report exercises a before/after change, restated periods, qualified figures and unreported targets
    assert ours["indicator_values"]["inputs_qualified"].any()
    assert set(ours["figure_changes"]["comparison"]) == {"year_on_year", "before_after"}
    assert set(ours["target_gaps"]["status"]) >= {"met", "not reported"}


def test_pandas_equals_duckdb_on_a_synthetic_corpus(synthetic_db: Path) -> None:
    r = rival()
    ours, theirs = r.pandas_views(r.load_tables(synthetic_db)), r.duckdb_views(synthetic_db)
    r.assert_equal(ours, theirs)
    assert len(ours["indicator_values"]) == 20 * 3 * 15
    reasons = ours["indicator_values"].dropna(subset=["reason"])
    assert set(reasons["report_id"]) == {"447101-2017"}
    assert set(reasons["reason"]) == {"missing figure: licensing_items"}


def test_pandas_equals_duckdb_on_a_report_covering_part_of_its_year(synthetic_db: Path) -> None:
    """The 上半年 report's values meet no target and change on no whole year, in both engines alike."""
    r = rival()
    ours = r.pandas_views(r.load_tables(synthetic_db))
    r.assert_equal(ours, r.duckdb_views(synthetic_db))
    gaps = ours["target_gaps"]
    shown = gaps[(gaps["report_id"] == HALF_YEAR) & gaps["value"].notna()]
    assert len(shown) and set(shown["status"]) == {"part of the year"}
    changes = ours["figure_changes"]
    reasons = changes.loc[changes["report_id"] == HALF_YEAR, "not_comparable_reason"].dropna()
    assert len(reasons) and reasons.str.contains("期间不同 different period：全年 / 上半年").all()


def test_the_equality_check_notices_one_changed_value(synthetic_db: Path) -> None:
    r = rival()
    ours = r.pandas_views(r.load_tables(synthetic_db))
    ours["indicator_values"].loc[ours["indicator_values"].index[7], "value"] += 1e-6
    with pytest.raises(AssertionError, match="indicator_values"):
        r.assert_equal(ours, r.duckdb_views(synthetic_db))


def test_several_missing_terms_are_listed_per_term_in_metric_order(gapped_db: Path) -> None:
    """indicator_values reads the required terms found from a bit mask per indicator: a metric two terms read
    is missing twice, and two missing metrics are named in metric order, as the pandas twin lists them."""
    r = rival()
    ours = r.pandas_views(r.load_tables(gapped_db))
    r.assert_equal(ours, r.duckdb_views(gapped_db))
    reasons = ours["indicator_values"].dropna(subset=["reason"]).set_index("indicator_id")["reason"]
    assert reasons["business_startup_time_reduction"] == (
        "missing figure: business_startup_days_before, business_startup_days_before")
    assert reasons["power_list_adjustment_rate"] == "missing figure: power_list_items, power_list_items_removed"
