"""The exported target gaps of a report older than a target's document say so instead of `not reported`. Trial 26
exported 龙岗区 2013-2015 (blind17): target_gaps.csv and the xlsx listed 龙岗区 2013 against the Guangdong targets of
2015-2020 and the 2019 start-up target of 国办发〔2018〕32号 as `not reported`, documents issued two to six years
after the report; the target page says 文件在报告年度之后印发，未作对照 since trial 25."""

from __future__ import annotations

import csv
from pathlib import Path

from onboarded_page import add_page, build, run

PAGE = "深圳市龙岗区2013年规范性文件清理情况报告\n本次共清理区政府规范性文件146件，拟保留110件。\n"
ROWS = ("normative_docs_reviewed,2013,146,件,,本次共清理区政府规范性文件146件,\n"
        "normative_docs_to_retain,2013,110,件,,拟保留110件,\n")


def _gaps(project: Path, tmp_path: Path) -> list[dict[str, str]]:
    add_page(project, tmp_path, PAGE, "440307-2013", "深圳市龙岗区人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "440307-2013", ROWS, db).exit_code == 0
    out = tmp_path / "export"
    result = run(project, "export", "--format", "csv", "--jurisdiction", "440307", "--year", "2013",
                 "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    (gaps,) = out.rglob("target_gaps.csv")
    with gaps.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_a_target_of_a_later_document_is_not_exported_as_unreported(project: Path, tmp_path: Path) -> None:
    gaps = _gaps(project, tmp_path)
    later = [g for g in gaps if int(g["issued"][:4]) > 2013]
    assert later and {g["status"] for g in later} == {"issued after the report year"}

