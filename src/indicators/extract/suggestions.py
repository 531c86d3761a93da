"""Metric ids to consider for a candidate the extractor left unassigned: a review aid, never a name.

On real reports nobody tuned for, the extractor names a metric for about a quarter of the figures it
finds (README, "Measured on real reports"); for the rest the reviewer picks one of ~380 metrics or
none. The candidates file therefore lists, beside each unassigned row, up to three metrics worth
looking at (`suggested_metrics`): those whose unit family or own words (`metric_measure_words.csv`, every row, as the
build accepts them) admit the figure's measure word, ranked by
the Chinese character pairs their name and their wordings' examples (`metric_wordings.csv`, `note`)
share with the figure's clause (tf-idf cosine; the clause before it counts half). It is deliberately
loose: it proposes, the reviewer decides, and `--compare` never counts a suggestion as a name.

First measured on the two batches of real excerpts no rule or wording was ever written from (blind18
and blind20), before anything was adjusted: of the unassigned figures the curator gave a metric, the
curator's was among the three for 55 of 72 (76.4%; `devset`'s last column, `make test` prints it).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from indicators import paths
from indicators.extract.metric_measure_words import extra_words
from indicators.extract.rules import unit_family
from indicators.raw.raw_names import catalog_file, raw_shown
from indicators.raw.schema import read_csv_text
from indicators.read.db import file_identity

COLUMN = "suggested_metrics"
SHOWN = 3
MIN_SCORE = 0.05  # below it the clause shares only common pairs (工作, 开展) with the metric's words; 0.1 at first
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n：:]")
_REACH = 200  # how far back the clause before the figure's is looked for, and how far on its own clause is read


@dataclass(frozen=True)
class _Index:
    idf: dict[str, float]
    postings: dict[str, list[tuple[str, float]]]  # pair → (metric, weight in the metric's unit vector)
    units: dict[str, frozenset[str]]  # metric → the measure words its figures may be written with
    names: dict[str, str]


def _pairs(text: str) -> Counter[str]:
    """Adjacent Chinese characters: 复议 and 议申 of 行政复议申请; no word list needed, and a wording's
    example (收到行政复议申请6200件) reads like a report's clause."""
    return Counter(run[i:i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1))


def _unit_vector(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    weights = {pair: (1 + math.log(n)) * idf.get(pair, 0.0) for pair, n in counts.items() if n > 0}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {pair: w / norm for pair, w in weights.items()}


_READ = ("metrics", "metric_wordings", "metric_measure_words")  # the catalog files the index is built from


def _index_of(raw_dir: Path | None) -> _Index:
    """The index of `raw_dir`'s catalogs (default: the project's data/raw), built once per folder and state of
    its files: an analyst who adds a wording between two `add-report`s of one Python session (a notebook) gets
    suggestions from it, as the wordings and measure words the extractor reads are read anew each time."""
    folder = Path(raw_dir) if raw_dir else paths.raw_dir()
    return _index(folder, tuple(file_identity(folder / "catalog" / f"{name}.csv") for name in _READ))


@lru_cache(maxsize=4)
def _index(raw_dir: Path, state: tuple) -> _Index:
    """The index itself; `state` (each file's `file_identity`, empty where it is missing: reading it then names the
    problem) only keys the cache."""
    folder = raw_shown(raw_dir)  # a file it cannot read is named in the folder read, as the build names it
    metrics = read_csv_text(raw_dir / "catalog" / "metrics.csv", catalog_file(folder, "metrics"))
    wordings = read_csv_text(raw_dir / "catalog" / "metric_wordings.csv", catalog_file(folder, "metric_wordings"))
    documents: dict[str, Counter[str]] = defaultdict(Counter)
    for metric_id, name in zip(metrics["metric_id"], metrics["name_zh"], strict=True):
        documents[metric_id].update({pair: 2 * n for pair, n in _pairs(name).items()})  # the name counts twice
    for metric_id, note in zip(wordings["metric_id"], wordings["note"], strict=True):
        documents[metric_id].update(_pairs(note))
    frequency = Counter(pair for counts in documents.values() for pair in counts)
    idf = {pair: math.log(len(documents) / n) for pair, n in frequency.items()}
    postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for metric_id, counts in documents.items():
        for pair, weight in _unit_vector(counts, idf).items():
            postings[pair].append((metric_id, weight))
    own = extra_words(raw_dir, metrics["metric_id"], every=True)  # the words the build accepts for one metric alone
    words = {m: unit_family(u) | own.get(m, frozenset()) for m, u in zip(metrics["metric_id"], metrics["unit"], strict=True)}
    units = {m: found | frozenset("万" + w for w in found) for m, found in words.items()}
    return _Index(idf, dict(postings), units, dict(zip(metrics["metric_id"], metrics["name_zh"], strict=True)))


def _clauses(text: str, at: int) -> tuple[str, str]:
    """The clause holding position `at` (to its end, at most _REACH on) and the clause before it. Read to its
    end, a clause listing thousands of items (N件、N件、…) was read whole for each of them: 22 CPU s for the
    suggestions of 8,000 items against 0.7 s to find them. No clause of the real excerpts runs longer."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, max(0, at - _REACH), at)]
    start = ends[-1] if ends else max(0, at - 60)
    before = ends[-2] if len(ends) > 1 else max(0, at - 80)
    after = _CLAUSE_END.search(text, at, at + _REACH)
    return text[start:after.start() if after else at + _REACH], text[before:start]


def suggest(text: str, at: int, unit: str, raw_dir: Path | None = None) -> list[str]:
    """Up to three metric ids for the figure whose number stands at `at` in `text`, best first."""
    return _ranked(_index_of(raw_dir), text, at, unit)


def _ranked(index: _Index, text: str, at: int, unit: str) -> list[str]:
    clause, before = _clauses(text, at)
    counts: Counter[str] = Counter(_pairs(clause))
    counts.update({pair: 0.5 for pair in _pairs(before)})  # the clause before counts half
    scores: dict[str, float] = defaultdict(float)
    for pair, weight in _unit_vector(counts, index.idf).items():
        for metric_id, metric_weight in index.postings.get(pair, ()):
            scores[metric_id] += weight * metric_weight
    ranked = sorted(((s, m) for m, s in scores.items() if s >= MIN_SCORE and unit in index.units.get(m, ())),
                    key=lambda item: (-item[0], item[1]))
    return [m for _, m in ranked[:SHOWN]]


def with_suggestions(candidates: pd.DataFrame, text: str, raw_dir: Path | None = None) -> pd.DataFrame:
    """`candidates` with the column `suggested_metrics` ("id 名称; ..."), filled for unassigned rows only."""
    index = _index_of(raw_dir)  # once: per row, finding the project took a third of the time
    shown = []
    for row in candidates.itertuples(index=False):
        if row.metric_id:
            shown.append("")
            continue
        digits = _digits(str(row.value)).search(str(row.quote))
        at = int(row.quote_start) + (digits.start() if digits else 0)
        shown.append("; ".join(f"{m} {index.names[m]}" for m in _ranked(index, text, at, str(row.unit))))
    return candidates.assign(**{COLUMN: shown})


@lru_cache(maxsize=4096)
def _digits(value: str) -> re.Pattern[str]:
    """A value's digits in its quote (12.0 also as 12), compiled once per value: re's own cache holds 512
    patterns, fewer than a long report's distinct values."""
    return re.compile(re.escape(value).replace(r"\.0", r"(?:\.0)?"))
