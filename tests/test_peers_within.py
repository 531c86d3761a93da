"""Peers within the focus's province or prefecture (`--peer province`, notebook parameter `peers_within`).

An analyst in a provincial bureau compares a county with the province's counties, not with every county loaded
nationwide; until now only a hand-made list of codes (`--peer CODE ...`) could say so. The page names the set it
compared with in one sentence, whichever it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from error_lines import english
from synthetic_corpus import make_corpus_module, synthetic_database

from indicators.cli import cli
from indicators.publish import peer_page
from indicators.publish.params import peer_parameters
from indicators.read import analysis

PROVINCES = make_corpus_module().PROVINCES
FOCUS = "447101"  # 合成县0001, in province 44 with three other counties of one prefecture (4 per province)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    _, db_path = synthetic_database(tmp_path_factory.mktemp("peers"), jurisdictions=4 * len(PROVINCES), years=1)
    return db_path


def visible_text(page: Path) -> str:
    """The words of an HTML page: no styles, scripts or tags."""
    body = re.sub(r"<(style|script)\b.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"<[^>]+>", "", body)


def test_the_province_s_counties_are_the_peers(db: Path) -> None:
    peers, region = peer_page.peers_of(FOCUS, 2017, within="province", db_path=db)
    assert region == "合成省44（合成）"
    assert len(peers) == 4 and FOCUS in peers and all(code.startswith("44") for code in peers)
    assert peer_page.peers_of(FOCUS, 2017, within="prefecture", db_path=db)[0] == peers  # one prefecture here
    assert peer_page.peers_of(FOCUS, 2017, ["117101"], "province", db_path=db) == (["117101"], "")  # codes win


def test_a_rank_within_the_province_counts_the_province_s_peers_only(db: Path) -> None:
    nationwide = analysis.peer_standing(2017, FOCUS, db_path=db)
    peers, _ = peer_page.peers_of(FOCUS, 2017, within="province", db_path=db)
    provincial = analysis.peer_standing(2017, FOCUS, peers, db_path=db)
    assert nationwide["peers"].max() == 4 * len(PROVINCES) and provincial["peers"].max() == 4
    ranked = provincial.dropna(subset=["rank"])
    assert len(ranked) and ranked["comparison_zh"].str.endswith("/4名").all()


def test_the_page_says_whom_it_compares_with(db: Path) -> None:
    peers, region = peer_page.peers_of(FOCUS, 2017, within="province", db_path=db)
    line = peer_page.scope_line(peer_page.compared(FOCUS, 2017, peers, region, db_path=db)).data
    assert line == ("<p>比较范围：合成省44（合成）2017年已载入的县级辖区（4个，含本辖区）（peers: every county-level "
                    "jurisdiction of 合成省44（合成） loaded for 2017 (4, this one included)）。</p>")
    everyone = peer_page.scope_line(peer_page.compared(FOCUS, 2017, db_path=db)).data
    assert "2017年已载入的县级辖区" in everyone and "个，含本辖区" not in everyone


def test_a_region_and_codes_together_are_refused() -> None:
    assert peer_parameters(["province"]) == {"jurisdictions": [], "peers_within": "province"}
    assert peer_parameters(["441284", "117101"]) == {"jurisdictions": ["441284", "117101"], "peers_within": ""}
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", "441284", "--year", "2017", "--peer", "province",
                                      "--peer", "441284"])
    assert result.exit_code == 1
    assert english(result.output) == ('Error: field peer: "province 441284" mixes peers: give codes, or one of province, '
                             "prefecture [peers-mixed]\n")


def test_an_unknown_region_is_refused_naming_the_regions(db: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", FOCUS, "--year", "2017", "--notebook", "peer",
                                      "-p", "peers_within=city", "--db", str(db)])
    assert result.exit_code == 1
    assert 'field peers_within: "city" is not a region to compare within; regions: province, prefecture' in result.output


def test_the_peer_page_ranks_within_the_province(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--jurisdiction", FOCUS, "--year", "2017", "--notebook", "peer",
                                      "--peer", "province", "--charts", "none", "--db", str(db), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    page = visible_text(next(tmp_path.rglob("04_peer_comparison.html")))
    assert "比较范围：合成省44（合成）2017年已载入的县级辖区（4个，含本辖区）" in page
    assert "/4名" in page and f"/{4 * len(PROVINCES)}名" not in page


def test_a_median_over_one_value_is_no_median(db: Path) -> None:
    """Trial 28: 罗平县 2024 (blind7) compared within 云南省 (`--peer province`) was the only county with a correction
    rate, and the page's 中位数 column read 9.38, the county's own value, as if a median of its peers. Over one value
    it now says there is none; over two or more it is the median."""
    alone = analysis.peer_standing(2017, FOCUS, [FOCUS], db_path=db)
    assert len(alone) and (alone["peers"] == 1).all()
    assert set(alone["median_text"]) == {"—（只有一个数值，无中位数）"}
    peers, _ = peer_page.peers_of(FOCUS, 2017, within="province", db_path=db)
    several = analysis.peer_standing(2017, FOCUS, peers, db_path=db)
    assert (several["peers"] > 1).all() and several["median_text"].str.match(r"^[≈ ]*-?[0-9.]+$").all()
