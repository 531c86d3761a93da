"""Whether a metric can hold a figure at all: the metric's unit family must hold the figure's unit.

Every naming path (rules, wordings, session bodies, table columns, shares and changes stated of an earlier row,
a period's item referring back) proposes a metric from words near the number; none of them alone can see that a
rate (`reconsideration_correction_rate_stated`, %) does not hold 行政处罚类案件24件, nor a count in 项 a duration
in 天. The catalog states each metric's unit (`data/raw/catalog/metrics.csv`) and the measure words a unit may be
written with (`data/unit_families.csv`: 件 宗 起 ..., 项 个 ..., 次 场 期 ...), so one final gate over every row
leaves a figure whose unit its metric's family does not hold unnamed, for the reviewer, with the reason in its note.
A scale word (万, 亿) is not a kind: 1.2万件 is cases, 3.5亿元 is money.
"""

from __future__ import annotations

from indicators.extract.rules import scaled, unit_family


def holds(metric_unit: str, figure_unit: str) -> bool:
    """True where a figure written in `figure_unit` can be a value of a metric in `metric_unit`: the figure's
    measure word is one of the metric's unit family (份 for a 件 metric, 场次 for a 次 metric), whatever scale
    word either carries."""
    return scaled(figure_unit)[1] in unit_family(scaled(metric_unit)[1])


def unheld(rows: list[dict], metric_units: dict[str, str], unassigned: str,
           own_words: dict[str, frozenset[str]] | None = None) -> None:
    """Leave unnamed every row whose metric's unit family does not hold its figure's unit (a % metric on a count,
    a count metric on a %), nor the metric's `own_words` (`metric_measure_words.py`); metrics the catalog does not
    list (a test's own rules) are not judged."""
    for row in rows:
        unit = metric_units.get(row["metric_id"])
        own = (own_words or {}).get(row["metric_id"], ())
        if unit is None or holds(unit, row["unit"]) or scaled(row["unit"])[1] in own:
            continue
        why = f"unassigned: {row['metric_id']} in {unit} cannot hold a figure in {row['unit']}"
        row["note"] = "; ".join(filter(None, [row["note"], why]))
        row["metric_id"], row["rule"], row["confidence"] = "", "", unassigned
