"""Round 115 (#17): what blind107 showed that recurs in any report.

Named: licensing applications counted after 收到, and 受理 alone in the clause after them; a form's count of
interpretations named 公开数; news and key-area information counted by their column with 全年 before the verb.
Unnamed: service items whose procedure was improved (a part of the list); the Party committee's normative documents;
documents drafted and revised counted as one (制修订).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_licensing_applications_received_and_accepted(checkout_rules) -> None:
    text = "全年收到行政许可申请9210件，受理 8870件，准予许可8012件。"
    assert named(text, 2024, checkout_rules) == {
        "9210": "licensing_applications", "8870": "licensing_accepted", "8012": "licensing_granted"}


def test_interpretations_counted_as_a_forms_gongkaishu(checkout_rules) -> None:
    assert named("其中政策解读信息公开数4条。", 2024, checkout_rules)["4"] == "disclosure_interpretations"


def test_information_counted_by_its_column(checkout_rules) -> None:
    text = "2023年县政府门户网站发布信息9100条，其中政务要闻栏目全年发布信息3120条、重点领域公开栏目发布信息47条。"
    values = named(text, 2023, checkout_rules)
    assert (values["3120"], values["47"]) == ("disclosure_news_items", "disclosure_key_area_items")


def test_items_whose_procedure_was_improved_are_a_part(checkout_rules) -> None:
    assert named("二是优化48项政务服务事项办理流程。", 2025, checkout_rules)["48"] == ""


def test_the_party_committees_normative_documents_are_not_the_governments(checkout_rules) -> None:
    assert named("清理市委规范性文件37件。", 2025, checkout_rules)["37"] == ""
    assert named("清理市政府规范性文件37件。", 2025, checkout_rules)["37"] == "normative_docs_reviewed"


def test_documents_drafted_and_revised_as_one_take_no_metric(checkout_rules) -> None:
    assert named("评估、制修订行政规范性文件9件。", 2025, checkout_rules)["9"] == ""
    assert named("先后制定和修订条例等120余部地方性法规。", 2024, checkout_rules)["120"] == ""
