"""Which derived views of `sql/NN_*.sql` the build stores as tables, and which it keeps as views.

The build stores most derived views as sorted tables (`build.store_view` says why: pages read them a
jurisdiction at a time, and a view would be computed anew for every report by each query). A view
stays a view only where storing it costs more than reading it ever will:

- `metric_values`: every figure not superseded by a later report's, 3.2 M rows at national scale.
  Storing it was sorting and writing them, 1.6-1.8 CPU s and about half the stored relations' time
  (benchmarks, speed12 and speed15), against about 0.95 CPU s for copying the stored rows alone, so
  no stored form of it reaches the relations' goal. Every page reads one jurisdiction (its periods, its
  base period, its year on year), and the view's filter reaches each of its branches: 10-20 ms more a
  read, 0.4 s more for a batch's base periods, once per batch (benchmarks, speed15).
- `figure_changes`: every pair of a figure with the jurisdiction's previous period, 2.4 M rows at
  national scale, computed by a window and sorted to be stored (about 3 CPU s, half the derived
  relations' time). Its readers ask for one jurisdiction at a time (the year-on-year page reads its
  before/after rows), and DuckDB pushes that filter through the window's partition, so one
  jurisdiction's rows take tens of ms from the `metric_values` view. Reading every
  jurisdiction's computes the window then, as the build did.
- `indicator_changes`: no page or export reads it (0.5 CPU s a build to store); a filter on one
  jurisdiction reaches its window's partition, as for figure_changes.
- `consistency_findings`: parts against totals and stated against recomputed values, 1.25 M rows at
  national scale, 3.5-5.5 CPU s of a build at the end of its chain (benchmarks, speed16, speed19,
  speed20). Every reader asks for one report (the profile and the summary pages, `indicators check`) or
  exports a selection; the report's filter reaches every branch of the view (its anti join is written
  as a left join for that), so one report's findings take 30-50 ms of CPU through `read_only` against
  7-11 ms from a stored table (33-89 ms of wall against 12-17 at load 3): 0.05-0.08 CPU s more for a
  jurisdiction's pages, which read them twice, 2.5-4 CPU minutes for a national year of pages (benchmarks,
  speed20). speed9 kept it stored when one report's read took 30-70 ms and 0.1 CPU s; the build's
  chain is now what the goal waits on. A jurisdiction's export selects it by a range of report ids,
  which reaches the view's branches (`sql/export/consistency_findings.sql`). `stated_consistency_findings`
  is its branch of stated against recomputed values, a file of its own for length, read only through it.

- `stated_figures`: the quote behind each stated value and the tolerance it sets. Stored with
  indicator_values, its 162,450 quotes were read from figures' compressed quotes, every vector of them:
  0.2-0.3 CPU s of the stored relations (benchmarks, speed26). Its readers (the stated-value check of
  consistency_findings, the indicator_values export) ask for one report or jurisdiction.

- `stated_rates`: the rate each report states of an indicator, the whole jurisdiction's. Its readers (the
  target page and export, the profile, the indicator export) ask for one report or jurisdiction, and its
  quotes are those of stated_figures.

The batch slicer defines these views again in each slice, over the slice's own tables.
"""

from __future__ import annotations

import re

DERIVED_VIEW = re.compile(r"create\s+or\s+replace\s+view\s+(\w+)", re.IGNORECASE)
ON_READ = frozenset({"metric_values", "stated_figures", "stated_rates", "figure_changes", "indicator_changes",
                     "consistency_findings", "stated_consistency_findings"})


def defined_views(sql: str) -> list[str]:
    """The derived views a `sql/NN_*.sql` text defines, in its order."""
    return DERIVED_VIEW.findall(sql)


def stored_views(sql: str) -> list[str]:
    """The views of `sql` the build replaces by tables of their rows (all but those kept on read)."""
    return [view for view in defined_views(sql) if view not in ON_READ]
