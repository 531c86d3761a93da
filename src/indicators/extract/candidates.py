"""Candidate figures of one report in the curated figures format, plus review columns.

Every quantity of the body text becomes a row: with a metric when a rule claims it, otherwise as an
unassigned candidate (empty metric_id) so that nothing quantitative is silently dropped. The quote
is the clause holding the number, widened to the clauses the rule's patterns matched, verbatim, and
`text[quote_start:quote_end] == quote` in the text as the build decodes it.
"""

from __future__ import annotations

import pandas as pd

from indicators.extract.mentions import Quantity, quantities
from indicators.extract.rules import Rule, period_of
from indicators.extract.text import Span, body_lines, clauses, sentences

COLUMNS = ["metric_id", "period", "value", "unit", "qualifier", "quote", "note",
           "quote_start", "quote_end", "rule", "confidence"]
# confidence: a rule matched keywords next to the number / only the sentence's topic / no rule
ASSIGNED, CONTEXT_ONLY, UNASSIGNED = "0.9", "0.6", "0.3"


def _quote(sentence: Span, first: int, last: int) -> Span:
    """The clauses of `sentence` that overlap first..last, as one verbatim stretch."""
    parts = [c for c in clauses(sentence) if c.end > first and c.start < last] or [sentence]
    start, end = parts[0].start, parts[-1].end
    return Span(start, end, sentence.text[start - sentence.start:end - sentence.start])


def _note(quantity: Quantity, text: str, period_words: str, unassigned: bool) -> str:
    notes = []
    if quantity.range_end:
        notes.append(f"{'lower' if quantity.range_end == 'low' else 'upper'} end of a range")
    if period_words:
        notes.append(f"period from {period_words}")
    if unassigned:
        notes.append(f"unassigned: {quantity.text(text)}")
    return "; ".join(notes)


def _row(quantity: Quantity, sentence: Span, text: str, report_year: int, rules: list[Rule]) -> dict[str, str] | None:
    claim = next(((rule, stretch) for rule in rules if (stretch := rule.claims(quantity, sentence))), None)
    if claim is None and quantity.weak:
        return None
    rule, (first, last) = claim if claim else (None, (quantity.start, quantity.end))
    quote = _quote(sentence, min(first, quantity.start), max(last, quantity.end))
    period, words = period_of(quantity, sentence, report_year)
    confidence = UNASSIGNED if rule is None else ASSIGNED if (rule.before or rule.after) else CONTEXT_ONLY
    return {
        "metric_id": rule.metric_id if rule else "",
        "period": str(period),
        "value": quantity.value,
        "unit": quantity.unit,
        "qualifier": quantity.qualifier,
        "quote": quote.text,
        "note": _note(quantity, text, words, rule is None),
        "quote_start": str(quote.start),
        "quote_end": str(quote.end),
        "rule": rule.rule_id if rule else "",
        "confidence": confidence,
    }


def extract_figures(text: str, report_year: int, rules: list[Rule]) -> pd.DataFrame:
    """Candidate figures of `text` (decoded as the build decodes it), in text order, as strings."""
    rows = []
    for line in body_lines(text):
        found = quantities(line)
        for sentence in sentences(line):
            for quantity in found:
                if sentence.start <= quantity.start < sentence.end:
                    row = _row(quantity, sentence, text, report_year, rules)
                    if row:
                        rows.append(row)
    frame = pd.DataFrame(rows, columns=COLUMNS, dtype=str)
    return _flag_repeats(frame)


def _flag_repeats(frame: pd.DataFrame) -> pd.DataFrame:
    """Say where a metric and period come twice: the build refuses that, so the reviewer must keep one."""
    repeated = (frame["metric_id"] != "") & frame.duplicated(["metric_id", "period"], keep=False)
    if not repeated.any():
        return frame
    rows = (frame.index.to_series() + 2).astype(str)  # spreadsheet rows: the header is row 1
    listed = rows[repeated].groupby([frame["metric_id"], frame["period"]]).transform(", ".join)
    note = "metric and period repeat in rows " + listed + ": keep one"
    frame.loc[repeated, "note"] = (frame.loc[repeated, "note"] + "; ").where(frame.loc[repeated, "note"] != "", "") + note
    return frame
