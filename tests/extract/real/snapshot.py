"""Every row the extractor writes for every excerpt of the real set, saved, and two saves compared.

A round changes the rules for the batch it tunes on. Every other excerpt's rows must stay as they were, unless the
change is meant for them too, and a tidy-up must change no row at all. The scores cannot show that: a right name lost
in one excerpt and gained in another leaves them equal. So the rounds compare rows. From the checkout:

    python tests/extract/real/snapshot.py save before.json [BATCH ...]
    ... change the rules ...
    python tests/extract/real/snapshot.py save after.json [BATCH ...]
    python tests/extract/real/snapshot.py diff before.json after.json

`diff` prints each excerpt whose rows changed, with the changes of its score's counts and the rows gone (-) and come
(+). It exits 1 when any excerpt changed, so that "every extracted row unchanged" is a command's exit code.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from indicators.extract.devset import batch_of, extract_excerpt, read_sources, score_figures
from indicators.extract.rules import load_rules

REAL = Path(__file__).parent
COLUMNS = ("period", "value", "unit", "metric_id", "quote")


def snapshot(batches: list[str]) -> dict[str, dict]:
    """Each excerpt of `batches` (all where empty): its extracted rows, as strings, and its score's counts."""
    rules, saved = load_rules(), {}
    for source in read_sources(REAL):
        if batches and batch_of(source["report"]) not in batches:
            continue
        extracted, curated = extract_excerpt(REAL, source, rules)
        score = asdict(score_figures(extracted, curated))
        score.pop("reports")
        rows = [["" if value is None else str(value) for value in row]
                for row in extracted[list(COLUMNS)].itertuples(index=False)]
        saved[source["report"]] = {"rows": rows, "score": score}
    return saved


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """The lines `diff` prints: per excerpt in both saves whose rows differ, its report, the counts that changed,
    then its rows gone and come; an excerpt in one save only is named as such."""
    lines = [f"{report}: only in the {'first' if report in before else 'second'} save"
             for report in sorted(set(before) ^ set(after))]
    for report in before:
        if report not in after or before[report]["rows"] == after[report]["rows"]:
            continue
        old, new = before[report]["score"], after[report]["score"]
        changed = ", ".join(f"{key} {new[key] - old[key]:+d}" for key in old if new[key] != old[key])
        lines.append(f"{report}: {changed or 'same counts'}")
        gone = {tuple(row) for row in before[report]["rows"]}
        come = {tuple(row) for row in after[report]["rows"]}
        lines += [f"   - {' | '.join(row)}" for row in sorted(gone - come)]
        lines += [f"   + {' | '.join(row)}" for row in sorted(come - gone)]
    return lines


def main(arguments: list[str]) -> int:
    if len(arguments) >= 2 and arguments[0] == "save":
        saved = snapshot(arguments[2:])
        Path(arguments[1]).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"{len(saved)} excerpts saved to {arguments[1]}")
        return 0
    if len(arguments) == 3 and arguments[0] == "diff":
        before, after = (json.loads(Path(name).read_text(encoding="utf-8")) for name in arguments[1:])
        lines = differences(before, after)
        print("\n".join(lines) if lines else f"every row of {len(before)} excerpts unchanged")
        return 1 if lines else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
