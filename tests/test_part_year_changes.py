"""Year on year never sets a part of a year against a whole year. Trial 28 onboarded 鹿寨县行政审批局2025年上半年工作总结
(blind20) as 鹿寨县 2025: filed under the year, its mid-year 1081项零跑动事项 would be read as a change on 2024's whole
year (+181项, 向好), when it is half a year's count. The pair is listed as not comparable, saying which period each
report covers; two reports of the same part, or two whole years, are still a change. The period is decided once, at
build time (reports.part_of_year): meta.yml's `covers` where the analyst wrote one, else the title (raw/covers.py);
figure_changes gives the same reason as the year-on-year page."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarded_page import add_page, run

from indicators import report_header
from indicators.read import analysis
from indicators.read.db import read_only

HEADER = "metric_id,period,value,unit,qualifier,quote,note\n"


def _add(project: Path, folder: Path, year: int, title: str, value: int, covers: str = "") -> None:
    """The page added with `title` as its reviewed title and `covers` ("": none, the title decides)."""
    page = f"{title}\n{year}年，全县“零跑腿”事项达到{value}项，行政许可事项共2000项。\n"
    (folder / str(year)).mkdir()
    add_page(project, folder / str(year), page, f"450223-{year}", "鹿寨县人民政府")
    meta = project / "data" / "raw" / "reports" / f"450223-{year}.meta.yml"
    lines = [f'title: "{title}"' if line.startswith("title:") else line
             for line in meta.read_text(encoding="utf-8").splitlines() if not line.startswith("covers:")]
    meta.write_text("\n".join(lines + ([f"covers: {covers}"] if covers else [])) + "\n", encoding="utf-8")
    rows = (f"zero_visit_items,{year},{value},项,,全县“零跑腿”事项达到{value}项,\n"
            f"licensing_items,{year},2000,项,,行政许可事项共2000项,\n")
    (project / "data" / "raw" / "figures" / f"450223-{year}.csv").write_text(HEADER + rows, encoding="utf-8")


def _built(project: Path, folder: Path, title_2025: str, title_2024: str, covers_2025: str = "") -> Path:
    _add(project, folder, 2024, title_2024, 900)
    _add(project, folder, 2025, title_2025, 1081, covers_2025)
    db = folder / "db.duckdb"
    result = run(project, "build", "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def _change(project: Path, folder: Path, title_2025: str, title_2024: str = "鹿寨县2024年法治政府建设情况报告",
            covers_2025: str = ""):
    changes = analysis.year_on_year("450223", 2024, 2025, _built(project, folder, title_2025, title_2024, covers_2025))
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


def test_figure_and_indicator_changes_give_the_year_on_year_reason(project: Path, tmp_path: Path) -> None:
    """figure_changes (each figure against the jurisdiction's previous period) read no period: 1081项 of 上半年 was a
    change of +181 on 2024's whole year there, while the year-on-year page said 期间不同; so did indicator_changes."""
    db = _built(project, tmp_path, "鹿寨县行政审批局2025年上半年工作总结及下半年工作计划", "鹿寨县2024年法治政府建设情况报告")
    with read_only(db) as con:
        row = con.execute("select comparable, not_comparable_reason, change, direction from figure_changes "
                          "where jurisdiction_code = '450223' and metric_id = 'zero_visit_items' and period = 2025"
                          ).fetchone()
        rate = con.execute("select comparable, not_comparable_reason, change from indicator_changes "
                           "where jurisdiction_code = '450223' and indicator_id = 'zero_visit_rate' and period = 2025"
                           ).fetchone()
    assert row == (False, "期间不同 different period：全年 / 上半年", None, None)
    assert rate == (False, "期间不同 different period：全年 / 上半年", None)


def test_covers_in_meta_yml_names_a_period_the_title_does_not(project: Path, tmp_path: Path) -> None:
    row = _change(project, tmp_path, "鹿寨县2025年法治政府建设情况报告", covers_2025="第二季度")
    assert not row["comparable"]
    assert row["not_comparable_reason"] == "期间不同 different period：全年 / 第二季度"


def test_covers_in_meta_yml_corrects_a_title_read_as_a_part(project: Path, tmp_path: Path) -> None:
    """A whole year's report whose title reads like a part (its 上半年 a plan's, say): `covers: 全年` says it is not."""
    row = _change(project, tmp_path, "鹿寨县2025年上半年工作总结", covers_2025="全年")
    assert row["comparable"] and row["change"] == 181


def test_a_title_naming_no_year_before_its_half_year_is_read_at_build(project: Path, tmp_path: Path) -> None:
    """沧州市上半年办理1822件法律援助案件 (blind18): a news headline naming no year, stored as a report's title."""
    row = _change(project, tmp_path, "鹿寨县上半年“零跑腿”事项达到1081项")
    assert row["not_comparable_reason"] == "期间不同 different period：全年 / 上半年"


REAL = Path(__file__).parent / "extract" / "real"


@pytest.mark.parametrize(("excerpt", "part"), [
    ("blind10/huangshi_reconsideration_2024.txt", "半年"),  # …行政复议行政诉讼案件半年分析报告: 半年 without 上 or 下
    ("blind18/cangzhou_legal_aid_2014.txt", "上半年"),  # 沧州市上半年办理1822件法律援助案件: no year before it
    ("blind16/chongqing_environment_penalties_tw_2016.txt", "上半年"),  # 重慶上半年環境監察執法處罰1071起
    ("blind23/sichuan_work_safety_2022.txt", "上半年"),  # 四川上半年排查隐患14万项
    ("blind21/qzcns_environment_penalties_2020.txt", "1-4月"),  # 1至4月中国下达环境行政处罚决定书…: a range opening it
    ("blind5/macheng_2020.txt", "上半年"), ("blind22/jiangyin_12345_hotline_tw_2023.txt", "9月"),
    ("blind12/guangde_urban_enforcement_2023.txt", "第四季度"),  # 2023年四季度…, written one way
])
def test_real_headings_naming_a_part_of_the_year(excerpt: str, part: str) -> None:
    """The three shapes the year-anchored reading missed in the real excerpts (blind10, blind16-23), and three it read."""
    text = (REAL / excerpt).read_text(encoding="utf-8-sig")
    assert report_header.part_of_year(text, report_header.stated(text)["title"]) == part


@pytest.mark.parametrize("title", ["鹿寨县2024年法治政府建设情况报告", "下半年开始的清理", "一、上半年工作总结",
                                   "2023年1-12月信访工作通报", ""])
def test_whole_year_titles_name_no_part(title: str) -> None:
    assert report_header.part_of_year("", title) == ""


@pytest.mark.parametrize(("title", "part"), [
    # the closing note of session 29: read as 上半年, and add-report told the analyst to write covers: 全年
    ("2023年工作总结和2024年上半年工作计划", ""),
    ("某县司法局2023年工作总结暨2024年第一季度工作安排", ""),
    ("关于某县2023年法治政府建设情况及2024年1-6月工作打算的报告", ""),
    # the summary's own part stays the report's, whatever the plan's
    ("鹿寨县行政审批局2025年上半年工作总结及下半年工作计划", "上半年"),
    ("某县2024年第三季度工作总结和第四季度工作思路", "第三季度"),
    ("2023年一季度工作总结及计划", "第一季度"),
    ("2024年上半年工作计划", "上半年"),  # a plan alone is read as before: nothing is summed up before it
])
def test_a_plan_after_the_summary_does_not_give_the_report_its_period(title: str, part: str) -> None:
    """A report that sums up its year and then plans the next year's first half is the year's: the title's period is
    the summary's (总结, 情况, 报告 of the report's year), never that of the plan joined after it (计划, 安排, 打算, 思路)."""
    assert report_header.part_of_year("", title) == part


@pytest.mark.parametrize(("excerpt", "part"), [
    ("blind11/county_service_office_2023.txt", "上半年"),  # 县政务服务办公室2023年上半年工作总结和下半年工作思路
    ("blind20/luzhai_approval_bureau_2025.txt", "上半年"),  # 鹿寨县行政审批局2025年上半年工作总结及下半年工作计划
    ("blind14/county_service_centre_2020.txt", ""),  # 政务服务中心2019年工作总结及2020年计划
    ("blind23/ningxia_legal_affairs_office_2005.txt", ""),  # 自治区人民政府法制办公室2005年工作总结暨2006年工作安排
    ("blind23/town_rule_of_law_summary_2023.txt", ""),  # 2023年镇法治政府建设工作总结及2024年工作思路
])
def test_real_headings_of_a_summary_and_a_plan(excerpt: str, part: str) -> None:
    """The five real headings of this shape in the excerpts (blind11, blind14, blind20, blind23), read as add-report
    reads them; the pages corpus holds more of the whole-year kind (2023年XX区卫生健康工作总结及2024年工作计划,
    xiezuofangchengshi.com/doc/69114.html; …2023年工作总结暨2024年工作计划, /doc/70250.html), none with a part."""
    text = (REAL / excerpt).read_text(encoding="utf-8-sig")
    assert report_header.part_of_year(text, report_header.stated(text)["title"]) == part


def test_a_year_s_summary_with_a_half_year_plan_is_a_change_on_last_year(project: Path, tmp_path: Path) -> None:
    """The build reads the stored title as add-report reads the heading: the 2025 summary, its 2026 plan aside."""
    row = _change(project, tmp_path, "鹿寨县2025年工作总结和2026年上半年工作计划")
    assert row["comparable"] and row["change"] == 181, row["not_comparable_reason"]
