"""Peer ranks among more than three real peers: six districts of 北京市 in 2024 stating their 全程网办率, three from the
texts of their reports (tests/extract/real: 门头沟区 区级事项“全程网办”率达100%, 顺义区 1700余项区级服务事项100%“全程网办”,
a tie; 朝阳区 使用区级统建系统事项全程网办率100%, the rate of a part of its items, curated with that `scope`) and three
short made-up texts (东城区 98%, 昌平区 96.5%, 延庆区 95%以上, a bound). qa51 found the ranks right (第1/4名 twice, then
3rd and 4th; the bound shown, not ranked) but 朝阳区 missing from every page, its own reading 本辖区无数值 over a report
stating 100%; the leaders table gave rank 3 beside 有数值的辖区数 5 where the standing said 第3/4名; and a note
was missing where three peers had a value but only two were comparable."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.build import build_database
from indicators.publish import peer_page
from indicators.read import analysis

REAL = Path(__file__).resolve().parent / "extract" / "real"
HEADER = "metric_id,period,value,unit,qualifier,quote,note,scope\n"
METRIC = "online_full_process_rate_stated"
# code: (name, text, figure row after the metric and period)
DISTRICTS = {
    "110109": ("门头沟区", (REAL / "blind32" / "mentougou_2024.txt").read_text(encoding="utf-8-sig"),
               "100,%,,区级事项“全程网办”率达100%,,"),
    "110113": ("顺义区", (REAL / "blind34" / "shunyi_2024.txt").read_text(encoding="utf-8-sig"),
               "100,%,,1700余项区级服务事项100%“全程网办”,,"),
    "110105": ("朝阳区", (REAL / "blind" / "chaoyang_2024.txt").read_text(encoding="utf-8-sig"),
               "100,%,,使用区级统建系统事项全程网办率100%,,使用区级统建系统事项"),
    "110101": ("东城区", "东城区2024年法治政府建设情况报告\n区级政务服务事项全程网办率达98%。\n",
               "98,%,,区级政务服务事项全程网办率达98%,,"),
    "110114": ("昌平区", "昌平区2024年法治政府建设情况报告\n区级政务服务事项全程网办率达96.5%。\n",
               "96.5,%,,区级政务服务事项全程网办率达96.5%,,"),
    "110119": ("延庆区", "延庆区2024年法治政府建设情况报告\n区级政务服务事项全程网办率达95%以上。\n",
               "95,%,lower_bound,区级政务服务事项全程网办率达95%以上,,"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("beijing")
    raw = imperfect.raw_folder(target, fixtures=())
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("110000,北京市,Beijing,province,,110000\n")
        out.writelines(f"{code},{name},{name} (district),county,110000,110000\n" for code, (name, _, _) in DISTRICTS.items())
    for code, (name, text, row) in DISTRICTS.items():
        imperfect.add_report(raw, code, name, 2024, text, f"{HEADER}{METRIC},2024,{row}\n")
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def standing(db: Path, focus: str, peers: list[str] | None = None):
    rows = analysis.peer_standing(2024, focus, peers or [], db_path=db)
    return rows[rows["indicator_id"] == "online_full_process_rate"].iloc[0]


def test_ranks_are_among_the_exact_whole_district_rates_with_the_tie_shared(db: Path) -> None:
    assert {code: standing(db, code)["comparison_zh"] for code in DISTRICTS} == {
        "110109": "第1/4名", "110113": "第1/4名", "110101": "第3/4名", "110114": "第4/4名",
        "110119": "由约数或上下限算得，不排名", "110105": "只有使用区级统建系统事项的数值，范围不同，不排名"}
    row = standing(db, "110109")
    assert row["leader"] == "门头沟区、顺义区" and row["exact_peers"] == 4 and row["peers"] == 5
    assert row["max_value"] == 100 and row["min_value"] == 95  # the part's 100% is not in the spread


def test_the_part_and_the_bound_are_named_beside_the_others(db: Path) -> None:
    side = standing(db, "110114")["values_side_by_side"]
    assert "朝阳区 100%（报告所述）（使用区级统建系统事项，范围不同）" in side and "延庆区 ≥ 95%（报告所述）" in side
    peers = peer_page.compared("110114", 2024, db_path=db)
    assert "1个辖区只写出部分范围的数值" in peer_page.note(analysis.peer_standing(2024, "110114", [], db_path=db),
                                                            peers).data


def test_the_leaders_rank_among_the_ranked(db: Path) -> None:
    leaders = analysis.peer_ranks(2024, [], "110109", 0, db_path=db)
    assert list(zip(leaders["jurisdiction_code"], leaders["rank"], leaders["ranked_peers"], strict=True)) == [
        ("110109", 1, 4), ("110113", 1, 4), ("110101", 3, 4), ("110114", 4, 4)]


def test_three_values_with_a_bound_among_them_say_why_none_is_ranked(db: Path) -> None:
    chosen = ["110109", "110101", "110119", "110105"]  # two exact, a bound, a part's rate
    rows = analysis.peer_standing(2024, "110109", chosen, db_path=db)
    assert standing(db, "110109", chosen)["comparison_zh"] == "不足三个可比辖区，不排名"
    note = peer_page.note(rows, peer_page.compared("110109", 2024, chosen, db_path=db)).data
    assert "最多3个有数值，其中可比的（确切、全年、同级、全辖区的数值）最多2个" in note, note
