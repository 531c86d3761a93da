"""A site's column name in 【】 before a report's title is not part of it: 湖北省 2022 (blind24, onboarded in qa33)
opens 【省政府法治建设报告】湖北省人民政府关于2022年度法治政府建设情况的报告; add-report recorded that whole line as the
title and 【省政府 as the issuer, asked for neither, and every page's source line read 《【省政府法治建设报告】…》（【省政府）."""

from __future__ import annotations

from indicators import report_header

PAGE = ("【省政府法治建设报告】湖北省人民政府关于2022年度法治政府建设情况的报告\n"
        "索 引 号 | 011043217/2023-07888 | 分 类 | 司法 |\n"
        "2022年，省政府先后研究综合行政执法改革等法治政府建设工作30余次。\n")


def test_a_column_name_in_brackets_is_neither_title_nor_issuer() -> None:
    stated = report_header.stated(PAGE)
    assert stated["title"] == "湖北省人民政府关于2022年度法治政府建设情况的报告"
    assert stated["issuer"] == "湖北省人民政府"


def test_brackets_inside_a_title_stay() -> None:
    stated = report_header.stated("某县人民政府关于【2022】年度法治政府建设情况的报告\n" + PAGE.split("\n", 1)[1])
    assert stated["title"] == "某县人民政府关于【2022】年度法治政府建设情况的报告"
