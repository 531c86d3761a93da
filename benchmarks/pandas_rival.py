"""The rival of the DuckDB views in idiomatic pandas: indicator values, figure changes, target gaps.

Written as an expert would write it without a database: vectorized merges, `merge_asof`, groupbys
and `shift`, no Python loop over rows. It reads the typed base tables (figures, reports, catalogs)
and returns frames with the columns of the views `indicator_values`, `figure_changes` and
`target_gaps`, one module beside this one each (pandas_rival_values, _changes, _targets); this one
loads the tables and compares the engines. `tests/test_pandas_rival.py` asserts that both engines give equal results;
`run_benchmarks.py` times them against each other.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
from pandas_rival_changes import figure_changes
from pandas_rival_targets import target_gaps
from pandas_rival_values import indicator_values

TABLES = ("figures", "reports", "jurisdictions", "metrics", "indicators", "indicator_terms", "targets", "target_sets")
VIEWS = ("indicator_values", "figure_changes", "target_gaps")
KEYS = {
    "indicator_values": ["report_id", "indicator_id"],
    "figure_changes": ["jurisdiction_code", "metric_id", "comparison", "period"],
    "target_gaps": ["report_id", "target_set", "measure_kind", "measure_id"],
}


def load_tables(db_path: Path) -> dict[str, pd.DataFrame]:
    """The base tables the views read, as pandas frames (what the rival starts from)."""
    return _read_all(db_path, TABLES)


def duckdb_views(db_path: Path) -> dict[str, pd.DataFrame]:
    """The same three outputs as the build stored them (the views of `sql/`, kept as tables)."""
    return _read_all(db_path, VIEWS)


def _read_all(db_path: Path, names: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return {name: con.execute(f"select * from {name}").df() for name in names}
    finally:
        con.close()


def pandas_views(t: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    iv = indicator_values(t)
    return {"indicator_values": iv, "figure_changes": figure_changes(t), "target_gaps": target_gaps(t, iv)}


def normalized(frame: pd.DataFrame, view: str) -> pd.DataFrame:
    """Rows in key order, numbers as float64 and everything else as objects with None, for comparison."""
    frame = frame.sort_values(KEYS[view], kind="stable").reset_index(drop=True)
    out = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column) or pd.api.types.is_object_dtype(column) or isinstance(column.dtype, pd.StringDtype):
            out[name] = column.astype(object).where(column.notna(), None)
        elif pd.api.types.is_datetime64_any_dtype(column):
            out[name] = column.dt.strftime("%Y-%m-%d").astype(object).where(column.notna(), None)
        else:
            out[name] = column.astype("float64")
    return pd.DataFrame(out)


def assert_equal(ours: dict[str, pd.DataFrame], theirs: dict[str, pd.DataFrame]) -> None:
    """Raise AssertionError where the two engines differ (floats to a relative 1e-9: sums may run in another order)."""
    for view in VIEWS:
        left, right = normalized(ours[view], view), normalized(theirs[view], view)
        assert list(left.columns) == list(right.columns), (view, list(left.columns), list(right.columns))
        pd.testing.assert_frame_equal(left, right, check_exact=False, rtol=1e-9, obj=view)
