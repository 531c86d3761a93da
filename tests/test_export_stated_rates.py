"""The exported indicator values carry the rates a report states as the report profile shows them. qa36 made the
profile show 通州区 2019's 直接纠错率达13% as 报告所述值 beside its recomputed 15.34 (an indicator indicators.csv links
no stated metric to: the catalog's `<indicator>_stated`), and name a rate stated without the counts to recompute it
(封开县 2018's 网上全流程办理率达90%: 报告只自述了…). The xlsx and CSV still had an empty 报告所述值 for the first and no
row at all for the second: an analyst reading the sheet beside the page saw a rate the report seemed not to state."""

from __future__ import annotations

import csv
from pathlib import Path

import imperfect
import pandas as pd
import pytest
from onboarded_page import add_page, build
from openpyxl import load_workbook

from indicators.export import export
from indicators.export.dictionary import export_tables
from indicators.read import analysis

TONGZHOU = ("2019年度通州区行政复议诉讼工作报告\n2019年，全区共受理行政复议案件176件，决定维持71件，纠错27件，"
            "2019年直接纠错率达13%。\n")
TONGZHOU_ROWS = ("reconsideration_cases,2019,176,件,,全区共受理行政复议案件176件,\n"
                 "reconsideration_upheld,2019,71,件,,决定维持71件,\n"
                 "reconsideration_corrected,2019,27,件,,纠错27件,\n"
                 "reconsideration_correction_rate_stated,2019,13,%,,2019年直接纠错率达13%,\n")
FENGKAI = "封开县2018年法治政府建设情况。2018年，全县行政许可事项网上全流程办理率达90%。\n"
FENGKAI_ROWS = ("metric_id,period,value,unit,qualifier,quote,note\n"
                "online_full_process_rate_stated,2018,90,%,,网上全流程办理率达90%,\n")


def _exported(db: Path, out: Path, jurisdiction: str) -> dict[str, pd.DataFrame]:
    """The indicator values of `jurisdiction` as the CSV and the xlsx export write them."""
    (csv_file,) = export("csv", out, jurisdiction=jurisdiction, db_path=db).path.glob("indicator_values.csv")
    with csv_file.open(encoding="utf-8-sig") as handle:
        from_csv = pd.DataFrame(list(csv.DictReader(handle)))
    sheet = load_workbook(export("xlsx", out, jurisdiction=jurisdiction, db_path=db).path,
                          read_only=True)["指标值 indicator_values"]
    rows = list(sheet.iter_rows(values_only=True))
    table = next(t for t in export_tables() if t.name == "indicator_values")
    from_xlsx = pd.DataFrame(rows[1:], columns=[c.name for c in table.columns])
    return {"csv": from_csv, "xlsx": from_xlsx}


def _empty(cell: object) -> bool:
    """An empty cell: '' in the CSV, None (NaN once in a frame's number column) in the xlsx."""
    return cell is None or cell == "" or bool(pd.isna(cell))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_unlinked_stated_rate_is_exported_as_the_profile_shows_it(project: Path, tmp_path: Path, fmt: str) -> None:
    add_page(project, tmp_path, TONGZHOU, "110112-2019", "北京市通州区人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "110112-2019", TONGZHOU_ROWS, db).exit_code == 0
    frame = _exported(db, tmp_path / "out", "110112")[fmt].set_index("indicator_id")
    page = analysis.report_indicators("110112", 2019, db).set_index("indicator_id")
    assert sorted(frame.index) == sorted(page.index)
    for indicator, row in page.iterrows():
        stated = frame.loc[indicator, "stated_value"]
        shown = None if _empty(stated) else float(stated)
        assert shown == (None if pd.isna(row["stated_value"]) else row["stated_value"]), (indicator, stated)
    rate = frame.loc["reconsideration_correction_rate"]
    assert float(rate["stated_value"]) == 13 and rate["stated_quote"] == "2019年直接纠错率达13%"
    # shown, not checked: indicators.csv links no stated metric, so no difference is claimed
    assert _empty(rate["stated_difference"])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_rate_stated_without_its_counts_has_a_row_saying_so(tmp_path: Path, fmt: str) -> None:
    db = imperfect.built_with_fengkai_report(tmp_path, 2018, FENGKAI, FENGKAI_ROWS)
    frame = _exported(db, tmp_path / "out", "441225")[fmt].set_index("indicator_id")
    listed = analysis.stated_only("441225", 2018, db)
    assert list(listed["indicator_id"]) == ["online_full_process_rate"]
    assert list(frame.index) == list(listed["indicator_id"])
    row = frame.loc["online_full_process_rate"]
    assert float(row["stated_value"]) == 90 and row["stated_quote"] == "网上全流程办理率达90%"
    assert _empty(row["value"]) and row["reason"].startswith("仅有报告自述值"), row.to_dict()
