"""docs/owner-decisions.md quotes counts of tests/extract/real/open_conventions.py: each question of its data must
match real curated rows (a typo in a pattern would count none and the page would say a question covers nothing),
and a row belongs to the first question that covers it, so the table's rows do not overlap."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pytest

from indicators.extract.devset import read_sources

REAL = Path(__file__).resolve().parent / "extract" / "real"
spec = importlib.util.spec_from_file_location("open_conventions", REAL / "open_conventions.py")
conventions = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conventions)


def curated_rows() -> list[dict[str, str]]:
    rows = []
    for source in read_sources(REAL):
        with open(REAL / f"{source['report']}.csv", encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    return rows


@pytest.mark.parametrize("question", conventions.read_questions(), ids=lambda q: q["question"])
def test_each_question_covers_curated_rows_of_both_answers(question):
    for field in ("note", "quote", "units"):
        re.compile(question[field])
    covered = [row for row in curated_rows() if conventions.covers(question, row)]
    assert {bool(row["metric_id"]) for row in covered} == {True, False}


def test_outcomes_name_what_the_extractor_did():
    assert [conventions.outcome(curated, got) for curated, got in
            (("a", None), ("a", "a"), ("", ""), ("a", ""), ("", "a"), ("a", "b"))] == [
        "not found", "agree", "agree", "unnamed", "named, curated none", "another metric"]


def test_the_docs_page_quotes_every_question():
    page = (REAL.parents[2] / "docs" / "owner-decisions.md").read_text(encoding="utf-8")
    assert all(f"| {q['question']} |" in page for q in conventions.read_questions())
