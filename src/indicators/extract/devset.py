"""Scores of the extractor on real report excerpts (`tests/extract/real/`), the way an analyst feels them.

`compare` pairs rows on (metric_id, period, value): a figure found with the wrong metric counts as
missed there. Here the questions are asked apart, as issue #17 asks them:
- figures found: curated figures that some extracted row gives with the same period and value;
- rows that are figures: extracted rows that pair with a curated figure, of all rows written;
- units right: paired rows whose unit is the curated one, in either script (a curator who copied 條 or
  個(gè)百分點(diǎn) from a traditional page wrote the measure word the extractor writes 条, 个百分点);
- named: paired rows given a metric at all, of the curated figures found;
- right: named rows whose metric is the curated one (a metric on a figure the curator left without
  one is wrong: a reviewer has to clear it);
- curated metric found: of the found figures the curator gave a metric, those found with it;
- unnamed, curated metric suggested: of the found figures the curator gave a metric and the extractor left
  unassigned, those whose curated metric is among the row's `suggested_metrics` (a review aid, not a name).
Each extracted row pairs with at most one curated figure; pairings with the same metric and unit are tried first.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from indicators.extract.candidates import extract_figures
from indicators.extract.compare import read_curated
from indicators.extract.mentions import PER_TIME
from indicators.extract.rules import Rule
from indicators.extract.suggestions import with_suggestions
from indicators.extract.text import read_report, simplified, without_remnants


@dataclass
class Score:
    """Counts of one report or of several added up."""

    curated: int = 0
    written: int = 0
    found: int = 0
    unit_right: int = 0
    named: int = 0
    named_right: int = 0
    with_metric: int = 0        # found figures the curator gave a metric
    with_metric_right: int = 0  # ... found with that metric
    unnamed_with_metric: int = 0  # found figures the curator gave a metric and the extractor left unassigned
    suggested_right: int = 0      # ... whose curated metric is among the row's suggested_metrics
    reports: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        return Score(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    @property
    def recall(self) -> float:
        return _share(self.found, self.curated)

    @property
    def precision(self) -> float:
        return _share(self.found, self.written)

    @property
    def units(self) -> float:
        return _share(self.unit_right, self.found)

    @property
    def named_share(self) -> float:
        return _share(self.named, self.found)

    @property
    def right_share(self) -> float:
        return _share(self.named_right, self.named)

    def line(self, label: str) -> str:
        return (f"| {label} | {self.found}/{self.curated} {self.recall:.1%} | {self.found}/{self.written} "
                f"{self.precision:.1%} | {self.units:.1%} | {self.named}/{self.found} {self.named_share:.1%} "
                f"| {self.named_right}/{self.named} {self.right_share:.1%} "
                f"| {self.with_metric_right}/{self.with_metric} {_share(self.with_metric_right, self.with_metric):.1%} "
                f"| {self.suggested_right}/{self.unnamed_with_metric} "
                f"{_share(self.suggested_right, self.unnamed_with_metric):.1%} |")


HEADER = ["| reports | figures found | rows that are figures | units right | a metric named | named right "
          "| curated metric found | unnamed: curated metric suggested |", "|---|---|---|---|---|---|---|---|"]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _number(value: str) -> Decimal | str:
    try:
        return Decimal(value).normalize()
    except InvalidOperation:
        return value


# a curator who copied 1000余场(次) wrote the unit 场(次): the 场次 the extractor writes (`mentions.PER_TIME`)
_PER_TIME_UNIT = re.compile(PER_TIME.pattern + "$")


def _keys(frame: pd.DataFrame) -> list[tuple[str, Decimal | str, str, str]]:
    """Each row's period, value, metric and unit, as the pairing compares them: the unit in simplified characters
    without a mirror's pinyin and with a bracketed 次 joined to its word, as the extractor writes it."""
    return [(str(r.period), _number(r.value), r.metric_id,
             _PER_TIME_UNIT.sub("次", simplified(without_remnants(r.unit)))) for r in frame.itertuples()]


def _pair(free: list[tuple[str, Decimal | str, str, str]],
          wanted: list[tuple[str, Decimal | str, str, str]]) -> dict[int, int]:
    """Each wanted row's position paired with a free row's of the same period and value: same metric and unit
    first, then same unit, then any, so that a figure's best partner is not taken by another."""
    taken = [False] * len(free)
    pairs: dict[int, int] = {}
    tiers = (lambda c, e: c[2] == e[2] and c[3] == e[3], lambda c, e: c[3] == e[3], lambda c, e: True)
    for fits in tiers:
        for c, wanted_row in enumerate(wanted):
            if c in pairs:
                continue
            for e, free_row in enumerate(free):
                if taken[e] or free_row[:2] != wanted_row[:2] or not fits(wanted_row, free_row):
                    continue
                taken[e], pairs[c] = True, e
                break
    return pairs


def pair_figures(extracted: pd.DataFrame, curated: pd.DataFrame) -> dict[int, int]:
    """Each curated figure's position paired with the extracted row's that gives it (same period and value), so
    that scores and the real set's convention counts read one pairing."""
    return _pair(_keys(extracted), _keys(curated))


def score_figures(extracted: pd.DataFrame, curated: pd.DataFrame, label: str = "") -> Score:
    """Pair extracted rows with curated figures on period and value (same metric first) and count."""
    free, wanted = _keys(extracted), _keys(curated)
    suggested = [{s.split(" ")[0] for s in str(cell).split("; ") if s}
                 for cell in extracted.get("suggested_metrics", pd.Series([""] * len(extracted)))]
    score = Score(curated=len(curated), written=len(extracted), reports=[label] if label else [])
    pairs = _pair(free, wanted)
    for c, e in pairs.items():
        _period, _value, metric, unit = wanted[c]
        e_metric, e_unit = free[e][2], free[e][3]
        score.found += 1
        score.unit_right += e_unit == unit
        score.named += bool(e_metric)
        score.named_right += bool(e_metric) and e_metric == metric
        score.with_metric += bool(metric)
        score.with_metric_right += bool(metric) and e_metric == metric
        score.unnamed_with_metric += bool(metric) and not e_metric
        score.suggested_right += bool(metric) and not e_metric and metric in suggested[e]
    return score


def score_report(text_file: Path, curated_file: Path, year: int, rules: list[Rule]) -> Score:
    text = read_report(text_file)
    return score_figures(with_suggestions(extract_figures(text, year, rules), text), read_curated(curated_file),
                         text_file.stem)


def read_sources(folder: Path) -> list[dict[str, str]]:
    """`sources.csv`: each excerpt (`round/name`), its report year and the address it was taken from."""
    with open(folder / "sources.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def batch_of(report: str) -> str:
    """The batch folder (round1, blind, blind102, ...) of a `sources.csv` report (`batch/name`)."""
    return report.split("/")[0]


def extract_excerpt(folder: Path, source: dict[str, str], rules: list[Rule]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One `sources.csv` row's excerpt extracted with its report year, and its curated figures: what the real set's
    scripts (`open_conventions.py`, `snapshot.py`) read for each excerpt."""
    report = folder / source["report"]
    return (extract_figures(read_report(report.with_suffix(".txt")), int(source["year"]), rules),
            read_curated(report.with_suffix(".csv")))


def score_rounds(folder: Path, rules: list[Rule]) -> dict[str, Score]:
    """The score of each round folder (round1, round2, ..., blind), reports in `sources.csv` order."""
    rounds: dict[str, Score] = {}
    for source in read_sources(folder):
        report = folder / source["report"]
        score = score_report(report.with_suffix(".txt"), report.with_suffix(".csv"), int(source["year"]), rules)
        name = batch_of(source["report"])
        rounds[name] = rounds.get(name, Score()) + score
    return rounds


def table(rounds: dict[str, Score]) -> list[str]:
    lines = list(HEADER)
    total = Score()
    for name, score in sorted(rounds.items(), key=lambda item: (item[0].startswith("blind"), item[0])):
        lines.append(score.line(f"{name} ({len(score.reports)})"))
        total = total + score
    lines.append(total.line(f"all ({len(total.reports)})"))
    return lines
