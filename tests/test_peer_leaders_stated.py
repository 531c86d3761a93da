"""The peer page's leaders table marks a report's own claim the way its standing table does: qa38 compared three
广东 counties of 2017 on 网上全流程办理率: 四会市 and 鼎湖区 give the counts, 高要区 only writes 网上全流程办理率达75%.
The standing table listed 高要区 75%（报告所述）, and the leaders table below it 高要区 75.00, a value of the same
kind as the two recomputed from counts."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, build

from indicators.read import analysis

DINGHU = "鼎湖区2017年法治政府建设情况报告\n行政许可事项400项，其中网上全流程办理事项320项。\n"
GAOYAO = "高要区2017年法治政府建设情况报告\n网上全流程办理率达75%。\n"


def test_a_stated_rate_among_the_leaders_says_so(project: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    add_page(project, tmp_path, DINGHU, "441203-2017", "鼎湖区人民政府")
    rows = ("licensing_items,2017,400,项,,行政许可事项400项,\n"
            "online_full_process_items,2017,320,项,,其中网上全流程办理事项320项,\n")
    assert build(project, "441203-2017", rows, db).exit_code == 0
    add_page(project, tmp_path, GAOYAO, "441204-2017", "高要区人民政府")
    rows = "online_full_process_rate_stated,2017,75,%,,网上全流程办理率达75%,\n"
    assert build(project, "441204-2017", rows, db).exit_code == 0

    leaders = analysis.peer_ranks(2017, (), "441284", 0, db)
    online = leaders[leaders["indicator_id"] == "online_full_process_rate"]
    assert list(zip(online["jurisdiction_name"], online["rank"], strict=True)) == [
        ("四会市", 1), ("鼎湖区", 2), ("高要区（报告所述）", 3)]
    standing = analysis.peer_standing(2017, "441284", (), db).set_index("indicator_id")
    assert "高要区 75%（报告所述）" in standing.loc["online_full_process_rate", "values_side_by_side"]
