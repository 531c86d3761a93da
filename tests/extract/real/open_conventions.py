"""How the real set's curators label the rows of each open convention question, and what the extractor gives them.

Run from the checkout: `python tests/extract/real/open_conventions.py`. It extracts every excerpt of
`sources.csv` except the newest batch's (never tuned on), pairs the rows with the curated figures as the scores do,
and prints one Markdown row per question of `open_conventions.csv`. The counts show where a wrong or a missing
name is the curators' split, not the extractor's reading: `docs/owner-decisions.md` quotes them.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from indicators.extract.devset import batch_of, extract_excerpt, pair_figures, read_sources
from indicators.extract.rules import load_rules
from indicators.extract.text import commented_rows

REAL = Path(__file__).parent


def read_questions() -> list[dict[str, str]]:
    return commented_rows(REAL / "open_conventions.csv")


def covers(question: dict[str, str], row: dict[str, str]) -> bool:
    """Whether a curated row belongs to `question`: each of its non-empty fields matches."""
    return all((
        not question["note"] or re.search(question["note"], row["note"]),
        not question["quote"] or re.search(question["quote"], row["quote"]),
        not question["metrics"] or row["metric_id"] in question["metrics"].split("|"),
        not question["units"] or re.fullmatch(question["units"], row["unit"]),
    ))


def outcome(curated: str, extracted: str | None) -> str:
    """What the extractor did with one curated row, in the words of the table's columns."""
    if extracted is None:
        return "not found"
    if extracted == curated:
        return "agree"
    if not extracted:
        return "unnamed"
    return "named, curated none" if not curated else "another metric"


def counts(held_out: str) -> dict[str, tuple[Counter, Counter]]:
    """Per question: the curated labels and the extractor's outcomes over every excerpt outside `held_out`."""
    questions, rules = read_questions(), load_rules()
    tally: dict[str, tuple[Counter, Counter]] = {q["question"]: (Counter(), Counter()) for q in questions}
    for source in read_sources(REAL):
        if batch_of(source["report"]) == held_out:
            continue
        extracted, curated = extract_excerpt(REAL, source, rules)
        pairs = pair_figures(extracted, curated)
        for position, row in enumerate(curated.to_dict("records")):
            question = next((q for q in questions if covers(q, row)), None)
            if question is None:
                continue
            got = extracted.iloc[pairs[position]]["metric_id"] if position in pairs else None
            labels, outcomes = tally[question["question"]]
            labels[row["metric_id"] or "(none)"] += 1
            outcomes[outcome(row["metric_id"], got)] += 1
    return tally


def main() -> None:
    held_out = sorted({batch_of(s["report"]) for s in read_sources(REAL)
                       if s["report"].startswith("blind")}, key=lambda b: int(b[5:] or 1))[-1]
    print(f"Over every batch but {held_out}.\n")
    print("| question | rows | curators' labels | extractor agrees (same metric or both none) "
          "| names, curator none | leaves unnamed | another metric | not found |")
    print("|---|---|---|---|---|---|---|---|")
    for question, (labels, outcomes) in counts(held_out).items():
        named = sorted(((n, label) for label, n in labels.items() if label != "(none)"), reverse=True)
        shown = f"none {labels['(none)']}, a metric {sum(n for n, _ in named)}" + "".join(
            f"{'; ' if i == 0 else ', '}{label} {n}" for i, (n, label) in enumerate(named[:2]))
        print(f"| {question} | {sum(labels.values())} | {shown} | {outcomes['agree']} | "
              f"{outcomes['named, curated none']} | {outcomes['unnamed']} | {outcomes['another metric']} | "
              f"{outcomes['not found']} |")


if __name__ == "__main__":
    sys.exit(main())
