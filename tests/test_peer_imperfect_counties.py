"""Four 广东 counties of 2017 on one peer page, as qa38 onboarded them: 四会市 (the bundled report) and 鼎湖区 give the
counts of 网上全流程办理率, 高要区 only writes 网上全流程办理率达75%, and 广宁县 states 行政许可事项0项，其中网上全流程
办理事项0项, a denominator of zero.

- The leaders table marked 高要区's claim as the standing table does: it listed 高要区 75.00 beside two values
  recomputed from counts, while the standing table above it read 高要区 75%（报告所述）.
- 广宁县 was nowhere on the page: 比较范围 said four counties, the values side by side named three, and 广宁县's own
  page left its rate at — and said 由约数或上下限算得，不排名 (computed from bounds), as it said on the page of 封开县,
  whose report gives no figure of that rate at all (行政许可事项100项 alone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarded_page import add_page, build

from indicators.read import analysis

PAGES = {
    "441203-2017": ("鼎湖区", "鼎湖区2017年法治政府建设情况报告\n行政许可事项400项，其中网上全流程办理事项320项。\n",
                    "licensing_items,2017,400,项,,行政许可事项400项,\n"
                    "online_full_process_items,2017,320,项,,其中网上全流程办理事项320项,\n"),
    "441204-2017": ("高要区", "高要区2017年法治政府建设情况报告\n网上全流程办理率达75%。\n",
                    "online_full_process_rate_stated,2017,75,%,,网上全流程办理率达75%,\n"),
    "441225-2017": ("封开县", "封开县2017年法治政府建设情况报告\n行政许可事项100项。\n",
                    "licensing_items,2017,100,项,,行政许可事项100项,\n"),
    "441223-2017": ("广宁县", "广宁县2017年法治政府建设情况报告\n行政许可事项0项，其中网上全流程办理事项0项。\n",
                    "licensing_items,2017,0,项,,行政许可事项0项,\n"
                    "online_full_process_items,2017,0,项,,其中网上全流程办理事项0项,\n"),
}


@pytest.fixture()
def db(project: Path, tmp_path: Path) -> Path:
    path = tmp_path / "db.duckdb"
    for report_id, (name, page, rows) in PAGES.items():
        add_page(project, tmp_path, page, report_id, f"{name}人民政府")
        assert build(project, report_id, rows, path).exit_code == 0
    return path


def test_a_stated_rate_among_the_leaders_says_so(db: Path) -> None:
    leaders = analysis.peer_ranks(2017, (), "441284", 0, db)
    online = leaders[leaders["indicator_id"] == "online_full_process_rate"]
    assert list(zip(online["jurisdiction_name"], online["rank"], online["peers"], strict=True)) == [
        ("四会市", 1, 3), ("鼎湖区", 2, 3), ("高要区（报告所述）", 3, 3)]


def test_a_peer_over_a_denominator_of_zero_is_named_not_counted(db: Path) -> None:
    standing = analysis.peer_standing(2017, "441284", (), db).set_index("indicator_id")
    online = standing.loc["online_full_process_rate"]
    assert online["values_side_by_side"] == "四会市 86.27%；鼎湖区 80%；高要区 75%（报告所述）；广宁县 无法计算（分母为零）"
    assert (online["peers"], online["rank"], online["median_text"], online["comparison_zh"]) == (3, 1, "80", "第1/3名")
    assert standing["peers"].min() >= 1  # an indicator none of them has a value of stays off the page, as before

    own = analysis.peer_standing(2017, "441223", (), db).set_index("indicator_id").loc["online_full_process_rate"]
    assert own["value_text"] is None or own["value_text"] != own["value_text"]  # the page's —
    assert (own["comparison_zh"], own["peers"]) == ("分母为零，无法计算", 3)


def test_a_focus_without_a_value_is_not_said_to_be_computed_from_bounds(db: Path) -> None:
    own = analysis.peer_standing(2017, "441225", (), db).set_index("indicator_id").loc["online_full_process_rate"]
    assert (own["comparison_zh"], own["peers"]) == ("本辖区无数值，不排名", 3)
    assert "封开县" not in own["values_side_by_side"]
