"""A row that repeats an earlier row's key, said once and naming the row it repeats.

pandera reports every row of a repeated key, the first one included, and a key of several columns once per
column: a figure entered twice gave four lines, two of them calling the original row "a repeat of an earlier
row" (issue #17 asked for one clear line). Here each later row gets one problem: its key's values and the
spreadsheet row that first held them. The build's bulk path says the same in SQL (build/figure_checks.sql).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from indicators.errors import Problem, quoted
from indicators.raw.csv_rows import spreadsheet_rows

UNIQUENESS_CHECKS = ("field_uniqueness", "multiple_fields_uniqueness")


def repeat_message(values: list[tuple[str, str]], earlier_row: int) -> str:
    """'"licensing_items" (period "2017") repeats row 9': the first key column's value, the others beside it."""
    first, *others = values
    beside = f" ({', '.join(f'{name} {quoted(value)}' for name, value in others)})" if others else ""
    return f"{quoted(first[1])}{beside} repeats row {earlier_row}"


def duplicate_problems(frame: pd.DataFrame, schema: pa.DataFrameSchema, display: str, rows: pd.Series | None = None,
                       ignore_columns: tuple[str, ...] = ()) -> list[tuple[int, Problem]]:
    """(index, problem) for each row repeating an earlier row's key: the schema's `unique` columns together
    (code duplicate-row) and each column declared unique (duplicate-id). `rows`: each index's spreadsheet row
    (default: as read_csv_text read them); `ignore_columns` are part of the key but not named (a combined frame's file key)."""
    keys = [list(schema.unique)] if schema.unique else []
    keys += [[name] for name, column in schema.columns.items() if column.unique]
    found = []
    read_rows = spreadsheet_rows(frame)
    for key in keys:
        if not set(key) <= set(frame.columns):
            continue
        shown = [name for name in key if name not in ignore_columns]
        positions = pd.Series(range(len(frame)), index=frame.index)
        first = positions.groupby([frame[name] for name in key], sort=False).transform("min")
        for position in positions[positions != first]:
            earlier = int(first.iloc[position])
            row = int(rows.iloc[position]) if rows is not None else read_rows[position]
            earlier_row = int(rows.iloc[earlier]) if rows is not None else read_rows[earlier]
            values = [(name, str(frame.iloc[position][name])) for name in shown]
            code = "duplicate-row" if len(key) > 1 else "duplicate-id"
            found.append((position, Problem(code, repeat_message(values, earlier_row), file=display, row=row,
                                            field=shown[0], value=values[0][1])))
    return found
