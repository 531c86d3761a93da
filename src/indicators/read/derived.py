"""Which derived views of `sql/NN_*.sql` the build stores as tables, and which it keeps as views.

The build stores most derived views as sorted tables (`build.store_view` says why: pages read them a
jurisdiction at a time, and a view would be computed anew for every report by each query). A view
stays a view only where storing it costs more than reading it ever will:

- `figure_changes`: every pair of a figure with the jurisdiction's previous period, 2.4 M rows at
  national scale, computed by a window and sorted to be stored (about 3 CPU s, half the derived
  relations' time). Its readers ask for one jurisdiction at a time (the year-on-year page reads its
  before/after rows), and DuckDB pushes that filter through the window's partition, so one
  jurisdiction's rows take about 10-30 ms from the stored `metric_values`. Reading every
  jurisdiction's computes the window then, as the build did.
- `indicator_changes`: no page or export reads it (0.5 CPU s a build to store); a filter on one
  jurisdiction reaches its window's partition, as for figure_changes.

`consistency_findings` stays stored although it is the largest derived relation (5-6 CPU s of a national
build): computed when read, one report's findings took 30-70 ms and about 0.1 CPU s (most of it planning)
against 3 ms from the table, and a jurisdiction's pages read them twice (the profile and the summary), so a
national year of pages would pay about 2,850 x 0.2 CPU s for the 5 CPU s the build saves once (benchmarks,
speed9).

The batch slicer defines these views again in each slice, over the slice's own tables.
"""

from __future__ import annotations

import re

DERIVED_VIEW = re.compile(r"create\s+or\s+replace\s+view\s+(\w+)", re.IGNORECASE)
ON_READ = frozenset({"figure_changes", "indicator_changes"})


def defined_views(sql: str) -> list[str]:
    """The derived views a `sql/NN_*.sql` text defines, in its order."""
    return DERIVED_VIEW.findall(sql)


def stored_views(sql: str) -> list[str]:
    """The views of `sql` the build replaces by tables of their rows (all but those kept on read)."""
    return [view for view in defined_views(sql) if view not in ON_READ]
