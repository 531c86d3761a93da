"""Rules of round 19 (#17, precision read from the first exposures): structures that misled the extractor on text it
had never seen. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_several_case_kinds_under_one_noun_are_no_one_kinds_caseload(rules) -> None:
    # three kinds listed before a noun written once, one count: their sum, not the reconsideration caseload
    text = "2024年，全县办理行政复议、行政应诉、行政调解案件共计812件。"
    assert named(text, 2024, rules) == {"812": ""}
    # two kinds joined by 和, mediation and reconsideration: the same
    assert named("2024年，全县办理行政调解和行政复议案件共计96件。", 2024, rules) == {"96": ""}
    # one kind: the caseload, as before
    assert named("2024年，全县办理行政复议案件共计812件。", 2024, rules) == {"812": "reconsideration_cases"}


def test_a_proposal_written_once_governs_the_clean_up_items_after_it(rules) -> None:
    # 拟 before the first item of a clean-up's outcomes: every later item is a proposal too
    text = "2024年，共清理县政府规范性文件90件，拟保留70件，修改6件，废止12件，宣布失效2件。"
    assert named(text, 2024, rules) == {"90": "normative_docs_reviewed", "70": "normative_docs_to_retain",
                                        "6": "normative_docs_to_amend", "12": "normative_docs_to_abolish",
                                        "2": "normative_docs_to_invalidate"}
    # the kept documents after proposals to abolish: proposed to be kept
    text = "2024年，梳理县政府规范性文件60件，其中提出拟废止8件，继续有效52件。"
    assert named(text, 2024, rules)["52"] == "normative_docs_to_retain"
    # decisions taken, no 拟 before them: the outcomes themselves
    text = "2024年，共清理县政府规范性文件90件，决定保留70件，修改6件，废止14件。"
    assert named(text, 2024, rules) == {"90": "normative_docs_reviewed", "70": "normative_docs_retained",
                                        "6": "normative_docs_amended", "14": "normative_docs_abolished"}
    # an item that says 决定 after a proposal is a decision again
    text = "2024年，共清理县政府规范性文件90件，拟保留70件，决定修改6件。"
    assert named(text, 2024, rules)["6"] == "normative_docs_amended"
