"""What `add-report` prints (the Added line, "To review next" and each step) and `extract`'s count line read
Chinese first, the English beside: the analysts in justice bureaus read Chinese, and the pages, the --help texts and
`check`'s count already put it first. Every step add-report can list is reached by one of the pages below, so a
step left English only fails here."""

from __future__ import annotations

import re
from pathlib import Path

from onboarded_page import run

BODY = "{year}年，区政府收到行政复议申请120件，受理98件，审结行政复议案件90件。\n"
# (text, code, year): each page reaches some of the steps, together all of them
PAGES = [
    ("奉节县吐祥镇2025年法治政府建设情况报告\n" + BODY.format(year=2025), "500236", "2024"),  # another year, a township
    ("高要区人民政府关于2018年度法治政府建设情况的报告\n" + BODY.format(year=2018), "441203", "2018"),  # another county
    ("某市人民政府办公厅关于2023年第二季度全市行政诉讼情况的通报\n" + BODY.format(year=2023), "420100", "2023"),  # a quarter
    ("浙江省人民政府新闻\n上半年，全省共受理行政复议案件1200件，办结900件。\n1-6月，新增备案规范性文件30件。\n",
     "330000", "2023"),  # no title, figures of a half year
    ("天津市静海区人民政府\n关于2024年法治政府建设报告\n静海区坚持依法行政，法治政府建设取得新成效。\n",
     "120118", "2024"),  # no candidate figure
]
# the English of each step, as it was before the Chinese was put first
STEPS = ["the report year given is", "check --jurisdiction", "add it only if that is meant",
         "the report's heading names", "candidate figures are read as a part of the year", "title is not stated",
         "issuer is not stated", "no candidate figure was found", "give each row you keep a metric_id",
         "save the reviewed rows as"]
CJK = re.compile(r"[\u3400-\u9fff]")
LETTER = re.compile(r"[A-Za-z]")


def chinese_first(line: str) -> bool:
    """The line holds a Chinese character before its first ASCII letter."""
    cjk, letter = CJK.search(line), LETTER.search(line)
    return cjk is not None and (letter is None or cjk.start() < letter.start())


def test_every_line_add_report_prints_reads_chinese_first(project: Path, tmp_path: Path) -> None:
    printed: list[str] = []
    for number, (text, code, year) in enumerate(PAGES):
        source = tmp_path / f"page{number}.txt"
        source.write_text(text, encoding="utf-8")
        result = run(project, "add-report", str(source), "--jurisdiction", code, "--year", year)
        assert result.exit_code == 0, result.output
        printed += result.output.splitlines()
    assert [step for step in STEPS if not any(step in line for line in printed)] == []  # every step was reached
    assert [line for line in printed if not chinese_first(line)] == []
    assert sum(line.endswith("To review next:") for line in printed) == len(PAGES)


def test_extract_count_line_reads_chinese_first(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(PAGES[1][0], encoding="utf-8")
    result = run(project, "extract", str(source), "--jurisdiction", "441203", "--year", "2018", "--out",
                 str(tmp_path / "out.csv"))
    assert result.exit_code == 0, result.output
    [line] = result.stderr.splitlines()
    assert chinese_first(line) and "after review save as data/raw/figures/441203-2018.csv" in line, line
