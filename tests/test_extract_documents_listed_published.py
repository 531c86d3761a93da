"""Normative documents listed bare among the kinds of information published proactively (#17): 主动公开政府信息
100条，其中行政规范性文件13件 names normative_docs_published, as the curators of 30 excerpts name it, though no verb
stands right before the documents. Not a compound kind (政策、规范性文件类信息17条, policy and normative documents
counted together), and documents in force published in the list are the catalog's documents in force.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_documents_as_a_kind_of_the_information_published(checkout_rules) -> None:
    text = "2024年，主动公开政府信息100条，其中行政规范性文件13件，政策解读9条。"
    assert named(text, 2024, checkout_rules)["13"] == "normative_docs_published"


def test_documents_after_another_kinds_count(checkout_rules) -> None:
    text = "全年主动公开政府信息2000条，其中重点领域551条、规范性文件35件、解读类信息69条。"
    assert named(text, 2023, checkout_rules)["35"] == "normative_docs_published"


def test_policy_and_normative_documents_counted_together(checkout_rules) -> None:
    text = "全年主动公开政府信息300条，其中政策、规范性文件类信息17条。"
    assert named(text, 2021, checkout_rules)["17"] == ""


def test_documents_in_force_published_in_a_list(checkout_rules) -> None:
    text = "主动公开政府信息5000条，集中公开现行有效的政府规章6件、规范性文件212件。"
    assert named(text, 2022, checkout_rules)["212"] == "normative_docs_in_force"


def test_documents_without_a_proactive_count_before_them(checkout_rules) -> None:
    text = "2024年，开展规范性文件清理，其中规范性文件40件拟修改。"
    assert named(text, 2024, checkout_rules)["40"] != "normative_docs_published"
