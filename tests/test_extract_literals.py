"""`literals.required` rules patterns out without running them, and `Shortlist` keeps only the wordings it does not
rule out: both must never drop a pattern that matches (the extraction's output would change)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indicators.extract.literals import required
from indicators.extract.rules import _Said, unseparated
from indicators.extract.shortlist import Shortlist
from indicators.extract.text import Span

EXTRACT = Path(__file__).parent / "extract"


@pytest.mark.parametrize(("pattern", "strings"), [
    ("审结|办结", {"审结", "办结"}),
    ("(?<!不予)(?:收到|新收|收)(?:各类)?$", {"收"}),  # 收 is in 收到 and 新收: looking for 收 finds them all
    ("行政复议(?:案件)?$", {"行政复议"}),
    ("[件宗起]", {"件", "宗", "起"}),
    ("(?:纠错|纠正)+", {"纠错", "纠正"}),
    ("不予受理(?:[^，]{0,20}(?:处理|方式))?", {"不予受理"}),
])
def test_the_strings_are_those_every_match_holds(pattern: str, strings: set[str]) -> None:
    assert required(re.compile(pattern)) == strings


@pytest.mark.parametrize("pattern", ["(?:审结)?", "[^，,。]{2}", ".+", "受理|.*", "(?i)abc", "\\d+", "(?=审结)"])
def test_no_strings_where_a_match_may_hold_none(pattern: str) -> None:
    assert required(re.compile(pattern)) is None


def _clauses() -> list[str]:
    """The clauses of the constructed reports and of every tenth real excerpt (all would take half a minute)."""
    paths = [p for p in sorted(EXTRACT.glob("*/*.txt")) if p.parent.name != "real"]
    paths += sorted(EXTRACT.glob("real/*/*.txt"))[::10]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    return sorted({clause for text in texts for clause in re.split(r"[，,。；;\n]", text) if clause})


def test_every_match_of_a_wording_holds_one_of_its_strings(rules) -> None:
    clauses = _clauses()
    patterns = [rule.before or rule.after for wording in rules.wordings
                for rule in (wording.before, wording.after, wording.objected) if rule]
    matched = 0
    for pattern in patterns:
        strings = required(pattern)
        for clause in clauses:
            found = pattern.search(clause.rstrip("0123456789件项个人次%"))
            if found and strings is not None:
                matched += 1
                assert any(s in found.group() for s in strings), (pattern.pattern, clause)
    assert matched > 500  # the clauses exercise the catalog


def test_the_shortlist_keeps_every_wording_whose_form_matches(rules) -> None:
    sentence_text = "全年共收到行政复议申请62件，审结58件，其中维持41件，2件规范性文件备案。"
    said = unseparated(sentence_text)
    sentence = Span(0, len(sentence_text), sentence_text)
    shortlist = Shortlist(list(rules.wordings))
    from indicators.extract.mentions import quantities
    for quantity in quantities(sentence):
        prepared = _Said.of(quantity, sentence, said)
        kept = shortlist.of(prepared)
        matching = [w for w in rules.wordings if any(
            r and r.claims_said(prepared, "") for r in (w.before, w.after))]
        assert matching and set(map(id, matching)) <= set(map(id, kept))
        assert kept == [w for w in rules.wordings if any(w is k for k in kept)]  # in catalog order
        assert len(kept) < len(rules.wordings) / 4  # and it does rule most out


def test_no_rule_or_wording_that_claims_a_quantity_is_skipped(rules) -> None:
    from indicators.extract.mentions import quantities
    from indicators.extract.shortlist import RuleShortlist
    from indicators.extract.text import body_lines, sentences
    claimed = 0
    shortlist, rule_shortlist = Shortlist(list(rules.wordings)), RuleShortlist(list(rules))
    for path in [p for p in sorted(EXTRACT.glob("*/*.txt")) if p.parent.name != "real"]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in body_lines(text):
            for sentence in sentences(line):
                said = unseparated(sentence.text)
                for quantity in quantities(sentence):
                    prepared = _Said.of(quantity, sentence, said)
                    kept = {id(r) for r in rule_shortlist.of(prepared)}
                    for rule in rules:
                        if rule.claims_said(prepared, "上一句行政复议"):
                            claimed += 1
                            assert id(rule) in kept, (rule.rule_id, sentence.text)
                    kept = {id(w) for w in shortlist.of(prepared)}
                    for wording in rules.wordings:
                        if any(r and r.claims_said(prepared, "") for r in (wording.before, wording.after)):
                            claimed += 1
                            assert id(wording) in kept, (wording.wording_id, sentence.text)
    assert claimed > 500
