"""A title on one line after a site's banner: qa33 onboarded 湖北省 2023 (blind9), whose page opens
秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度…的报告; add-report recorded no title. A title form
(…关于…的报告, …年…报告) ending such a line is read after the site words; a line of site words alone gives none.
The lines are made up, of other banner shapes than that page's."""

from __future__ import annotations

import pytest

from indicators import report_header

BODY = "2023年，全县办理行政复议案件12件。\n"


@pytest.mark.parametrize(("first", "title", "issuer"), [
    ("某市人民政府门户网站 首页 > 政务公开 > 法治政府建设 > 正文 某县人民政府关于2023年度法治政府建设情况的报告",
     "某县人民政府关于2023年度法治政府建设情况的报告", "某县人民政府"),  # a site name, crumbs down to 正文
    ("当前位置：首页 > 政务公开 > 某县2023年法治政府建设情况报告", "某县2023年法治政府建设情况报告", ""),  # a path
    ("某市人民政府门户网站某县司法局2023年法治政府建设工作报告", "某县司法局2023年法治政府建设工作报告", "某县司法局"),
    ("法治资讯网—政务资料每日更新 http://www.fzzx.example.cn/a/1.html 某区人民政府关于2023年法治政府建设情况的报告",
     "某区人民政府关于2023年法治政府建设情况的报告", "某区人民政府"),  # a site name and its address
])
def test_a_title_after_site_words_is_read(first: str, title: str, issuer: str) -> None:
    stated = report_header.stated(first + "\n" + BODY)
    assert (stated["title"], stated["issuer"]) == (title, issuer)


@pytest.mark.parametrize("first", [
    "当前位置：首页 > 政务公开 > 法治政府建设",  # crumbs only
    "首页 > 政务公开 > 法治政府建设年度报告",  # a column's name, no title form
    "某市人民政府门户网站",  # a banner only
    "您的位置：首页 > 正文",
])
def test_a_line_of_site_words_alone_gives_no_title(first: str) -> None:
    assert report_header.stated(first + "\n" + BODY)["title"] == ""


def test_a_title_with_a_blank_or_a_site_like_word_inside_stays_whole() -> None:
    for title in ("某县人民政府 关于2023年法治政府建设情况的报告", "某市互联网信息办公室关于2023年法治政府建设情况的报告"):
        assert report_header.stated(title + "\n" + BODY)["title"] == title


def test_a_page_saved_without_line_breaks_gives_its_title_after_the_banner() -> None:
    """湖北省 2023's excerpt is one line, banner, title and body: the title is the first title form after the
    site words. A one-line page of body alone gives none."""
    page = "政务资料网 www.zwzl.example.com 某州人民政府关于2023年度法治政府建设情况的报告" + BODY.strip() * 40
    assert report_header.stated(page)["title"] == "某州人民政府关于2023年度法治政府建设情况的报告"
    assert report_header.stated("政务资料网 www.zwzl.example.com " + BODY.strip() * 40)["title"] == ""
