"""The README's sentences on the size of the real development set and of the metric vocabulary count what the
repository holds. The first said 1,047 excerpts in twenty-seven batches while 1,322 in thirty-five were there, as
each new batch was written up in the tables below it and nobody came back to the sentence."""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
REAL = ROOT / "tests" / "extract" / "real"
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _number(words: str) -> int:
    """'thirty-five' → 35, 'one hundred and twelve' → 112 (the README writes the batches' count in words)."""
    hundreds, _, words = words.rpartition("hundred")
    total = 100 * WORDS.index(hundreds.strip()) if hundreds else 0
    words = words.strip().removeprefix("and ").strip()
    if not words:
        return total
    if words in WORDS or words in TEENS:
        return total + (WORDS.index(words) if words in WORDS else 10 + TEENS.index(words))
    tens, _, unit = words.partition("-")
    return total + TENS[tens] + (WORDS.index(unit) if unit else 0)


def test_the_readme_counts_the_real_excerpts_and_batches() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"([\d,]+) excerpts of public government pages are in `tests/extract/real/`, in ([a-z][a-z -]*?) batches",
                     readme)
    assert said, "the README no longer states the real set's size"
    with (REAL / "sources.csv").open(encoding="utf-8") as handle:
        sources = list(csv.DictReader(handle))
    batches = {row["report"].split("/")[0] for row in sources}
    assert (int(said.group(1).replace(",", "")), _number(said.group(2))) == (len(sources), len(batches))


def test_the_readme_counts_the_metric_vocabulary() -> None:
    """The vocabulary's sentence said 514 wordings while 630 were in the catalog: each round adds wordings and none came
    back to it, as none came back to the size sentence above."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"metric_wordings\.csv` \((\d+) wordings naming (\d+) of the (\d+)\s+metrics in `metrics\.csv`", readme)
    assert said, "the README no longer states the vocabulary's size"
    catalog = ROOT / "data" / "raw" / "catalog"
    with (catalog / "metric_wordings.csv").open(encoding="utf-8") as handle:
        wordings = list(csv.DictReader(handle))
    with (catalog / "metrics.csv").open(encoding="utf-8") as handle:
        metrics = list(csv.DictReader(handle))
    assert [int(number) for number in said.groups()] == [len(wordings), len({row["metric_id"] for row in wordings}),
                                                          len(metrics)]


def test_batch_counts_in_words_read_past_ninety_nine() -> None:
    assert [_number(w) for w in ("thirty-five", "ninety-nine", "one hundred", "one hundred and one",
                                 "one hundred and twelve", "one hundred and twenty-three")] == [35, 99, 100, 101, 112, 123]
