"""The review loop: extracted candidates against a curated figures file.

A curated figure is *found* when an extracted row has the same (metric_id, period, value); each
extracted row matches at most one curated figure. A curated file used as a reference may list figures
no catalog metric fits with an empty metric_id (the build refuses those, compare does not): they are
found by an unassigned candidate with the same period and value, so that on a report the catalog
was not written from, "listed for review" counts as found and a non-figure listed counts as spurious.
Precision counts over every row written, unassigned candidates included, since a reviewer has to
read each of them. Quotes are not part of
the match (a curator may quote a shorter or longer clause): differing quotes are listed apart, and
an extracted quote that is not verbatim in the text is an error of the extractor, listed too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from indicators.errors import IndicatorsError, Problem, quoted
from indicators.raw.figures import FIGURES_SCHEMA
from indicators.raw.schema import read_csv_text, schema_problems
from indicators.read.sql import sql_text

if TYPE_CHECKING:
    from indicators.extract.devset import Score


@dataclass(frozen=True)
class Comparison:
    found: pd.DataFrame         # extracted rows that match a curated figure, with the curated quote
    missed: pd.DataFrame        # curated figures no extracted row matches
    spurious: pd.DataFrame      # extracted rows that match no curated figure
    not_verbatim: pd.DataFrame  # extracted rows whose quote is not in the text
    written: int
    curated: int
    unassigned_curated: int = 0  # curated figures with an empty metric_id
    named: Score | None = None   # found, named and right asked apart (devset.score_figures)

    @property
    def recall(self) -> float:
        return len(self.found) / self.curated if self.curated else 0.0

    @property
    def precision(self) -> float:
        return len(self.found) / self.written if self.written else 0.0

    @property
    def assigned_found(self) -> int:
        """Curated figures with a metric that were found with that metric."""
        return int((self.found["metric_id"] != "").sum())

    @property
    def assigned_curated(self) -> int:
        return self.curated - self.unassigned_curated


# the figures schema without "metric_id must not be empty" and without the (metric_id, period) key,
# which `read_curated` checks for assigned figures only
REFERENCE_SCHEMA = FIGURES_SCHEMA.update_column("metric_id", checks=[])
REFERENCE_SCHEMA.unique = None


def read_curated(path: Path) -> pd.DataFrame:
    """A curated figures file, refused with its problems when it does not pass the figures schema
    (where metric_id may be empty: an unassigned figure)."""
    frame = read_csv_text(path, str(path))
    problems = schema_problems(frame, REFERENCE_SCHEMA, str(path))
    assigned = frame[frame["metric_id"] != ""] if not problems else frame.iloc[0:0]
    repeated = assigned[assigned.duplicated(["metric_id", "period"], keep="first")]
    problems += [
        Problem("duplicate-figure", f"{quoted(row.metric_id)} repeats metric and period {row.period}: keep one",
                file=str(path), row=int(index) + 2, field="metric_id", value=row.metric_id)
        for index, row in repeated.iterrows()
    ]
    if problems:
        raise IndicatorsError(problems)
    return frame


def compare_figures(extracted: pd.DataFrame, curated: pd.DataFrame, text: str) -> Comparison:
    """Pair the rows in SQL (`sql/extract/figure_matches.sql`), then split them by status."""
    extracted = extracted.reset_index(drop=True)
    curated = curated.reset_index(drop=True)
    con = duckdb.connect()
    try:
        con.register("candidates", extracted.assign(_position=range(len(extracted))))
        spans = [text.find(quote) for quote in curated["quote"]]  # -1 where the curator's quote is not in the text
        con.register("curated_figures", curated.assign(
            _position=range(len(curated)),
            span_start=[s if s >= 0 else None for s in spans],
            span_end=[s + len(q) if s >= 0 else None for s, q in zip(spans, curated["quote"], strict=True)],
        ))
        pairs = con.execute(sql_text("extract/figure_matches.sql")).df()
    finally:
        con.close()
    found_pairs = pairs[pairs["status"] == "found"]
    found = extracted.loc[found_pairs["extracted_position"].astype(int)].reset_index(drop=True)
    matched = curated.loc[found_pairs["curated_position"].astype(int)].reset_index(drop=True)
    found = found.assign(curated_quote=matched["quote"], curated_unit=matched["unit"],
                         curated_qualifier=matched["qualifier"])
    from indicators.extract.devset import score_figures  # it reads curated files through this module

    return Comparison(
        named=score_figures(extracted, curated),
        found=found,
        missed=curated.loc[pairs.loc[pairs["status"] == "missed", "curated_position"].astype(int)],
        spurious=extracted.loc[pairs.loc[pairs["status"] == "spurious", "extracted_position"].astype(int)],
        not_verbatim=extracted[[quote not in text for quote in extracted["quote"]]],
        written=len(extracted),
        curated=len(curated),
        unassigned_curated=int((curated["metric_id"] == "").sum()),
    )


def describe(comparison: Comparison) -> list[str]:
    """The comparison as lines for the terminal: counts, recall and precision, then the lists."""
    c = comparison
    lines = [
        f"找到 {len(c.found)} 个、遗漏 {len(c.missed)} 个、多出 {len(c.spurious)} 个（写出 {c.written} 行，整理的数字 "
        f"{c.curated} 个）。found {len(c.found)}, missed {len(c.missed)}, spurious {len(c.spurious)} "
        f"({c.written} rows written, {c.curated} curated figures)",
        f"召回率 {c.recall:.1%}，精确率 {c.precision:.1%}。"
        f"recall {c.recall:.1%} ({len(c.found)}/{c.curated}), precision {c.precision:.1%} ({len(c.found)}/{c.written})",
    ]
    if c.named is not None:
        n = c.named
        lines.append(f"数据项：整理的 {n.curated} 个数字中，{n.found} 个找到期间和数值（不论数据项），其中 {n.named} 个"
                     f"给出数据项（{n.named_share:.1%}），{n.named_right} 个正确（{n.right_share:.1%}）；单位正确 "
                     f"{n.unit_right} 个。named: found {n.found} of {n.curated} figures with their period and value "
                     f"(any metric), a metric named for {n.named} of them ({n.named_share:.1%}), {n.named_right} right "
                     f"({n.right_share:.1%}); units right {n.unit_right} of {n.found}")
    if c.unassigned_curated:
        lines.append(f"其中有数据项的：整理的 {c.assigned_curated} 个中找到 {c.assigned_found} 个（另有 "
                     f"{c.unassigned_curated} 个没有数据项）。of which with a metric: found {c.assigned_found} of "
                     f"{c.assigned_curated} curated figures ({c.unassigned_curated} curated figures have no metric)")

    def figure(row) -> str:
        qualifier = f" {row['qualifier']}" if row["qualifier"] else ""
        return f"{row['metric_id'] or '(unassigned)'} {row['period']} {row['value']} {row['unit']}{qualifier}: {row['quote']}"

    for zh, title, frame in (("遗漏", "missed", c.missed), ("多出", "spurious", c.spurious),
                             ("引文不在原文中", "quote not verbatim in the text", c.not_verbatim)):
        lines.append(f"{zh} {len(frame)} 行。{title}: {len(frame)}")
        lines += [f"  {figure(row)}" for _, row in frame.iterrows()]
    mismatched = c.found[(c.found["unit"] != c.found["curated_unit"]) | (c.found["qualifier"] != c.found["curated_qualifier"])]
    lines.append(f"找到但单位或限定词不同 {len(mismatched)} 行。found with a different unit or qualifier: {len(mismatched)}")
    lines += [f"  {figure(row)} (curated: {row['curated_unit']} {row['curated_qualifier'] or 'no qualifier'})"
              for _, row in mismatched.iterrows()]
    differing = c.found[c.found["quote"] != c.found["curated_quote"]]
    lines.append(f"找到但引文不同 {len(differing)} 行。found with a different quote: {len(differing)}")
    lines += [f"  {row['metric_id']} {row['period']}: extracted \"{row['quote']}\", curated \"{row['curated_quote']}\""
              for _, row in differing.iterrows()]
    return lines
