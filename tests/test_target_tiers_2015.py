"""The tiers of 粤办函〔2015〕208号 bind whom its words name, and the target page says which tier a row is.

The catalog held only the plan's province-wide tier (30%/30%); the document also sets "(二)珠三角九市目标" for the nine
cities "(含顺德区,下同)" (60%/50%) and for "珠三角县(市、区)" (40%/30%). A county under the nine cities answers to the
county tier and the province's, never the cities'; a city to the cities tier, never the counties'; a county outside
the nine cities (大埔县 under 梅州市) to neither; a report of 2014 is never "not met" on a target due at the end of 2015.
Made-up reports of 2015 (and one of 2014) beside the bundled one, each stating 行政许可 and 网上全流程办理事项.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import imperfect
import pytest

from indicators.build import build_database
from indicators.publish import sections
from indicators.read import analysis

# code, name, year, items handled fully online of 100 行政许可
REPORTS = (("441284", "四会市", 2015, 45), ("441284", "四会市", 2014, 25), ("441200", "肇庆市", 2015, 55),
           ("441422", "大埔县", 2015, 45), ("440606", "顺德区", 2015, 50), ("440604", "禅城区", 2015, 50))
TIERS_2015 = {"gd-2015-province", "gd-2015-prd", "gd-2015-prd-counties"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("tiers2015")
    raw = imperfect.raw_folder(target, fixtures=())
    for code, name, year, online in REPORTS:
        text = f"{name}{year}年法治政府建设情况报告\n{year}年，行政许可100项，其中网上全流程办理事项{online}项。\n"
        figures = (f"licensing_items,{year},100,项,,行政许可100项,\n"
                   f"online_full_process_items,{year},{online},项,,网上全流程办理事项{online}项,\n")
        imperfect.add_report(raw, code, name, year, text, figures)
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def _full_process(db: Path, code: str, year: int) -> dict[str, tuple[str, str]]:
    """The 2015 sets' 网上全流程办理率 rows of the report: set -> (target, status)."""
    gaps = analysis.target_gap(code, year, "", db)
    rows = gaps[(gaps["target_year"] == 2015) & (gaps["measure_id"] == "online_full_process_rate")]
    return {r.target_set: (r.target_text, r.status) for r in rows.itertuples()}


def test_a_prd_county_answers_to_the_county_tier_and_the_province_not_the_cities(db: Path) -> None:
    assert _full_process(db, "441284", 2015) == {"gd-2015-prd-counties": ("≥ 40%", "met"),
                                                 "gd-2015-province": ("≥ 30%", "met")}
    gaps = analysis.target_gap("441284", 2015, "gd-2015-prd-counties", db).set_index("measure_id")
    assert gaps.loc["online_completion_rate", "target_text"] == "≥ 30%"


def test_a_prd_city_answers_to_the_cities_tier_not_the_county_tier(db: Path) -> None:
    """肇庆市's 55% misses the cities' 60% by 5 points and meets the province's 30%."""
    assert _full_process(db, "441200", 2015) == {"gd-2015-prd": ("≥ 60%", "not met"),
                                                 "gd-2015-province": ("≥ 30%", "met")}
    gaps = analysis.target_gap("441200", 2015, "gd-2015-prd", db).set_index("measure_id")
    assert gaps.loc["online_full_process_rate", "shortfall"] == pytest.approx(5)
    assert gaps.loc["online_completion_rate", "target_text"] == "≥ 50%"


def test_a_county_outside_the_nine_cities_never_answers_to_a_prd_tier(db: Path) -> None:
    """Of the three tiers of 2015 in the catalog, only the province's binds 大埔县 (梅州市)."""
    with duckdb.connect(str(db), read_only=True) as con:
        catalogued = {row[0] for row in con.execute("select target_set from target_sets").fetchall()}
    assert catalogued >= TIERS_2015
    sets = set(analysis.applicable_target_sets("441422", 2015, db)["target_set"])
    assert sets & TIERS_2015 == {"gd-2015-province"}
    assert _full_process(db, "441422", 2015) == {"gd-2015-province": ("≥ 30%", "met")}


def test_shunde_answers_to_the_cities_tier_that_names_it_and_no_other_district_does(db: Path) -> None:
    """含顺德区: 顺德区 is bound by the cities tier beside its county one; 禅城区, also of 佛山市, only by the county one."""
    assert _full_process(db, "440606", 2015) == {"gd-2015-prd": ("≥ 60%", "not met"),
                                                 "gd-2015-prd-counties": ("≥ 40%", "met"),
                                                 "gd-2015-province": ("≥ 30%", "met")}
    assert _full_process(db, "440604", 2015) == {"gd-2015-prd-counties": ("≥ 40%", "met"),
                                                 "gd-2015-province": ("≥ 30%", "met")}


def test_a_report_of_2014_is_never_not_met_on_a_target_due_in_2015(db: Path) -> None:
    """25% is below both 40% and 30%: before the end of 2015 that is 尚未到期, not 未达标."""
    assert _full_process(db, "441284", 2014) == {"gd-2015-prd-counties": ("≥ 40%", "not yet due"),
                                                 "gd-2015-province": ("≥ 30%", "not yet due")}
    gaps = analysis.target_gap("441284", 2014, "", db)
    assert not (gaps["status"] == "not met").any()


def test_the_target_table_names_each_rows_tier(db: Path) -> None:
    """Two tiers of one document bind 四会市 in 2015: the table's rows of 网上全流程办理率 share indicator, value, status
    and document number, and differ only in their target and quote; each row must say which tier it is."""
    table = sections.gaps_table(analysis.target_gap("441284", 2015, "", db)).data
    assert "目标组 target set" in table.columns, list(table.columns)
    rows = table[table["指标 indicator"].str.startswith("网上全流程办理率") & table["文件 document"].str.contains("2015")]
    assert set(rows["目标组 target set"]) == {"广东省网上办事大厅2015年目标（全省）",
                                            "广东省网上办事大厅2015年目标（珠三角县（市、区））"}, rows
