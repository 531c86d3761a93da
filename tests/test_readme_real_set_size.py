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
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _number(words: str) -> int:
    """'thirty-five' → 35 (the README writes the batches' count in words)."""
    tens, _, unit = words.partition("-")
    return TENS[tens] + (WORDS.index(unit) if unit else 0)


def test_the_readme_counts_the_real_excerpts_and_batches() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"([\d,]+) excerpts of public government pages are in `tests/extract/real/`, in ([a-z-]+) batches",
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
