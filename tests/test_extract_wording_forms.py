"""A wording's subject noun as its verb's object (`extract/wording_forms.py`): before the number (verb + noun +
number) or after it (number + noun + verb), and not where the verb ends a list of verbs whose total the number is.
Written here with other numbers and places than the real excerpts that showed the orders."""

from __future__ import annotations

from extracted import rows


def test_the_verb_then_its_subject_noun_then_the_number(rules):
    text = "2023年，组织开展规范性文件清理，保留行政规范性文件21件、废止行政规范性文件6件。"
    assert [(metric, value) for metric, _p, value, _u in rows(text, rules, 2023)] == [
        ("normative_docs_retained", "21"), ("normative_docs_abolished", "6")]


def test_the_number_then_its_subject_noun_then_the_verb(rules):
    found = rows("2023年，全县完成3件行政规范性文件备案。", rules, 2023)
    assert [(metric, value) for metric, _p, value, _u in found] == [("normative_docs_filed", "3")]


def test_a_verb_ending_a_list_of_verbs_names_no_part(rules):
    # 修改、废止规范性文件14件 totals both outcomes: neither wording of the two verbs names it
    found = rows("2023年，全县修改、废止行政规范性文件14件。", rules, 2023)
    assert [metric for metric, *_ in found] == [""]


def test_a_count_of_the_subject_before_a_verb_that_counts_its_own_object_is_not_named_by_it(rules):
    # 9个政务大厅进驻部门210个: the 9 counts the halls; the departments are the 210 after the verb
    found = rows("2023年，市县两级9个政务大厅共进驻部门210个。", rules, 2023)
    assert [(metric, value) for metric, _p, value, _u in found] == [("", "9"), ("service_hall_departments", "210")]
