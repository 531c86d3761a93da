"""The extractor on real report excerpts (tests/extract/real/): `make test` prints the table and fails
when a measure falls below what it reached. round1, round2 and blind keep their floors here; every later batch keeps
its row in tests/extract/real/floors.csv (its first measure, taken before anyone tuned on it, and each move since,
are in FLOORS.md beside it). The newest batches, never tuned on, are scored and printed with the others."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from indicators.extract.devset import read_sources, score_rounds, table
from indicators.extract.rules import load_rules

REAL = Path(__file__).parent / "extract" / "real"


def read_floors() -> dict[str, dict[str, float]]:
    """What each later batch must keep: one row per batch in floors.csv, written once the lead has taken the batch's
    first measure and raised or lowered by the rounds since; FLOORS.md beside it says why each one moved."""
    with (REAL / "floors.csv").open(encoding="utf-8", newline="") as handle:
        return {row.pop("batch"): {key: float(value) for key, value in row.items()} for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def rounds():
    return score_rounds(REAL, load_rules())


def test_every_excerpt_has_its_address_and_curated_figures() -> None:
    sources = read_sources(REAL)
    assert len(sources) >= 25
    for source in sources:
        assert source["url"].startswith(("http://", "https://")), source
        assert (REAL / f"{source['report']}.txt").is_file() and (REAL / f"{source['report']}.csv").is_file()


def test_the_real_set_scores_at_least_what_it_reached(rounds, capsys) -> None:
    with capsys.disabled():
        print("\n\nindicators extract on real report excerpts (tests/extract/real):\n" + "\n".join(table(rounds)))
    tuned = rounds["round1"] + rounds["round2"]
    # since round 3 (tables one cell a line, 分别为 lists, years without 年): 228 of 237 found, 228 of 230 rows
    assert tuned.recall >= 0.96 and tuned.precision >= 0.99 and tuned.units >= 0.99
    # since the vocabulary grew for #17 and round 3: 137 of 228 named, 136 right, 136 of 141 curated metrics found;
    # since round 5: 138 of 228 named, 137 right, 137 of 142 curated metrics found
    # round 14 (tune14a): six counts of the ministry's and shanghai's several levels' reconsideration bodies, with a
    # change and a share stated of them, relabelled to no metric by the lead's decision and no longer named: 135 of
    # 233 named (57.9%), all right
    # round 30 (precision30): a part of the year takes no metric, the convention of the batches since blind18; round2's
    # fangchenggang March bulletin (3月份…) loses the 8 names its curator gave: 126 of 233 named (54.1%), all right,
    # 126 of 137 curated metrics found (92.0%), until the owner settles whether older batches follow that convention
    assert tuned.named_share >= 0.54 and tuned.right_share >= 0.99 and tuned.with_metric_right >= 0.91 * tuned.with_metric
    blind = rounds["blind"]  # first measure: 96.4% / 96.4%, units 96.2%, 4 of 7 named right
    assert blind.recall >= 0.96 and blind.precision >= 0.96 and blind.units >= 0.96
    # now (tuned on since, relabelled with the grown catalog): 25 of 53 named, 24 right
    assert blind.named_share >= 0.47 and blind.named_right >= 24 and blind.right_share >= 0.95
    # suggested_metrics (a review aid): the curated metric among the three for 339 of 513 unassigned figures
    # that have one (66.1%) when it was added; blind18 and blind20, never tuned on, 55 of 72. With the lower
    # score floor chosen on the tuned batches alone (284 -> 293 of 441 there): 348 of 513, blind18 and blind20 still 55
    total = sum(rounds.values(), start=type(tuned)())
    assert total.suggested_right >= 0.6 * total.unnamed_with_metric
    floors = read_floors()
    assert set(floors) <= set(rounds), sorted(set(floors) - set(rounds))
    for batch, floor in floors.items():
        score = rounds[batch]
        for measure, least in floor.items():
            assert getattr(score, measure) >= least, (batch, measure, getattr(score, measure), least)
