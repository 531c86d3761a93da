"""Peers computed from different compositions of a rate are not mixed into one median. Trial 28 read the peer
page of the 2024 counties trial 27 onboarded: 通州区's correction rate, 10.39%, is the report's own 直接纠错161件 of
1550 concluded, 罗平县's and 方城县's the catalog's 撤销 + 确认违法 + 责令履行 of their concluded cases; the page listed
the three side by side as one distribution and read their median, 10.39, with nothing said."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, run

from indicators.read import analysis

HEADER = "metric_id,period,value,unit,qualifier,quote,note\n"
REPORTS = {
    "110112": ("通州区", "审结1550件，其中直接纠错161件。",
               "reconsideration_concluded,2024,1550,件,,审结1550件,\nreconsideration_corrected,2024,161,件,,直接纠错161件,\n"),
    "530324": ("罗平县", "审结32件，撤销3件。",
               "reconsideration_concluded,2024,32,件,,审结32件,\nreconsideration_revoked,2024,3,件,,撤销3件,\n"),
    "411322": ("方城县", "审结149件，撤销32件。",
               "reconsideration_concluded,2024,149,件,,审结149件,\nreconsideration_revoked,2024,32,件,,撤销32件,\n"),
}


def _database(project: Path, folder: Path, codes: list[str]) -> Path:
    for code in codes:
        name, sentence, rows = REPORTS[code]
        (folder / code).mkdir()
        add_page(project, folder / code, f"{name}2024年行政复议工作报告\n{sentence}\n", f"{code}-2024", f"{name}人民政府")
        (project / "data" / "raw" / "figures" / f"{code}-2024.csv").write_text(HEADER + rows, encoding="utf-8")
    db = folder / "db.duckdb"
    result = run(project, "build", "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def _rate(db: Path, focus: str):
    standing = analysis.peer_standing(2024, focus, (), db).set_index("indicator_id")
    return standing.loc["reconsideration_correction_rate"]


def test_a_rate_of_another_composition_is_named_and_no_median_mixes_them(project: Path, tmp_path: Path) -> None:
    row = _rate(_database(project, tmp_path, list(REPORTS)), "530324")
    assert row["peers"] == 3
    assert "通州区 10.39%（口径：分子取纠错的行政复议案件）" in row["values_side_by_side"], row["values_side_by_side"]
    assert "罗平县 9.38%；" in row["values_side_by_side"] + "；"
    assert row["median_text"] == "—（口径不同，无中位数）"


def test_peers_of_one_composition_keep_their_median(project: Path, tmp_path: Path) -> None:
    row = _rate(_database(project, tmp_path, ["530324", "411322"]), "530324")
    assert row["peers"] == 2 and row["median_text"] == "15.43"
    assert "口径" not in row["values_side_by_side"]
