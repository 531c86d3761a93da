"""The other clause orders a wording's words take when its noun is the clause's object.

A wording names the verb right before the number (保留 of 保留13件) and the subject the sentence must name (文件).
Reports also write the subject's noun as the verb's object, before the number or with the count before it:

    verb + noun + number     保留行政规范性文件13件, 废止规章2件          (`before_with_subject`)
    number + noun + verb     新增2件规范性文件备案                      (`after_with_subject`)

Both read the same catalog data (the wording's `words` and `subject`), so no wording is written twice. A verb
that ends a list of verbs (修改、废止规章9件) is not taken: the number totals every verb of the list; a verb after
a listed figure (13件、废止…4件) is a list item of its own and is taken.
"""

from __future__ import annotations

import re

_ASIDE = r"(?:[（(][^（()）]{0,24}[)）])?"
_NOUN = "[^，,。；;、和及与]"  # the words between the verb and the subject's noun: no clause mark, no list joiner
# after the verb, the rest of the clause holds no number, or the verb counts that one (13个大厅进驻部门395个: the 13
# counts the halls), and the verb is no rate's or count's head (23.5万件应诉案 败诉率约14.7%: 败诉率 is another figure)
_CLAUSE_UNNUMBERED = r"(?![率比数])(?=[^，,。；;0-9０-９]*(?:[，,。；;]|$))"
_REST_OF_CLAUSE = re.compile(r"[^，,。；;]*")
_NOT_LISTED = r"(?:(?<![、和及与])|(?<=[0-9０-９十百千][件项个份次人名家条宗起篇部]、))"


def before_with_subject(words: str, subject: str) -> str:
    """A second `before` pattern of a wording without an object: its words followed by the subject's noun as
    their object, then the number (保留行政规范性文件13件); tried where the words alone are not right before it."""
    return f"{_NOT_LISTED}(?:{words})了?{_NOUN}{{0,10}}?(?:{subject}){_ASIDE}$"


def after_with_subject(words: str, subject: str) -> str:
    """An `after` pattern of a wording that has none: the subject's noun right after the quantity, then the
    wording's words, nothing numbered between or after them in the clause (2件规范性文件备案)."""
    return f"^[^，,。；;、0-9]{{0,12}}?(?:{subject})[^，,。；;、0-9]{{0,6}}?(?:{words}){_CLAUSE_UNNUMBERED}"


def open_clause(after: str) -> bool:
    """Whether the clause after a quantity can hold a noun and a verb with no number (2件规范性文件备案): most do
    not (a list's next item, a clause mark), and then no `after_with_subject` pattern is tried."""
    rest = _REST_OF_CLAUSE.match(after).group()
    return len(rest) > 2 and not any(char.isdigit() for char in rest)
