"""The README's sentence on the size of the real development set counts what `tests/extract/real/` holds: it said
1,047 excerpts in twenty-seven batches while 1,322 in thirty-five were there, as each new batch was written up in
the tables below it and nobody came back to the sentence."""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
REAL = ROOT / "tests" / "extract" / "real"
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}


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
