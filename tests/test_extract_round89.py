"""Round 89 (#17): what blind81 showed that recurs in any report.

Named: the documents sent to the congress's standing committee (向市人大常委会报送规范性文件23件); powers given to
townships with 赋权; a gazette's issues counted before its title; a site's posts with its quoted name between
(政府网站“某某政府在线”发布信息143条); requests concluded named 公开申请; the bodies that issued a 谁执法谁普法 list,
counted in 家; a plan's tasks named bare after their count.
A list item's own verb decides between removed and delegated (取消63项、下放670项…事项).
Not named: a site's quoted column (政府网站“乡镇之窗”栏目), and a total to date followed by 本年度新增.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_documents_sent_to_the_congress(checkout_rules) -> None:
    text = "2012年，市人民政府共向市人大常委会报送规范性文件23件，均符合规定。"
    assert named(text, 2012, checkout_rules)["23"] == "normative_docs_filed_with_congress"


def test_powers_given_to_townships_and_the_plan_s_tasks(checkout_rules) -> None:
    text = ("大力推行乡镇综合行政执法改革，向乡镇(街道)赋权116项。"
            "制定法治建设重点工作任务措施清单，明确法治建设735项任务，完成中期评估。"
            "53家单位出台年度“谁执法谁普法”责任清单。")
    read = named(text, 2020, checkout_rules)
    assert read["116"] == "items_delegated_to_townships" and read["735"] == "rule_of_law_tasks"
    assert read["53"] == "publicity_responsibility_units"


def test_a_disclosure_report_s_gazette_site_and_requests(checkout_rules) -> None:
    text = ("（一）主动公开情况。全年共通过政府网站“某区政府在线”发布信息143条。"
            "2024年共完成9期《某市人民政府公报》的编辑出版和发行。\n"
            "（二）依申请公开情况。本年度收到公开申请3件，办结公开申请2件。")
    read = named(text, 2024, checkout_rules)
    assert read["143"] == "disclosure_website_posts" and read["9"] == "government_gazette_issues"
    assert read["2"] == "disclosure_requests_concluded"


def test_a_site_s_column_and_a_total_to_date(checkout_rules) -> None:
    column = "政府网站“乡镇之窗”栏目发布信息4条。"
    total = "通过市政府门户网站等平台，累计主动公开政府信息3819条，本年度新增295条。"
    assert named(column, 2021, checkout_rules).get("4", "") == ""
    assert named(total, 2024, checkout_rules).get("3819", "") == ""


def test_delegated_items_after_removed_ones_in_one_list(checkout_rules) -> None:
    text = "2015年共取消63项、下放670项市级行政权力事项。"
    assert named(text, 2015, checkout_rules)["670"] == "items_delegated"
