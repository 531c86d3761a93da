"""The measure words one metric's figures are written with beyond its unit's family
(`data/raw/catalog/metric_measure_words.csv`): 发布政策解读24份 for interpretations counted in 条, 接到依申请公开事项5项 for
disclosure requests counted in 件, 受理“12345”市长热线84个 for a hotline's requests.

A unit family (`extract/data/unit_families.csv`: 件 宗 起, 项 个 ...) joins its words for every metric counted in
any of them: 项 added to the cases' family would let 项 count cases of every kind, and 个 added to the documents'
would make every count of items a count of documents. Reports write these words for one metric at a time, so
they are the metric's own, each row with a real report's words. The build accepts a figure in one of them where its
quote writes the number with it (`sql/checks/figures.sql`), as it accepts a word of the family; the extractor's
wordings of the metric meet figures in it, and its last gate (`kinds.unheld`) lets the metric hold them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from indicators.errors import IndicatorsError
from indicators.extract.wordings import unknown_metric
from indicators.raw.catalog import SCHEMAS
from indicators.raw.raw_names import catalog_file, raw_shown
from indicators.raw.schema import read_csv_text, schema_problems

FILE = "metric_measure_words"


def extra_words(raw_dir: Path, metrics: Iterable[str], every: bool = False) -> dict[str, frozenset[str]]:
    """Each metric's own further measure words that the extractor names with it (`names` yes; with `every`, all of
    them, as the build accepts them: the review aid's suggestions offer the metric for any), refused with the
    problems of the file's schema and of a metric `metrics` does not hold, each naming the file in the folder read
    (`raw_names.raw_shown`). A word marked `names` no is the build's alone: over the real set it named as many
    figures wrongly as rightly or more (行政强制7项 in a power list counts powers, not cases), curators read it two
    ways (法律意见…条), or it named nothing the rules left unnamed, so its naming is unmeasured. Read anew each time,
    as the wordings are: an analyst may edit the file between two commands of one session."""
    raw_dir, metrics = Path(raw_dir), frozenset(metrics)
    folder = raw_shown(raw_dir)
    display = catalog_file(folder, FILE)
    frame = read_csv_text(raw_dir / "catalog" / f"{FILE}.csv", display)
    problems = schema_problems(frame, SCHEMAS[FILE], display)
    problems += [unknown_metric(metric, display, position, "metric_id", folder)
                 for position, metric in enumerate(frame.get("metric_id", ()), start=2) if metric not in metrics]
    if problems:
        raise IndicatorsError(problems)
    words: dict[str, set[str]] = {}
    for metric, unit, names in zip(frame["metric_id"], frame["unit"], frame["names"], strict=True):
        if names == "yes" or every:
            words.setdefault(metric, set()).add(unit)
    return {metric: frozenset(units) for metric, units in words.items()}
