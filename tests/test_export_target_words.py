"""The exported target gaps say what the target page says of the same row. qa36 made the page read 仅有报告自述值，未判断
(stated only, not judged) for a rate a report states without the counts to recompute it, and 分母为零，无法计算，未作对照
(denominator is zero, not judged) for figures stated over a denominator of zero; the xlsx and CSV beside it still read
`not reported` / 报告未提供 for both: 封开县 2017 (行政许可事项0项，其中网上全流程办理事项0项) and
封开县 2018 (网上全流程办理率达90%), each against four Guangdong target sets."""

from __future__ import annotations

import csv
from pathlib import Path

import imperfect
import pandas as pd
import pytest
from openpyxl import load_workbook

from indicators.build import build_database
from indicators.export import export
from indicators.export.dictionary import export_tables
from indicators.read import analysis

HEADER = "metric_id,period,value,unit,qualifier,quote,note\n"
ZERO = ("封开县2017年法治政府建设情况报告\n2017年，全县行政许可事项0项，其中网上全流程办理事项0项。\n",
        HEADER + "licensing_items,2017,0,项,,全县行政许可事项0项,\n"
        "online_full_process_items,2017,0,项,,其中网上全流程办理事项0项,\n")
STATED = ("封开县2018年法治政府建设情况。2018年，全县行政许可事项网上全流程办理率达90%。\n",
          HEADER + "online_full_process_rate_stated,2018,90,%,,网上全流程办理率达90%,\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The reference data with the imperfect fixtures, plus 封开县 2017 (a zero denominator) and 2018 (a stated rate)."""
    target = tmp_path_factory.mktemp("target-words")
    raw = imperfect.raw_folder(target)
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("441225,封开县,Fengkai County,county,441200,440000\n")
    for year, (text, figures) in ((2017, ZERO), (2018, STATED)):
        imperfect.add_report(raw, "441225", "封开县", year, text, figures)
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


@pytest.fixture(scope="module")
def exported(db: Path, tmp_path_factory) -> dict[str, pd.DataFrame]:
    """Every report's target gaps as the CSV and the xlsx export write them."""
    out = tmp_path_factory.mktemp("target-words-out")
    (csv_file,) = export("csv", out, db_path=db).path.glob("target_gaps.csv")
    with csv_file.open(encoding="utf-8-sig") as handle:
        from_csv = pd.DataFrame(list(csv.DictReader(handle)))
    sheet = load_workbook(export("xlsx", out, db_path=db).path, read_only=True)["目标差距 target_gaps"]
    rows = list(sheet.iter_rows(values_only=True))
    table = next(t for t in export_tables() if t.name == "target_gaps")
    from_xlsx = pd.DataFrame(rows[1:], columns=[c.name for c in table.columns])
    return {"csv": from_csv, "xlsx": from_xlsx}


def _page(db: Path, frame: pd.DataFrame) -> pd.DataFrame:
    """The target page's rows of every report and target set the export lists."""
    pages = []
    for (code, year), sets in frame.groupby(["jurisdiction_code", "report_year"])["target_set"]:
        for target_set in sorted(set(sets)):
            rows = analysis.target_gap(str(code), int(year), target_set, db_path=db)
            pages.append(rows.assign(jurisdiction_code=str(code), report_year=int(year)))
    return pd.concat(pages, ignore_index=True)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_exported_target_row_reads_as_the_page_reads_it(db: Path, exported: dict[str, pd.DataFrame],
                                                              fmt: str) -> None:
    frame = exported[fmt].assign(report_year=lambda f: f["report_year"].astype(int))
    page = _page(db, frame)
    keys = ["jurisdiction_code", "report_year", "target_set", "measure_id"]
    both = frame.merge(page[[*keys, "status_en", "status_zh"]], on=keys, suffixes=("", "_page"))
    assert len(both) == len(page) > 100, (len(both), len(page))
    differ = both[(both["status"] != both["status_en"]) | (both["status_zh"] != both["status_zh_page"])]
    assert differ.empty, differ[[*keys, "status", "status_en", "status_zh", "status_zh_page"]].to_string()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_zero_denominator_and_a_stated_rate_are_not_exported_as_unreported(exported: dict[str, pd.DataFrame],
                                                                            fmt: str) -> None:
    frame = exported[fmt]
    rate = frame[(frame["jurisdiction_code"] == "441225") & (frame["measure_id"] == "online_full_process_rate")]
    by_year = rate.groupby(rate["report_year"].astype(int))
    zero, stated = by_year.get_group(2017), by_year.get_group(2018)
    assert len(zero) >= 4 and set(zero["status"]) == {"denominator is zero, not judged"}, zero["status"].tolist()
    assert set(zero["status_zh"]) == {"分母为零，无法计算，未作对照"}
    assert len(stated) >= 4 and set(stated["status"]) == {"stated only, not judged"}, stated["status"].tolist()
    assert set(stated["status_zh"]) == {"仅有报告自述值，未判断"}
    # the report's other targets still lack their figures: those stay 报告未提供
    others = frame[(frame["jurisdiction_code"] == "441225") & (frame["measure_id"] != "online_full_process_rate")]
    assert "报告未提供" in set(others["status_zh"])


def test_the_data_dictionary_names_every_status_the_export_writes(exported: dict[str, pd.DataFrame]) -> None:
    """columns.csv's list of target statuses (the xlsx has no other key to them) omitted `not computable`."""
    table = next(t for t in export_tables() if t.name == "target_gaps")
    described = next(c.description for c in table.columns if c.name == "status")
    for status in set(exported["csv"]["status"]) | {"not computable"}:
        assert status in described, status
