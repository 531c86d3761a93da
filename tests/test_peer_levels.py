"""Peers named on the command line (`--peer CODE`, `jurisdictions`) may be of another level than the focus: a
prefecture beside its county (许昌市 and 建安区 2024), a province beside its prefecture (湖北省 and 武汉市 2023), as
qa33 onboarded them. A county is never ranked against a province: another level's values are listed with their level,
neither ranked, nor counted towards the three a rank needs, nor taken into the spread and median."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.build import build_database
from indicators.publish import peer_page
from indicators.read import analysis

# code: (name, 网上可办率 stated); 441284, 441225, 441226 are counties of 441200
PEERS = {"441284": ("四会市", 90), "441225": ("封开县", 80), "441226": ("德庆县", 70),
         "441200": ("肇庆市", 99), "440000": ("广东省", 98)}
CHOSEN = list(PEERS)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("levels")
    raw = imperfect.raw_folder(target, fixtures=())
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("441225,封开县,Fengkai County,county,441200,440000\n441226,德庆县,Deqing County,county,441200,440000\n")
    for code, (name, rate) in PEERS.items():
        text = f"{name}2018年法治政府建设情况报告\n政务服务事项网上可办率达到{rate}%。\n"
        imperfect.add_report(raw, code, name, 2018, text,
                             f"online_availability_rate_stated,2018,{rate},%,,网上可办率达到{rate}%,\n")
    return build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path


def test_a_county_is_ranked_among_counties_only(db: Path) -> None:
    ranks = analysis.peer_ranks(2018, CHOSEN, "441284", db_path=db)
    assert dict(zip(ranks["jurisdiction_code"], ranks["rank"], strict=True)) == {"441225": 2, "441226": 3, "441284": 1}
    standing = analysis.peer_standing(2018, "441284", CHOSEN, db_path=db).iloc[0]
    assert standing["comparison_zh"] == "第1/3名"
    assert standing["median"] == 80 and standing["max_value"] == 90
    assert "广东省 98%（省级，不同级）" in standing["values_side_by_side"]
    assert "肇庆市 99%（地级，不同级）" in standing["values_side_by_side"]


def test_the_page_says_the_other_level_is_not_ranked(db: Path) -> None:
    standing = analysis.peer_standing(2018, "441284", CHOSEN, db_path=db)
    peers = peer_page.compared("441284", 2018, CHOSEN, db_path=db)
    assert "2个与本辖区不同级" in peer_page.note(standing, peers).data


def test_two_counties_and_a_province_are_too_few_to_rank(db: Path) -> None:
    standing = analysis.peer_standing(2018, "441284", ["441284", "441225", "440000"], db_path=db).iloc[0]
    assert standing["comparison_zh"] == "不足三个可比辖区，不排名"
