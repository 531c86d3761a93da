"""The report profile lists every figure of a report, each with its sentence: most real reports feed no
indicator (an indicator needs its numerator's and its denominator's figures), and their figures must
still be on the page, not only in the exports. Run on the bundled report and the imperfect fixtures
(tests/imperfect_reports/), through the query and the section function the notebook calls."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import imperfect
import pytest
from onboarded_page import add_page, build

from indicators.build import build_database
from indicators.publish import sections
from indicators.read import analysis


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report and the three imperfect ones in one database."""
    return imperfect.built(tmp_path_factory.mktemp("report-figures"))


def _page(jurisdiction: str, year: int, db_path: Path) -> str:
    """The section as the page shows it, as text between tags."""
    html = sections.figures_tables(analysis.report_figures(jurisdiction, year, db_path)).data
    return re.sub(r"<style\b.*?</style>", "", html, flags=re.S)


def _rows(page: str) -> list[list[str]]:
    """The cells of every table row of the section."""
    return [re.findall(r"<td [^>]*>(.*?)</td>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", page, re.S)
            if "<td " in row]


def test_every_figure_of_the_report_is_listed_with_its_quote_and_period(db: Path) -> None:
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("select count(*) from figures where report_id = '441284-2017'").fetchone()[0]
    page = _page("441284", 2017, db)
    rows = _rows(page)
    assert len(rows) == stored == 45 and f"共 {stored} 个数字" in page
    power_list = next(r for r in rows if r[0].startswith("公布权责清单的部门数 Departments"))
    assert power_list[1:3] == ["39个", "2015年（非报告年度 not the report year）"]
    assert power_list[-1] == "通过市政府门户网站及时向社会公开我市39个部门的权责清单5749项"
    assert all(r[-1] for r in rows)  # every figure with its sentence
    assert sum("非报告年度" in r[2] for r in rows) == 3  # 2015 power lists, 2016 officers cleared


def test_figures_are_grouped_by_dimension_in_the_catalogs_order(db: Path) -> None:
    headings = re.findall(r"<h3>(.*?) [A-Z]", _page("441284", 2017, db))
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute("select name_zh from dimensions order by position").fetchall()]
    assert headings == names[:5]  # the bundled report states no figure of the sixth (法治意识)


def test_a_bound_keeps_its_sign(db: Path) -> None:
    values = {r[0].split(" ")[0]: r[1] for r in _rows(_page("441226", 2017, db))}
    assert values["开办企业全流程时限（改革后）"] == "≤ 5个工作日"
    assert values["开办企业全流程时限（改革前）"] == "20个工作日"
    assert values["网上全流程办理事项"] == "≥ 300项" and values["行政许可事项"] == "约 400项"


def test_a_figure_with_a_scope_says_whose_it_is(db: Path) -> None:
    rows = [r for r in _rows(_page("441284", 2017, db)) if r[0].startswith("清理不符合资格的行政执法人员")]
    by_year = {r[2][:5]: r[3] for r in rows}
    assert by_year == {"2016年": "", "2017年": "范围 scope：市水务局水政监察大队（非全辖区 not the whole jurisdiction）"}


def test_the_scope_column_is_left_out_when_no_figure_has_a_scope(db: Path) -> None:
    page = _page("441226", 2017, db)
    assert "范围与口径" not in page and "<th " in page


def test_a_partial_report_shows_its_few_figures_without_missing_values(db: Path) -> None:
    page = _page("441224", 2017, db)
    assert [r[1:] for r in _rows(page)] == [["400项", "2017年", "全县梳理行政许可事项400项"],
                                            ["380项", "2017年", "其中网上全流程办理事项380项"]]
    assert not re.search(r"\bnan\b|\bNaN\b|\bNone\b|<NA>|\d\.0(?!\d)", re.sub(r"<[^>]+>", " ", page))


def test_a_figure_stored_in_another_scale_reads_as_the_report_writes_it(project: Path, tmp_path: Path) -> None:
    """10万余场次 is stored as ≥ 100000 次 and 650元 as 0.065 万元 (sums add like with like); the page shows
    the report's words, with the bound's sign."""
    add_page(project, tmp_path, "某省人民政府2023年法治政府建设情况报告\n2023年，全省举办宣传宣讲10万余场次，另一案罚款650元。\n",
             "340000-2023", "某省人民政府")
    db = tmp_path / "db.duckdb"
    built = build(project, "340000-2023", "publicity_events,2023,10,万场次,lower_bound,全省举办宣传宣讲10万余场次,\n"
                                          "enforcement_fines,2023,650,元,,另一案罚款650元,\n", db)
    assert built.exit_code == 0, built.output
    values = {r[0].split(" ")[0]: r[1] for r in _rows(_page("340000", 2023, db))}
    assert values == {"普法宣传活动": "≥ 10万场次", "罚没金额": "650元"}


def test_a_value_finer_than_two_decimals_keeps_its_digits(db: Path, tmp_path: Path) -> None:
    """650元 of a metric in 万元 is stored as 0.065 万元: never shown as 0.07."""
    copy = tmp_path / "indicators.duckdb"
    shutil.copy(db, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("update figures set metric_id = 'enforcement_fines', value = 0.065, value_text = '0.065', "
                    "unit = '万元' where report_id = '441224-2017' and metric_id = 'licensing_items'")
    assert "0.065万元" in [r[1] for r in _rows(_page("441224", 2017, copy))]


def test_a_report_without_figures_gets_one_line(tmp_path: Path) -> None:
    """A report whose figures file is not there yet builds (nothing refuses it); its section says so."""
    raw = imperfect.raw_folder(tmp_path, ("partial",))
    (raw / "figures" / "441224-2017.csv").unlink()
    db = build_database(raw_dir=raw, db_path=tmp_path / "indicators.duckdb").db_path
    page = _page("441224", 2017, db)
    assert page == "<p>本报告没有已整理的数字（no figures have been curated from this report）。</p>"
