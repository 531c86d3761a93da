"""The extractor on real report excerpts (tests/extract/real/): `make test` prints the table and fails
when a measure falls below what it reached (round 1 and 2, tuned on) or first measured (blind)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.extract.devset import read_sources, score_rounds, table
from indicators.extract.rules import load_rules

REAL = Path(__file__).parent / "extract" / "real"


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
    assert tuned.recall >= 0.91 and tuned.precision >= 0.98 and tuned.units >= 0.99
    # since the vocabulary grew for #17 (breakdowns, stated shares and changes): 117 of 217 named, 116 right
    assert tuned.named_share >= 0.53 and tuned.right_share >= 0.98 and tuned.with_metric_right >= 0.88 * tuned.with_metric
    blind = rounds["blind"]  # first measure: 96.4% / 96.4%, units 96.2%, 4 of 7 named right
    assert blind.recall >= 0.96 and blind.precision >= 0.96 and blind.units >= 0.96
    # now (tuned on since, relabelled with the grown catalog): 24 of 53 named, 23 right
    assert blind.named_share >= 0.45 and blind.named_right >= 23 and blind.right_share >= 0.95
    # never tuned on: its first and only measure, taken at a1edebf once the vocabulary was final
    # (85.9% found, 94.3% rows, units 100%, 58 of 231 named, 46 of them right)
    blind2 = rounds["blind2"]
    assert blind2.recall >= 0.85 and blind2.precision >= 0.94 and blind2.units >= 0.99
    assert blind2.named >= 58 and blind2.named_right >= 46
