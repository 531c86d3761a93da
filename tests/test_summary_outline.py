"""The 纲要 items (data/raw/catalog/outline_items.csv) and the summary's sentences on them: a quote
always comes with the page it was read on and the other way round, the items the report gives no
figure for are listed one by one, and the ones it states are not, with their figures."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from indicators.publish import summary
from indicators.read import analysis

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ITEMS = _rows(RAW / "catalog" / "outline_items.csv")


@pytest.mark.parametrize("item", ITEMS, ids=[i["item_id"] for i in ITEMS])
def test_a_quote_comes_with_its_page_and_a_page_with_its_quote(item: dict[str, str]) -> None:
    assert bool(item["quote"].strip()) == bool(item["source_url"].strip()), item
    assert item["note"].strip(), "every item says where its words come from, or why there are none"
    if item["quote"]:
        assert item["source_url"].startswith(("http://", "https://"))
        assert "reprint" in item["note"] or ".gov.cn" in item["source_url"], "a reprint says so in its note"


def test_the_items_the_issue_names_are_there_with_metrics() -> None:
    names = {i["name_zh"]: i["metric_ids"].split() for i in ITEMS}
    for name in ("行政应诉", "行政机关负责人出庭应诉率", "重大行政决策", "政务公开", "政府法律顾问"):
        assert names[name], name
    assert len(ITEMS) >= 10 and sum(bool(i["quote"]) for i in ITEMS) >= 2


def test_the_summary_lists_each_item_the_report_does_not_state(raw_dir: Path, built_db: Path) -> None:
    figures = {row["metric_id"] for row in _rows(raw_dir / "figures" / "441284-2017.csv") if row["period"] == "2017"}
    unstated = [i for i in ITEMS if not set(i["metric_ids"].split()) & figures]
    stated = [i for i in ITEMS if i not in unstated]
    assert unstated and stated  # the bundled report has both kinds
    lines = summary.outline_sentences(analysis.outline_gaps("441284", 2017, built_db))
    listed = [line.split("：", 1)[0] for line in lines if "：报告未提供" in line]
    assert listed == [i["name_zh"] for i in unstated]
    (given,) = [line for line in lines if line.startswith("报告已提供：")]
    for item in stated:
        assert f"{item['name_zh']}（" in given
    assert "清理审核的现行有效规范性文件 221份" in given and "行政复议案件 25件" in given


def test_that_the_纲要_words_were_not_retrieved_is_said_once_after_the_items(built_db: Path) -> None:
    """Onboarding 南昌县 2019 (round2): ten of the summary's twelve 纲要 lines ended in 纲要原文本条未检索到，未予引用,
    the same words again on a one-page summary. They are said once, after the items they concern."""
    lines = summary.outline_sentences(analysis.outline_gaps("441284", 2017, built_db))
    unquoted = [i["name_zh"] for i in ITEMS if not i["quote"]]
    missing = [line for line in lines if "：报告未提供" in line]
    assert any(line.split("：", 1)[0] in unquoted for line in missing)  # the bundled report has such an item
    assert [line for line in lines if "未检索到" in line] == [summary.NOT_RETRIEVED]
    assert lines.index(summary.NOT_RETRIEVED) == lines.index(missing[-1]) + 1
    for line in missing:
        quoted = line.split("：", 1)[0] not in unquoted
        assert ("纲要原文：“" in line) == quoted, line


def test_an_item_shows_the_纲要_words_with_their_page() -> None:
    item = pd.Series({"quote": "支持人民法院依法受理行政案件", "source_url": "http://m.brrs.cn/c/2016-07-07/907075.shtml"})
    assert summary.outline_words(item) == ("纲要原文：“支持人民法院依法受理行政案件……”（中发〔2015〕36号，"
                                           "转引自http://m.brrs.cn/c/2016-07-07/907075.shtml）")
    official = pd.Series({"quote": "原文", "source_url": "https://www.gov.cn/zhengce/2015-12/27/content_5028323.htm"})
    assert "，见https://www.gov.cn/" in summary.outline_words(official)


def test_a_report_after_the_纲要s_years_is_not_read_against_it(project: Path, tmp_path: Path) -> None:
    """Found onboarding 阎良区 2024 (blind20): its summary listed eleven items 'the 纲要 requires and the report
    does not state', quoting 中发〔2015〕36号 (2015－2020) for a 2024 report."""
    from onboarded_page import add_page, build

    page = "某区人民政府2024年法治政府建设情况报告\n2024年，区政府常务会议会前学法4次。\n"
    add_page(project, tmp_path, page, "610114-2024", "某区人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "610114-2024", "executive_law_study_sessions,2024,4,次,,区政府常务会议会前学法4次,\n",
                 db).exit_code == 0
    lines = summary.outline_sentences(analysis.outline_gaps("610114", 2024, db))
    assert lines == ["纲要（2015－2020年）的条目适用于2015—2020年的报告，本报告是2024年的，不逐项对照"
                     "（the 2015-2020 纲要 does not cover a 2024 report）。"]
    in_force = summary.outline_sentences(analysis.outline_gaps("441284", 2017, db))
    assert any("：报告未提供" in line for line in in_force) and not any("不逐项对照" in line for line in in_force)


def test_an_item_the_report_states_for_another_year_is_not_said_to_be_missing(project: Path, tmp_path: Path) -> None:
    """Trial 24: 龙岗区 2015 (blind17) states its power list as the 2014 work (53个单位, 12934个事项, 精简审批
    事项121项); its summary said 权力清单和责任清单 and 行政审批制度改革: 报告未提供该项数字."""
    from onboarded_page import add_page, build

    page = "某区人民政府2015年度依法行政工作报告\n全区53个单位共梳理了12934个行政权责事项，精简审批事项121项。\n"
    add_page(project, tmp_path, page, "440307-2015", "某区人民政府")
    db = tmp_path / "db.duckdb"
    rows = ("power_list_items,2014,12934,个,,全区53个单位共梳理了12934个行政权责事项,\n"
            "licensing_items_removed,2014,121,项,,精简审批事项121项,\n")
    assert build(project, "440307-2015", rows, db).exit_code == 0
    lines = summary.outline_sentences(analysis.outline_gaps("440307", 2015, db))
    missing = [line.split("：", 1)[0] for line in lines if "：报告未提供" in line]
    assert "权力清单和责任清单" not in missing and "行政审批制度改革" not in missing
    (given,) = [line for line in lines if line.startswith("报告已提供：")]
    assert "权责清单事项数 12934个（2014年）" in given and "取消的行政审批事项 121项（2014年）" in given


@pytest.mark.parametrize(("sentence", "row", "given"), [
    ("市政府举办依法行政专题培训班，法制办主任等200多人参加了培训。",
     "law_trainees,2015,200,人,lower_bound,法制办主任等200多人参加了培训,", "参加法治培训的人数 ≥ 200人"),
    ("县委常委会、县政府常务会议集体学法16次。",
     "leadership_law_study_sessions,2015,16,次,,县委常委会、县政府常务会议集体学法16次,", "党政领导班子集体学法次数 16次"),
])
def test_the_persons_trained_in_law_state_the_study_and_training_item(
        project: Path, tmp_path: Path, sentence: str, row: str, given: str) -> None:
    """Trial 25 onboarded 咸宁市 2015 (blind21), whose one figure is 法制办主任等200多人参加了培训 (law_trainees):
    its summary said 政府工作人员学法和法治培训：报告未提供该项数字, since the item counted only study sessions,
    lectures and enforcement staff's training, not the persons trained in law (nor the leadership's joint study
    sessions, 嘉善县 2024's 县委常委会会议、县政府常务会议开展各类学法16次, blind18)."""
    from onboarded_page import add_page, build

    add_page(project, tmp_path, "咸宁市2015年度依法行政工作报告\n" + sentence + "\n", "421200-2015", "咸宁市人民政府")
    db = tmp_path / "db.duckdb"
    assert build(project, "421200-2015", row + "\n", db).exit_code == 0
    lines = summary.outline_sentences(analysis.outline_gaps("421200", 2015, db))
    assert not any(line.startswith("政府工作人员学法和法治培训：报告未提供") for line in lines), lines
    (stated,) = [line for line in lines if line.startswith("报告已提供：")]
    assert "政府工作人员学法和法治培训（" in stated and given in stated, stated
