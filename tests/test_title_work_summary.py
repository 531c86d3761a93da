"""A report titled as a 工作总结 (a summary of the year's or half year's work): qa38 onboarded 麻城市's
2020年上半年法治政府建设工作总结 and add-report recorded no title, though it read covers 上半年 from that line; 11 of its
14 excerpts asked for one. The lines here are made up."""

from __future__ import annotations

import pytest

from indicators import report_header

BODY = "2020年上半年，全市办理行政复议案件12件。\n"


@pytest.mark.parametrize("title", [
    "某市2020年上半年法治政府建设工作总结",
    "2021年度依法行政工作总结",
    "某县司法局2019年法治政府建设工作總結",
])
def test_a_work_summary_heading_is_the_title(title: str) -> None:
    assert report_header.stated(title + "\n" + BODY)["title"] == title


def test_a_numbered_summary_section_is_not_a_title() -> None:
    assert report_header.stated("三、2020年上半年工作总结\n" + BODY)["title"] == ""


def test_a_site_path_ending_in_a_summary_column_is_not_the_title() -> None:
    """Three real pages open with their site's path, 政务公开 > 规划计划 > 计划总结, above their title."""
    text = "> 政务公开 > 规划计划 > 计划总结\n某县人民政府关于2024年度法治政府建设情况的报告\n" + BODY
    assert report_header.stated(text)["title"] == "某县人民政府关于2024年度法治政府建设情况的报告"
