"""A rate a report states of one of its units (市本级…网上可办率达95%, curated with its `scope`) is not the
jurisdiction's own: no page or export takes it for the report's rate of the indicator.

The profile's stated-only list, the indicator export and the peer page read only the whole jurisdiction's stated
rate, while the target page and the target export joined the stated figure of any scope: a city proper's 95% stood
as 中山市's own on the target page alone (报告自述95%（无法重新计算）). Since the one view stated_rates
(sql/32_stated_figures.sql) holds the rule, every reader takes the same rate or none."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from onboarded_page import add_page, build

from indicators.export import export
from indicators.read import analysis

PAGE = "中山市2019年法治政府建设情况报告\n2019年，市本级政务服务事项网上可办率达95%。\n"
HEADER = "metric_id,period,value,unit,qualifier,quote,note,scope\n"
TARGET_SET = "gd-2020-digital-government"


def _built(project: Path, tmp_path: Path, scope: str) -> Path:
    """中山市 2019 with its one stated rate, of `scope` ('' for the whole city), built into tmp_path/db.duckdb."""
    add_page(project, tmp_path, PAGE, "442000-2019", "中山市人民政府")
    row = f"online_availability_rate_stated,2019,95,%,,市本级政务服务事项网上可办率达95%,,{scope}\n"
    db = tmp_path / "db.duckdb"
    result = build(project, "442000-2019", row, db, header=HEADER)
    assert result.exit_code == 0, result.output
    return db


def _target_row(db: Path) -> dict:
    gaps = analysis.target_gap("442000", 2019, TARGET_SET, db).set_index("measure_id")
    return gaps.loc["online_availability_rate"].to_dict()


def _exported_status(db: Path, out: Path) -> str:
    (gaps,) = export("csv", out, jurisdiction="442000", db_path=db).path.glob("target_gaps.csv")
    frame = pd.read_csv(gaps, dtype=str, encoding="utf-8-sig")
    return frame.set_index(["target_set", "measure_id"]).loc[(TARGET_SET, "online_availability_rate"), "status"]


def test_a_units_stated_rate_is_not_the_jurisdictions_on_any_page(project: Path, tmp_path: Path) -> None:
    db = _built(project, tmp_path, "市本级")
    row = _target_row(db)
    assert row["value_text"] == "报告未提供" and row["status_en"] == "not reported", row
    assert _exported_status(db, tmp_path / "out") == "not reported"
    assert analysis.stated_only("442000", 2019, db).empty


def test_the_whole_jurisdictions_stated_rate_is_read_by_every_page(project: Path, tmp_path: Path) -> None:
    """The same row without a scope: the control, so the test above fails for the scope alone."""
    db = _built(project, tmp_path, "")
    row = _target_row(db)
    assert row["value_text"] == "报告自述95%（无法重新计算）", row
    assert _exported_status(db, tmp_path / "out") == "stated only, not judged"
    assert list(analysis.stated_only("442000", 2019, db)["stated_text"]) == ["95%"]
