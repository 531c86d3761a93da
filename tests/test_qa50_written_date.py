"""qa50: a page's 成文日期 (the date the document was signed, a field of every 政府信息公开 page) is its signed_date.

郑州市 2024's page reads 成文日期:2025-03-17 and 发布日期:2025-03-28 above the report; add-report wrote
published_date and left signed_date empty, so the summary's source line named no date the report was signed."""

from __future__ import annotations

from indicators.report_header import stated

ZHENGZHOU = (
    "郑州市人民政府2024年度法治政府建设情况报告\n\n"
    "  • 索引号:747445745/2025-00036\n  • 发布机构:郑州市人民政府\n"
    "  • 成文日期:2025-03-17\n  • 发布日期:2025-03-28\n"
    "  • 郑州市人民政府2024年度法治政府建设情况报告\n\n"
    "    2024年,郑州市在省委、省政府的正确领导下,全面推进法治政府建设各项工作取得明显成效。\n"
)


def test_written_date_is_the_signed_date():
    found = stated(ZHENGZHOU)
    assert found["signed_date"] == "2025-03-17"
    assert found["published_date"] == "2025-03-28"


def test_a_closing_date_line_still_wins():
    found = stated(ZHENGZHOU + "\n郑州市人民政府\n2025年3月16日\n")
    assert found["signed_date"] == "2025-03-16"


def test_a_written_date_after_publication_is_not_taken():
    found = stated(ZHENGZHOU.replace("成文日期:2025-03-17", "成文日期:2025-04-17"))
    assert found["signed_date"] == ""  # the build would refuse a report signed after it was published


def test_no_written_date_no_signed_date():
    assert stated(ZHENGZHOU.replace("  • 成文日期:2025-03-17\n", ""))["signed_date"] == ""


WENZHOU = ("关于2024年度温州市行政复议工作的报告\n\n发布时期:2025-08-20 信息来源:市人大 作者:\n\n温州市司法局\n\n"
           "2024年,在市人大常委会的细致指导下,全市行政复议机构全面贯彻党的二十届三中全会精神。\n")
HUANGSHI = ("黄石市2020年度行政复议、行政应诉案件统计分析报告\n\n来源:黄石市司法局      时间:2021-03-16 08:50\n\n"
            "一、基本概况\n\n收件和办理情况。全市各级行政复议机关共收到行政复议申请107件。\n")


def test_a_header_time_is_the_published_date():
    """qa50's 黄石市 2020 (来源:黄石市司法局 时间:2021-03-16) and 温州市 2024 (发布时期:2025-08-20) got none."""
    assert stated(HUANGSHI)["published_date"] == "2021-03-16"
    assert stated(WENZHOU)["published_date"] == "2025-08-20"


def test_a_time_in_the_body_is_not_the_published_date():
    body = "黄石市2020年度行政复议工作报告\n\n" + "正文。\n" * 20 + "受理时间:2020-05-06\n"
    assert stated(body)["published_date"] == ""
