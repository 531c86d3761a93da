"""A report text without a title line must not take its first section heading as its title. Trial 20's
银川市 2024 and 武汉市 2023 excerpts start with the body and have "一、主要工作落实情况" or "一、2023年工作情况"
a few lines down: add-report recorded that as the title, did not ask for one, and every page's source line
read 《一、主要工作落实情况》."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from indicators.cli import cli

BODY = "2024年，某市坚持依法行政，全年收到行政复议申请120件。\n"


def added(project: Path, tmp_path: Path, text: str, code: str, year: str, name: str = "page.txt") -> tuple:
    """add-report of `text` as CODE-YEAR: the command's result and the meta.yml it wrote (None if none)."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["add-report", str(source), "--jurisdiction", code, "--year", year],
                                env={"INDICATORS_ROOT": str(project)})
    meta_file = project / "data" / "raw" / "reports" / f"{code}-{year}.meta.yml"
    return result, yaml.safe_load(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else None


@pytest.mark.parametrize("heading", ["一、主要工作落实情况", "（一）2024年工作情况", "1. 工作推进情况",
                                     "??一、2024年法治政府建設情況",
                                     # indented: 江阴市's 12345 bulletin (blind22) was recorded as 《 (一)基本情況》
                                     "  (一)基本情況", "  一、基本情况"])
def test_a_numbered_section_heading_is_not_taken_for_the_title(project: Path, tmp_path: Path, heading: str) -> None:
    result, meta = added(project, tmp_path, BODY + heading + "\n" + BODY, "640100", "2024")
    assert result.exit_code == 0, result.output
    assert meta["title"] == ""
    assert ("  1. 文本未写明 title：请在 data/raw/reports/640100-2024.meta.yml 中填写。data/raw/reports/640100-2024.meta.yml: "
            "title is not stated in the text: fill it in") in result.output.splitlines()


def test_a_title_line_is_still_taken(project: Path, tmp_path: Path) -> None:
    result, meta = added(project, tmp_path, "银川市2024年法治政府建设情况报告\n" + BODY, "640100", "2024")
    assert meta["title"] == "银川市2024年法治政府建设情况报告", result.output


def test_a_title_naming_another_year_than_the_one_given_is_pointed_out(project: Path, tmp_path: Path) -> None:
    """Trial 24 added 吐祥镇's page (blind20), titled 奉节县吐祥镇2025年法治政府建设情况报告, as --year 2024: it
    was added with nothing said, and its figures would read as 2024's."""
    result, _ = added(project, tmp_path, "某镇2025年法治政府建设情况报告\n" + BODY.replace("2024", "2025"), "500236", "2024")
    assert result.exit_code == 0, result.output
    assert ("  1. 标题年份与报告年度不符：data/raw/reports/500236-2024.meta.yml 的标题写的是 2025年，给出的报告年度是 2024："
            "请核对 --year（报告所述的年度）。data/raw/reports/500236-2024.meta.yml: the title names 2025年, the report "
            "year given is 2024: check --year (the year the report is about)") in result.output.splitlines()
    right = tmp_path / "right.txt"
    right.write_text("某镇2024年法治政府建设情况报告\n" + BODY, encoding="utf-8")
    same = CliRunner().invoke(cli, ["add-report", str(right), "--jurisdiction", "500241", "--year", "2024"],
                              env={"INDICATORS_ROOT": str(project)})
    assert same.exit_code == 0 and "the title names" not in same.output, same.output


@pytest.mark.parametrize(("title", "code", "body"), [("奉节县吐祥镇2025年法治政府建设情况报告", "500236", "吐祥镇"),
                                                     ("龙川县司法局2025年法治政府建设年度报告", "441622", "司法局"),
                                                     ("黄石市中级法院、黄石市司法局联合发布行政复议行政诉讼案件分析报告",
                                                      "420200", "中级法院"),
                                                     ("孝感市中级人民法院发布2025年行政审判白皮书", "420900", "中级人民法院"),
                                                     ("德庆县政务服务中心2025年工作总结及2026年计划", "441226", "政务服务中心")])
def test_a_title_naming_a_township_or_department_says_whose_figures_they_become(
        project: Path, tmp_path: Path, title: str, code: str, body: str) -> None:
    """Trial 24 onboarded 吐祥镇's report (blind20) as 奉节县 2025 and 龙川县司法局's as 龙川县 2024: nothing was
    said, and every page read the township's and the bureau's figures as the county's."""
    result, _ = added(project, tmp_path, title + "\n" + BODY.replace("2024", "2025"), code, "2025")
    assert result.exit_code == 0, result.output
    county = title.split(body)[0]
    assert (f"标题所写的不是{county}政府：data/raw/reports/{code}-2025.meta.yml 的标题写的是 {body}：其数字将被当作{county}的"
            f"数字（同级比较、目标、同比）；确属此意才添加；若是{body}自己的报告，在 meta.yml 写 scope: {body}，"
            f"其数字即为{body}的，不计入{county}的指标。") in result.output
    assert (f"data/raw/reports/{code}-2025.meta.yml: the title names {body}, not {county}'s government: its figures "
            f"will be read as {county}'s (peers, targets, year on year); add it only if that is meant") in result.output


def test_a_government_title_says_nothing_of_a_body(project: Path, tmp_path: Path) -> None:
    result, _ = added(project, tmp_path, "镇江市2024年度法治政府建设情况报告\n" + BODY, "321100", "2024")
    assert result.exit_code == 0 and "the title names" not in result.output, result.output


@pytest.mark.parametrize("line", ["标题 济宁市兖州区人民政府2023年度法治政府建设报告",
                                  "标      题: 济宁市兖州区人民政府2023年度法治政府建设报告",
                                  "标 题 | 济宁市兖州区人民政府2023年度法治政府建设报告 |"])
def test_a_title_in_a_disclosure_page_s_metadata_table_is_taken_without_its_label(
        project: Path, tmp_path: Path, line: str) -> None:
    """Trial 25 added 兖州区 2023 (blind21), whose page opens with the disclosure catalogue's table (索引号, 发布机关,
    标题 济宁市兖州区人民政府…): the title and issuer were recorded as "标题 济宁市兖州区人民政府…", and the summary's
    source line read 《标题 济宁市兖州区人民政府2023年度法治政府建设报告》（标题 济宁市兖州区人民政府）."""
    page = ("发布机关 兖州区政府办 统一编号\n" + line + "\n发文字号 济兖政字〔2024〕3号 有效性 有效\n"
            + BODY.replace("2024", "2023"))
    result, meta = added(project, tmp_path, page, "370812", "2023")
    assert result.exit_code == 0, result.output
    assert meta["title"] == "济宁市兖州区人民政府2023年度法治政府建设报告"
    assert meta["issuer"] == "济宁市兖州区人民政府"


def test_a_title_split_under_its_issuer_s_line_is_read_whole_and_names_the_street(project: Path, tmp_path: Path) -> None:
    """Trial 25 added 铜梁区东城街道's report (blind21), whose page opens 重庆市铜梁区人民政府东城街道办事处 / 2024年法治政府建设
    工作报告 on two lines, as 铜梁区 2024: the title was recorded as 2024年法治政府建设工作报告 with no issuer, nothing said
    that the street's figures would be read as the district's, and its year-on-year page set them beside 2022's."""
    page = "重庆市铜梁区人民政府东城街道办事处\n2024年法治政府建设工作报告\n" + BODY
    result, meta = added(project, tmp_path, page, "500151", "2024")
    assert result.exit_code == 0, result.output
    assert meta["title"] == "重庆市铜梁区人民政府东城街道办事处2024年法治政府建设工作报告"
    assert meta["issuer"] == "重庆市铜梁区人民政府东城街道办事处"
    assert ("the title names 东城街道办事处, not 铜梁区's government: its figures will be read as 铜梁区's") in result.output


def test_a_government_s_own_title_under_its_name_says_nothing_of_a_body(project: Path, tmp_path: Path) -> None:
    result, _ = added(project, tmp_path, "重庆市铜梁区人民政府\n2024年法治政府建设工作报告\n" + BODY, "500151", "2024")
    assert result.exit_code == 0 and "the title names" not in result.output, result.output
    meta = yaml.safe_load((project / "data" / "raw" / "reports" / "500151-2024.meta.yml").read_text(encoding="utf-8"))
    assert meta["title"] == "重庆市铜梁区人民政府2024年法治政府建设工作报告" and meta["issuer"] == "重庆市铜梁区人民政府"


@pytest.mark.parametrize("row", ["索引号: | 113417237349680372/202401-00049 | 组配分类: | 决策部署落实情况",
                                 ">政务公开 | >行政执法年度报告 |"])
def test_a_table_row_ending_like_a_title_is_not_one(project: Path, tmp_path: Path, row: str) -> None:
    """Reading a title cell without its bars (above) must not make a catalogue table's row a title: 金华市公安局 2020
    (blind16) would have been titled 《>政务公开 | >行政执法年度报告》."""
    result, meta = added(project, tmp_path, row + "\n金华市公安局2020年法治政府建设年度报告\n" + BODY, "330700", "2024")
    assert meta["title"] == "金华市公安局2020年法治政府建设年度报告", result.output


def test_a_mirrors_pinyin_glosses_are_not_recorded_in_the_title(project: Path, tmp_path: Path) -> None:
    # trial 25: 海珠區 2021 (blind18) was recorded as 廣州市海珠區(qū)…, and every page's source line read so
    result, meta = added(project, tmp_path, "廣州市海珠區(qū)人民政府2021年法治政府建設(shè)情況報告\n" + BODY, "440105", "2021")
    assert meta["title"] == "廣州市海珠區人民政府2021年法治政府建設情況報告", result.output
    assert meta["issuer"] == "廣州市海珠區人民政府"


def test_a_title_broken_after_its_issuer_s_关于_is_read_whole_and_names_the_department(
        project: Path, tmp_path: Path) -> None:
    """Trial 26 added 金华市教育局's report (blind22), whose page breaks its title as 金华市教育局关于2023年法治政府 /
    建设工作情况的报告, as 金华市 2023: the title was recorded as 建设工作情况的报告 with no issuer, and nothing said that the
    bureau's figures would be read as the city's (金华市 2024 is the city government's own report)."""
    result, meta = added(project, tmp_path, "朗读\n金华市教育局关于2023年法治政府\n建设工作情况的报告\n" + BODY, "330700", "2023")
    assert result.exit_code == 0, result.output
    assert meta["title"] == "金华市教育局关于2023年法治政府建设工作情况的报告"
    assert meta["issuer"] == "金华市教育局"
    assert "the title names 教育局, not 金华市's government: its figures will be read as 金华市's" in result.output


@pytest.mark.parametrize(("line", "title", "issuer"), [
    ("泰顺县人民政府关于2023年法治政府建设年度报告 |", "泰顺县人民政府关于2023年法治政府建设年度报告", "泰顺县人民政府"),
    ("白鹤街道2022年度法治政府建设报告 | ||", "白鹤街道2022年度法治政府建设报告", ""),
    ("| 标题: | 皇城镇人民政府2025年度法治政府建设情况报告 | ||", "皇城镇人民政府2025年度法治政府建设情况报告", "皇城镇人民政府"),
    ("乐清市柳市镇2024年法治政府建设年度报告 乐清市柳市镇2024年法治政府建设年度报告 |",
     "乐清市柳市镇2024年法治政府建设年度报告", ""),
])
def test_a_title_in_a_row_s_one_filled_cell_is_taken(project: Path, tmp_path: Path, line: str, title: str,
                                                    issuer: str) -> None:
    """Trial 27 added 泰顺县 2023 (blind14), whose page opens 泰顺县人民政府关于2023年法治政府建设年度报告 | : add-report said
    the title was not stated in the text, since a title never holds a bar; eight of the 950 real texts open so
    (白鹤街道 2022, 皇城镇 2025 with its label cell, 柳市镇 2024 repeating its title in the cell ...)."""
    result, meta = added(project, tmp_path, line + "\n" + BODY.replace("2024", "2023"), "330329", "2023")
    assert result.exit_code == 0, result.output
    assert (meta["title"], meta["issuer"]) == (title, issuer), result.output


@pytest.mark.parametrize(("heading", "part"), [("2020年上半年法治政府建设工作总结", "上半年"),
                                               ("2023年9月份12345政務服務便民熱線運行情況通報", "9月"),
                                               ("某市人民政府办公厅关于2023年第二季度全市行政诉讼情况的通报", "第二季度")])
def test_a_heading_naming_a_part_of_the_year_is_recorded_as_covers(project: Path, tmp_path: Path, heading: str,
                                                                  part: str) -> None:
    """Trial 27 read the real texts filed under a year that report on a half-year, a quarter or a month (麻城市 2020
    上半年, blind5; 江阴市's 9月份 hotline bulletin, blind22, added by trial 26; 银川市 2015 第二季度, blind10): add-report
    said nothing, and every page read their figures as the whole year's. It now writes the period into meta.yml as
    `covers` (in the vocabulary's one way of writing it: 9月份 is 9月), where the analyst sees and corrects it."""
    result, meta = added(project, tmp_path, heading + "\n" + BODY.replace("2024", "2023"), "420100", "2023")
    assert result.exit_code == 0, result.output
    assert meta["covers"] == part
    assert (f"报告标题写的是年内部分时段：data/raw/reports/420100-2023.meta.yml 记为 covers: {part}：其数字不与全年数字作同比、"
            "目标对照或同级排名；若报告涵盖全年，请写 covers: 全年。") in result.output, result.output
    assert (f"data/raw/reports/420100-2023.meta.yml: the report's heading names {part}, a part of the year, recorded as "
            f"covers: {part}: its figures are set against no whole year (year on year, targets, peers); write covers: "
            "全年 if the report covers the whole year") in result.output, result.output


def test_a_plan_s_half_year_after_the_year_s_summary_is_not_recorded_as_covers(project: Path, tmp_path: Path) -> None:
    """Session 29's note: 2023年工作总结和2024年上半年工作计划 was recorded as covers: 上半年, and add-report asked the
    analyst to write covers: 全年. The report sums up 2023; the half year is its plan's."""
    result, meta = added(project, tmp_path, "2023年工作总结和2024年上半年工作计划\n" + BODY.replace("2024", "2023"),
                         "420100", "2023")
    assert result.exit_code == 0, result.output
    assert "covers" not in meta and "a part of the year" not in result.output, result.output


def test_a_part_of_the_year_in_the_body_is_not_pointed_out(project: Path, tmp_path: Path) -> None:
    result, meta = added(project, tmp_path, "某市2023年法治政府建设情况报告\n2023年上半年，全市收到行政复议申请120件。\n",
                         "420100", "2023")
    assert result.exit_code == 0 and "a part of the year" not in result.output, result.output
    assert "covers" not in meta


def test_a_bureau_s_title_naming_no_jurisdiction_is_pointed_out(project: Path, tmp_path: Path) -> None:
    """Trial 27 added 万盛经开区交通局's report (blind22: 重庆市万盛经开区交通局2021年法治政府建设年度报告) as 綦江区 2021, whose
    district holds 万盛: the title does not name 綦江区, so nothing after its name was read, and nothing was said."""
    result, _ = added(project, tmp_path, "重庆市万盛经开区交通局2021年法治政府建设年度报告\n" + BODY.replace("2024", "2021"),
                      "500110", "2021")
    assert ("the title names 重庆市万盛经开区交通局, not 綦江区's government: its figures will be read as 綦江区's"
            ) in result.output, result.output
    own, _ = added(project, tmp_path, "昌吉州人民政府2024年度法治政府建设情况报告\n" + BODY, "652300", "2024", "own.txt")
    assert own.exit_code == 0 and "the title names" not in own.output, own.output


def test_a_title_broken_after_its_year_is_read_whole(project: Path, tmp_path: Path) -> None:
    """Trial 27 added 昌吉州 2024 (blind19), whose page breaks its title as 昌吉州人民政府2024年度法治政府 / 建设情况报告: the
    title was recorded as 建设情况报告, which every page's source line printed, with no issuer (so, over the real texts,
    was 色尼区 2025's 关于那曲市色尼区2025年度法治政府 / 建设情况的报告, blind5)."""
    result, meta = added(project, tmp_path, "昌吉州人民政府2024年度法治政府\n建设情况报告\n" + BODY, "652300", "2024")
    assert result.exit_code == 0, result.output
    assert (meta["title"], meta["issuer"]) == ("昌吉州人民政府2024年度法治政府建设情况报告", "昌吉州人民政府")


def test_a_title_naming_its_body_under_its_issuers_line_is_not_joined_to_it(project: Path, tmp_path: Path) -> None:
    """石鼻镇 2024 (blind20) opens 中共石鼻镇委员会 石鼻镇人民政府 / 石鼻镇2024年法治政府建设工作情况报告: the issuers' line was
    joined to a title that already names the township, and add-report said "the title names 中共石鼻镇委员会
    石鼻镇人民政府石鼻镇, not 安义县's government". The title is the second line; the first is its issuers."""
    page = "中共石鼻镇委员会 石鼻镇人民政府\n石鼻镇2024年法治政府建设工作情况报告\n" + BODY
    result, meta = added(project, tmp_path, page, "360123", "2024")
    assert result.exit_code == 0, result.output
    assert meta["title"] == "石鼻镇2024年法治政府建设工作情况报告"
    assert meta["issuer"] == "中共石鼻镇委员会 石鼻镇人民政府"
    assert "the title names 石鼻镇, not 安义县's government: its figures will be read as 安义县's" in result.output


def test_a_summary_with_its_plan_joined_is_a_title(project: Path, tmp_path: Path) -> None:
    """qa44's county service centre page opened with 政务服务中心2019年工作总结及2020年计划: it was not read as a title
    (a title ended with 报告, 情况 or 总结), so add-report asked for one and said nothing of the centre."""
    result, meta = added(project, tmp_path, "政务服务中心2024年工作总结及2025年计划\n" + BODY, "441226", "2024")
    assert result.exit_code == 0, result.output
    assert meta["title"] == "政务服务中心2024年工作总结及2025年计划"
    assert "the title names 政务服务中心, not 德庆县's government" in result.output
    assert "covers" not in meta  # the plan's year is not the report's part (raw/covers.py)



@pytest.mark.parametrize(("line", "issuer"), [
    ("某市人民政府办公厅关于2023年度法治政府建设情况的报告", "某市人民政府办公厅"),
    ("某县人民政府办公室2023年法治政府建设工作报告", "某县人民政府办公室"),
    ("某区人民政府东城街道办事处2023年法治政府建设工作报告", "某区人民政府东城街道办事处"),
    ("某县人民政府关于2023年法治政府建设情况的报告", "某县人民政府"),
    ("某县人民政府2023年法治政府建设年度报告", "某县人民政府"),
])
def test_the_government_s_office_or_street_office_is_the_issuer_not_the_government(
        project: Path, tmp_path: Path, line: str, issuer: str) -> None:
    """The issuer was the shortest name ending in 人民政府: a report of the government's office (人民政府办公厅关于…)
    was recorded as the government's own, and every page's source line named the wrong issuer."""
    result, meta = added(project, tmp_path, line + "\n" + BODY.replace("2024", "2023"), "330329", "2023")
    assert result.exit_code == 0, result.output
    assert meta["issuer"] == issuer, result.output
