"""Round 103 (#17): what blind95 showed that recurs in any report.

Named: 街办动态; a press conference held to explain policies (召开新闻发布会解读政策文件4场次); the appearance share stated
before its words (开庭案件100%出庭应诉); 更新发布信息 as the proactive total (not after 网站, whose count is the portal
convention's); 非本部门掌握 as not held; documents to be amended and published again (需修订后重新发布). Unnamed: a
procuratorate's public-interest suits (公益诉讼) and the kind 其他主动公开信息.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_disclosure_kinds_conferences_and_outcomes(checkout_rules) -> None:
    text = "主动公开街办动态62条。其中市人民政府召开新闻发布会解读政策文件5场次。"
    read = named(text, 2024, checkout_rules)
    assert read["62"] == "disclosure_township_updates" and read["5"] == "press_conferences"
    text = "2025年，全年累计更新发布信息416条，其中机构概况8条。"
    assert named(text, 2025, checkout_rules)["416"] == "disclosure_proactive_items"
    text = "我局今年共收到政府信息公开申请9件，其中7件属于非本部门掌握，2件属于已主动公开事项。"
    assert named(text, 2025, checkout_rules)["7"] == "disclosure_not_held"


def test_appearance_share_and_documents_to_amend(checkout_rules) -> None:
    text = "认真落实行政机关负责人出庭应诉制度，开庭案件100%出庭应诉。"
    assert named(text, 2024, checkout_rules)["100"] == "litigation_appearance_rate_stated"
    text = "确认其中继续有效的行政规范性文件64件，需修订后重新发布的行政规范性文件6件。"
    assert named(text, 2023, checkout_rules)["6"] == "normative_docs_to_amend"


def test_public_interest_suits_and_other_kinds_stay_unnamed(checkout_rules) -> None:
    assert named("立案办理民事、行政公益诉讼案件37件。", 2024, checkout_rules)["37"] == ""
    text = "全年主动公开信息90条，其中工作动态61条，其他主动公开信息12条。"
    assert named(text, 2025, checkout_rules)["12"] == ""
