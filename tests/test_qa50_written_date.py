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
