"""Year on year never sets a part of a year against a whole year. Trial 28 onboarded 鹿寨县行政审批局2025年上半年工作总结
(blind20) as 鹿寨县 2025: filed under the year, its mid-year 1081项零跑动事项 would be read as a change on 2024's whole
year (+181项, 向好), when it is half a year's count. The pair is listed as not comparable, saying which period each
report covers; two reports of the same part, or two whole years, are still a change."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import add_page, run

from indicators.read import analysis

HEADER = "metric_id,period,value,unit,qualifier,quote,note\n"


def _add(project: Path, folder: Path, year: int, title: str, value: int) -> None:
    page = f"{title}\n{year}年，全县“零跑腿”事项达到{value}项。\n"
    (folder / str(year)).mkdir()
    add_page(project, folder / str(year), page, f"450223-{year}", "鹿寨县人民政府")
    meta = project / "data" / "raw" / "reports" / f"450223-{year}.meta.yml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text("\n".join(f'title: "{title}"' if line.startswith("title:") else line
                              for line in text.splitlines()) + "\n", encoding="utf-8")
    row = f"zero_visit_items,{year},{value},项,,全县“零跑腿”事项达到{value}项,\n"
    (project / "data" / "raw" / "figures" / f"450223-{year}.csv").write_text(HEADER + row, encoding="utf-8")


def _change(project: Path, folder: Path, title_2025: str, title_2024: str = "鹿寨县2024年法治政府建设情况报告"):
    _add(project, folder, 2024, title_2024, 900)
    _add(project, folder, 2025, title_2025, 1081)
    db = folder / "db.duckdb"
    result = run(project, "build", "--db", str(db))
    assert result.exit_code == 0, result.output
    changes = analysis.year_on_year("450223", 2024, 2025, db)
    return changes[changes["measure_id"] == "zero_visit_items"].iloc[0]


def test_a_half_year_is_not_a_change_on_a_whole_year(project: Path, tmp_path: Path) -> None:
    row = _change(project, tmp_path, "鹿寨县行政审批局2025年上半年工作总结及下半年工作计划")
    assert not row["comparable"]
    assert row["not_comparable_reason"] == "期间不同 different period：全年 / 上半年"


def test_the_same_part_of_two_years_is_still_a_change(project: Path, tmp_path: Path) -> None:
    row = _change(project, tmp_path, "鹿寨县2025年上半年工作总结", "鹿寨县2024年上半年工作总结")
    assert row["comparable"] and row["change"] == 181


def test_two_whole_years_are_still_a_change(project: Path, tmp_path: Path) -> None:
    row = _change(project, tmp_path, "鹿寨县2025年法治政府建设情况报告")
    assert row["comparable"] and row["change"] == 181


TITLES = ["鹿寨县行政审批局2025年上半年工作总结及下半年工作计划", "2020年上半年法治政府建设工作总结",
          "银川市2015年第二季度行政诉讼案件通报", "江阴市2023年9月份12345热线运行情况通报", "2023年1-6月信访工作通报",
          "鹿寨县2024年法治政府建设情况报告", "2025年一季度各区应急管理行政执法工作情况通报", "下半年开始的清理", ""]


def test_stored_titles_are_read_as_add_report_reads_them(built_db: Path) -> None:
    """The SQL reading of a stored title (year on year, the page heading) and add-report's (report_header) agree."""
    import duckdb

    from indicators import report_header

    con = duckdb.connect(str(built_db), read_only=True)
    try:
        for title in TITLES:
            (part,) = con.execute("select title_part_of_year(?)", [title]).fetchone()
            assert (part or "") == report_header.part_of_year("", title), title
    finally:
        con.close()
