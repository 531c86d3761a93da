"""Year on year writes each value as its report does where the database stores it in another scale: 汉滨区's
approval bureau (blind25 2021, blind23 2022, onboarded in qa33) states 26万余件 and 20.9万余件 of applications
concluded; the profile wrote ≥ 26万件, the year-on-year page ≥ 260000件（2021年） 与 ≥ 209000件（2022年）, and its
summary 2021年280000人次 for a count the report writes 28万人次. Here a county states both in two years."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.build import build_database
from indicators.publish import sections, summary
from indicators.read import analysis

PAGES = {
    2021: ("封开县2021年工作总结\n办理审批服务事项26万余件，培训人员2.8万人次。\n",
           "service_cases_concluded,2021,26,万件,lower_bound,办理审批服务事项26万余件,\n"
           "law_training_attendance,2021,2.8,万人次,,培训人员2.8万人次,\n"),
    2022: ("封开县2022年工作总结\n办理审批服务事项20.9万余件，培训人员3万人次。\n",
           "service_cases_concluded,2022,20.9,万件,lower_bound,办理审批服务事项20.9万余件,\n"
           "law_training_attendance,2022,3,万人次,,培训人员3万人次,\n"),
}


@pytest.fixture(scope="module")
def changes(tmp_path_factory):
    target = tmp_path_factory.mktemp("written")
    raw = imperfect.raw_folder(target, fixtures=())
    with (raw / "catalog" / "jurisdictions.csv").open("a", encoding="utf-8") as out:
        out.write("441225,封开县,Fengkai County,county,441200,440000\n")
    for year, (text, rows) in PAGES.items():
        imperfect.add_report(raw, "441225", "封开县", year, text, rows, title=f"封开县{year}年工作总结")
    db: Path = build_database(raw_dir=raw, db_path=target / "indicators.duckdb").db_path
    found = analysis.year_on_year("441225", 2021, 2022, db)
    return found[found["comparison"] == "year_on_year"]


def test_a_pair_not_compared_is_written_as_the_reports_write_it(changes) -> None:
    html = sections.not_comparable(changes).data
    assert "≥ 26万件（2021年） 与 ≥ 20.9万件（2022年）" in html
    assert "260000" not in html and "209000" not in html


def test_a_change_is_written_as_the_reports_write_it(changes) -> None:
    html = sections.changes_table(changes[changes["comparable"]], "changes", 2021, 2022).to_html()
    assert "2.8万人次（2021年）" in html and "3万人次（2022年）" in html
    assert "28000人次（2021年）" not in html
    lines = summary.change_sentences(changes, 2021, 2022)
    assert "法律知识培训人次：2021年2.8万人次，2022年3万人次（+2000人次）。" in lines, lines


def test_no_comparable_pair_is_not_said_to_be_no_pair(changes) -> None:
    """湖北省 2022 and 2023 (blind24, blind9) each state 研究法治政府建设工作30余次: the page said 'no figure in both
    periods' in English above the line listing that very pair as not comparable."""
    html = sections.changes_table(changes[changes["comparable"]].iloc[0:0], "changes", 2021, 2022).data
    assert "no comparable figure in both periods" in html and "no figure in both periods" not in html
