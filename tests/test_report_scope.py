"""A report written by a body (县政务服务中心's yearly summary) is added under its jurisdiction with meta.yml's `scope`:
its figures then are the body's, as a figure's own `scope` makes them, and none makes the county's indicators or
target judgements. qa44 could not onboard such a report: a figure's scope must be in its quote, and most of the
centre's quotes (“最多跑一次事项”543项) do not name it. The scope must be in the text, as a figure's is in its quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from error_lines import english
from onboarded_page import add_page, build

from indicators.read import analysis, queries

PAGE = ("德庆县政务服务中心2017年工作总结\n2017年，进驻事项1000项，其中全流程网上办理200项。开办企业时间压缩至12个工作日。\n")
ROWS = ("licensing_items,2017,1000,项,,进驻事项1000项，其中全流程网上办理200项,\n"
        "online_full_process_items,2017,200,项,,进驻事项1000项，其中全流程网上办理200项,\n"
        "business_startup_days_after,2017,12,个工作日,,开办企业时间压缩至12个工作日,\n")


def _built(project: Path, tmp_path: Path, scope: str):
    add_page(project, tmp_path, PAGE, "441226-2017", "德庆县政务服务中心")
    meta = project / "data" / "raw" / "reports" / "441226-2017.meta.yml"
    if scope:
        meta.write_text(meta.read_text(encoding="utf-8") + f'scope: "{scope}"\n', encoding="utf-8")
    db = tmp_path / "db.duckdb"
    return build(project, "441226-2017", ROWS, db), db


@pytest.mark.parametrize(("scope", "rate", "judged"), [("", 20.0, "not met"), ("县政务服务中心", None, "not reported")])
def test_a_bodys_report_makes_no_indicator_of_the_jurisdiction(project: Path, tmp_path: Path, scope: str,
                                                                rate: float | None, judged: str) -> None:
    result, db = _built(project, tmp_path, scope)
    assert result.exit_code == 0, result.output
    values = queries.indicator_values("441226", 2017, db).set_index("indicator_id")
    got = values["value"].get("online_full_process_rate")
    assert (None if got is None or got != got else got) == rate
    gaps = analysis.target_gap("441226", 2017, "gd-2017-province", db).set_index("measure_id")
    assert gaps.loc["online_full_process_rate", "status"] == judged
    figures = analysis.report_figures("441226", 2017, db)
    assert len(figures) == 3  # the profile lists every figure either way, each with the body's scope
    assert set(figures["scope_variant_text"].fillna("")) == {f"范围 scope：{scope}（非全辖区 not the whole jurisdiction）"
                                                         if scope else ""}


def test_a_scope_the_text_does_not_name_is_refused(project: Path, tmp_path: Path) -> None:
    result, _ = _built(project, tmp_path, "县行政服务中心")
    assert result.exit_code == 1
    assert [english(line) for line in result.output.splitlines() if "Error:" in line] == [
        'Error: data/raw/reports/441226-2017.meta.yml line 15, field scope: "县行政服务中心" is not in the report text '
        "[scope-not-in-text]"]
