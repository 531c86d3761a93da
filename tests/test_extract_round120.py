"""Round 120 (#17): what blind112 showed that recurs in any report.

Named: regulations passed, counted after 通过 in a clause after the drafts deliberated; items handled wholly online
以全程网办方式实现. Owned: normative documents a congress's standing committee reviewed and filed are filed with the
congress. Withheld: regulations a clean-up went through (清理…制定的N部) are not regulations enacted.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_regulations_passed_after_the_drafts_deliberated(checkout_rules) -> None:
    text = "2019年，市人大常委会共审议地方性法规草案9部，通过6部。"
    assert named(text, 2019, checkout_rules) == {"9": "", "6": "local_regulations_enacted"}


def test_items_handled_wholly_online_as_a_manner(checkout_rules) -> None:
    text = "全省3200项高频政务服务事项以全程网办方式实现。"
    assert named(text, 2022, checkout_rules)["3200"] == "online_full_process_items"


def test_documents_a_congress_reviewed_and_filed(checkout_rules) -> None:
    text = ("2020年，省人大常委会共审议地方性法规草案9部，通过6部，审查批准设区的市地方性法规5部，"
            "审查备案政府规章6件、规范性文件42件。")
    assert named(text, 2020, checkout_rules)["42"] == "normative_docs_filed_with_congress"
    text = "县政府制定规范性文件8件，均报县人大常委会备案，报备规范性文件8件。"
    assert set(named(text, 2024, checkout_rules).values()) == {"normative_docs_filed"}


def test_regulations_a_clean_up_went_through_are_not_enacted(checkout_rules) -> None:
    text = "这一年，省人大常委会系统清理了2010年以前制定的96部地方性法规。"
    assert named(text, 2012, checkout_rules)["96"] == ""
