"""A rate a report states as a bound (网上全流程办理率达80%以上) agrees with the rate its counts give on the bound's
side: qa38 onboarded a page stating it beside 440 of 510 licensing items handled fully online (86.27%), and the
consistency check called it an error of 6.27 points, its detail reading 报告所述 stated 80% with the 以上 dropped. The
summary lists such errors first, so a report that kept its word read as one that misstated its own rate."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from onboarded_page import built_page, run

COUNTS = ("licensing_items,2017,510,项,,行政许可事项510项,\n"
          "online_full_process_items,2017,440,项,,其中网上全流程办理事项440项,\n")


@pytest.mark.parametrize(("stated", "row", "status", "detail"), [
    ("网上全流程办理率达80%以上", "80,%,lower_bound", "ok", "报告所述 stated ≥ 80%"),
    ("网上全流程办理率达90%以上", "90,%,lower_bound", "error", "报告所述 stated ≥ 90%"),
    ("网上全流程办理率在90%以下", "90,%,upper_bound", "ok", "报告所述 stated ≤ 90%"),
    ("网上全流程办理率在80%以下", "80,%,upper_bound", "error", "报告所述 stated ≤ 80%"),
    ("网上全流程办理率达80%", "80,%,", "error", "报告所述 stated 80%"),
])
def test_a_stated_bound_is_checked_on_its_side(
        project: Path, tmp_path: Path, stated: str, row: str, status: str, detail: str) -> None:
    page = f"鼎湖区2017年法治政府建设情况报告\n行政许可事项510项，其中网上全流程办理事项440项，{stated}。\n"
    rows = COUNTS + f"online_full_process_rate_stated,2017,{row},{stated},\n"
    db = built_page(project, tmp_path, page, "441203-2017", "鼎湖区人民政府", rows)
    result = run(project, "check", "--jurisdiction", "441203", "--year", "2017", "--format", "csv", "--db", str(db))
    assert result.exit_code == 0, result.output
    findings = {r["rule_id"]: r for r in csv.DictReader(io.StringIO(result.output.lstrip("\ufeff")))}
    finding = findings["stated_online_full_process_rate"]
    assert finding["status"] == status
    assert finding["detail"].startswith(detail + "，重新计算 recomputed 86.2745% = 440 / 510"), finding["detail"]
