"""Candidate figures of one report in the curated figures format, plus review columns.

Every quantity of the body text becomes a row: with a metric when a rule claims it, otherwise as an
unassigned candidate (empty metric_id) so that nothing quantitative is silently dropped. The quote
is the clause holding the number, widened to the clauses the rule's patterns matched, verbatim, and
`text[quote_start:quote_end] == quote` in the text as the build decodes it.
"""

from __future__ import annotations

import bisect

import numpy as np
import pandas as pd

from indicators.extract.attendance import attendance_claim
from indicators.extract.bare_counts import bare_counts
from indicators.extract.column_words import column_year
from indicators.extract.disclosure import disclosure_claim
from indicators.extract.headline import headline_caseload
from indicators.extract.kinds import unheld
from indicators.extract.listed import with_listed_items
from indicators.extract.mentions import Quantity, quantities
from indicators.extract.not_the_year import not_the_years
from indicators.extract.owners import owned
from indicators.extract.part_year import opens_year_so_far, part_of_year
from indicators.extract.parts import part_of
from indicators.extract.passages import Passage
from indicators.extract.period_items import period_item
from indicators.extract.periods import opening_year, period_of
from indicators.extract.related_rows import related_row, share_cell, states_a_change
from indicators.extract.relations import back_reference
from indicators.extract.respective import respective_claim
from indicators.extract.rule_indexes import indexes_of
from indicators.extract.rules import WINDOW, Rule, RuleIndex, unseparated
from indicators.extract.scope import flag_repeats, several_levels
from indicators.extract.sessions import session_claim
from indicators.extract.several_years import several_years
from indicators.extract.shares import share_of_subject
from indicators.extract.spans import carried_on, text_span
from indicators.extract.stacked import page_cells
from indicators.extract.table_titles import heading_year, table_year
from indicators.extract.text import CLAUSE_END, Span, body_lines, clauses, sentences, simplified
from indicators.extract.to_date import counted_to_date
from indicators.extract.vantage import speaks_from_year_after
from indicators.extract.vocabulary import Vocabulary
from indicators.extract.wrapped import joined_lines

COLUMNS = ["metric_id", "period", "value", "unit", "qualifier", "quote", "note",
           "quote_start", "quote_end", "rule", "confidence"]
# confidence: a rule matched keywords next to the number / only the sentence's topic / no rule
ASSIGNED, CONTEXT_ONLY, UNASSIGNED = "0.9", "0.6", "0.3"


_LONG_CLAUSE = 2 * WINDOW  # a clause longer than this is a list: quote its items (N项、N项) instead


def _quote(sentence: Span, parts: list[Span], first: int, last: int) -> Span:
    """The clauses of `sentence` (`parts`, in order) that overlap first..last, as one verbatim stretch; in a
    clause listing thousands of items only the items that overlap, so that quotes stay short."""
    starts = [c.start for c in parts]
    low = max(0, bisect.bisect_right(starts, first) - 1)
    high = bisect.bisect_left(starts, last)
    parts = [c for c in parts[low:high] if c.end > first and c.start < last] or [sentence]
    start, end = parts[0].start, parts[-1].end
    text, offset = sentence.text, sentence.start
    if end - start > _LONG_CLAUSE:
        start = max(start, offset + text.rfind("、", start - offset, first - offset) + 1)
        item_end = text.find("、", last - offset, end - offset)
        end = offset + item_end if item_end >= 0 else end
    return Span(start, end, text[start - offset:end - offset])


def _note(quantity: Quantity, text: str, period_words: str, unassigned: bool) -> str:
    notes = []
    if quantity.range_end:
        notes.append(f"{'lower' if quantity.range_end == 'low' else 'upper'} end of a range")
    if period_words:
        notes.append(f"period from {period_words}")
    if unassigned:
        notes.append(f"unassigned: {quantity.text(text)}")
    return "; ".join(notes)


def _ends_clause(quantity: Quantity, text: str) -> bool:
    """True where the quantity closes its clause or list item (学法六次。 终止二件； 九个、), not where it
    counts a noun (两项制度)."""
    rest = text[quantity.end:quantity.end + 1]
    return rest == "" or rest in CLAUSE_END or rest == "、"


def _first(rule: tuple[Rule, tuple[int, int]] | None,
           wording: tuple[Rule, tuple[int, int]] | None) -> tuple[Rule, tuple[int, int]] | None:
    """A rule's claim unless a wording of lower priority claims the quantity too (办结行政复议案件 is
    concluded cases, which the wider 行政复议...案件 rule would call all cases)."""
    if rule and wording and wording[0].priority < rule[0].priority:
        return wording
    return rule or wording


def _row(quantity: Quantity, sentence: Span, parts: list[Span], said: str, lead: str, text: str, report_year: int,
         rules: RuleIndex, vocabulary: Vocabulary, labels: dict[int, str], earlier: list[dict[str, str]],
         known: frozenset[str] = frozenset(), carried: tuple[int, str] | None = None, topic: str = "",
         so_far: bool = False) -> dict[str, str] | None:
    """The row of one quantity; `parts` are the clauses of its sentence, `said` its text as rules read it, `topic` the
    sentence before with the passage's domain (`passages.Passage.lead`), `so_far` whether its paragraph opened with
    the year so far (今年以来，…)."""
    claim = session_claim(quantity, sentence, said) or _first(rules.claim(quantity, sentence, lead, said),
                                                              vocabulary.claim(quantity, sentence, topic or lead, said))
    claim = disclosure_claim(quantity, sentence, said, text, claim, lead)  # the 政府信息公开 report's form
    claim = claim or respective_claim(quantity, sentence, said, vocabulary, topic or lead)  # 时限、材料分别压减62%、30.5%
    if claim is None and quantity.start in labels:  # a table cell: named by its column's header
        named = vocabulary.name_label(quantity, labels[quantity.start]) or share_cell(
            quantity, labels[quantity.start], vocabulary, known)
        claim = (named, (quantity.start, quantity.end)) if named else None
    # 复议纠错案件占审结数的7.96%; 其中：维持原行政机关决定的占62.16% after a sentence on 行政复议
    claim = claim or share_of_subject(quantity, parts, vocabulary, known,
                                      lambda: f"{lead}。{said[:quantity.start - sentence.start]}")
    claim = claim or attendance_claim(quantity, sentence, earlier)  # 法治讲座15场8600余人次: those sessions' attendance
    if claim is None and quantity.weak and not _ends_clause(quantity, text):
        return None
    rule, (first, last) = claim if claim else (None, (quantity.start, quantity.end))
    rule = owned(rule, sentence.text, quantity.start - sentence.start)  # 全省法院…: the courts' caseload
    rule = part_of(rule, sentence.text, quantity.start - sentence.start, quantity.end - sentence.start, lead)  # 涉企…
    rule = None if rule and states_a_change(quantity, parts) else rule  # 比2023年减少105项: a change, not the level
    quote = _quote(sentence, parts, min(first, quantity.start), max(last, quantity.end))
    year = column_year(labels.get(quantity.start, ""), report_year)  # a table cell under 2019受理量: 2019
    year_after = speaks_from_year_after(text)
    period, words = (year, "its column") if year else period_of(quantity, sentence, report_year, carried, year_after)
    metric_id, rule_id = (rule.metric_id, rule.rule_id) if rule else ("", "")
    cut = quantity.start - sentence.start
    withheld = rule and (not_the_years(said, cut, quantity.unit) or part_of_year(text, report_year, said, cut, lead, so_far)
                         or counted_to_date(text, report_year, said, cut, quantity.unit)
                         or several_years(quantity, sentence, report_year, words, year_after))
    if withheld and quantity.weak and not _ends_clause(quantity, text):
        return None  # a lone 五 was a figure only by the claim withheld: no figure (聘请五名律师… over years)
    if withheld:
        rule, metric_id, rule_id = None, "", ""  # listed for review, named by no metric
    confidence = UNASSIGNED if rule is None else ASSIGNED if (rule.before or rule.after) else CONTEXT_ONLY
    referred, how = (None, "") if rule or withheld else period_item(
        back_reference(quantity, sentence, parts, earlier, text), quantity, parts, earlier)  # 2022年488件
    if referred and referred["period"] != str(period):
        metric_id, rule_id, confidence = referred["metric_id"], f"{referred['rule'].removesuffix('+' + how)}+{how}", CONTEXT_ONLY
        quote = _quote(sentence, parts, int(referred["quote_start"]), quantity.end)
    related = None if rule or referred or withheld else related_row(quantity, sentence, parts, earlier, known, str(period))
    if related:
        base, metric_id, relation = related
        rule_id, confidence = f"{base['rule']}+{relation}_of", CONTEXT_ONLY
        quote = _quote(sentence, parts, int(base["quote_start"]), quantity.end)
    return {
        "_base": related[0] if related else None,  # the row a share or change is stated of (flag_repeats)
        "_end": quantity.end,  # where its quantity ends: the next item of a 分别为 list follows it
        "_said": (sentence.text, quantity.start - sentence.start),  # its sentence up to it: whose figure (scope)
        "metric_id": metric_id,
        "period": str(period),
        "value": quantity.value,
        "unit": quantity.unit,
        "qualifier": quantity.qualifier,
        "quote": quote.text,
        "note": "; ".join(filter(None, [_note(quantity, text, words, not metric_id), withheld])),
        "quote_start": str(quote.start),
        "quote_end": str(quote.end),
        "rule": rule_id,
        "confidence": confidence,
    }


def extract_figures(text: str, report_year: int, rules: list[Rule]) -> pd.DataFrame:
    """Candidate figures of `text` (decoded as the build decodes it), in text order, as strings.

    Traditional characters are read as simplified ones (`text.simplified`, one for one); quotes are
    cut from `text` itself, verbatim."""
    original, text = text, simplified(text)
    rows = []
    index, vocabulary = indexes_of(rules)
    known = getattr(rules, "metrics", frozenset())
    lines = body_lines(text)
    passage = Passage()  # the domain of the passage read so far (复议, 诉讼)
    in_tables, labels = page_cells(lines)  # flattened tables and tables of one cell a line
    titled = None  # the year of the table title above (表1. 2012年…), while its cells follow
    headed = None  # the year of the heading line above (2003年 首部法援法规出台), while its paragraphs follow
    for line in joined_lines(lines, text):
        titled = table_year(line.text, report_year, titled)
        headed = heading_year(line.text, report_year, headed)
        found = with_listed_items(line, sorted(quantities(line) + in_tables.get(line.start, []) + bare_counts(line),
                                               key=lambda q: q.start))  # 分别为73.56、76.71、80.13分: every item
        if not found:
            passage.read_line(line.text)
            continue  # nothing to write, and the next line starts its own paragraph (lead "")
        # the paragraph's opening year, until a sentence opens with another; at first the span the text opens with
        lead, carried = "", titled or headed or text_span(text, report_year)
        first, so_far = 0, False  # found and sentences both run in text order: walk them together
        for sentence in sentences(line):
            opening = opening_year(sentence.text, report_year)
            so_far = opens_year_so_far(sentence.text) or (so_far and opening is None)  # 今年以来，… to the next year
            carried = opening or carried_on(sentence.text, carried, report_year)
            earlier: list[dict[str, str]] = []
            said, parts = "", []
            while first < len(found) and found[first].start < sentence.start:
                first += 1  # between sentences: in no sentence
            while first < len(found) and found[first].start < sentence.end:
                quantity = found[first]
                first += 1
                if not said:  # worked out once per sentence, only for sentences with a quantity
                    said, parts = unseparated(sentence.text), clauses(sentence)
                row = _row(quantity, sentence, parts, said, lead, text, report_year, index, vocabulary, labels, earlier,
                           known, carried, passage.lead(sentence.text, lead, quantity.start - sentence.start), so_far)
                if row:
                    earlier.append(row)
            rows += earlier
            passage.read(sentence.text)
            lead = sentence.text
    headline_caseload(rows)  # 全区共受理…176件 alone: the caseload
    # after every naming: a % metric never on a count
    unheld(rows, getattr(rules, "units", {}), UNASSIGNED, getattr(rules, "own_words", {}))
    several_levels(rows, UNASSIGNED)  # 全县各级各部门…: no one government's figure
    flag_repeats(rows, UNASSIGNED)
    if original != text:
        for row in rows:
            row["quote"] = original[int(row["quote_start"]):int(row["quote_end"])]
    # one object block converted column by column: about twice as fast as a frame from a list of dicts
    cells = np.array([[row[c] for c in COLUMNS] for row in rows], dtype=object).reshape(len(rows), len(COLUMNS))
    return pd.DataFrame(cells, columns=COLUMNS, dtype=str, copy=False)
