"""All figures files as one DuckDB table, parsed once, with the per-cell refusals run in SQL over it.

A national corpus has 28,500 figures files and 2-4 million rows. DuckDB's `read_csv` over a glob
pays milliseconds per file (15 s), and pandera's element-wise checks on a frame that size took a third
of the build. So the bodies of the well-formed files (read in Python, `figures.read_figure_files`) are
joined and parsed by DuckDB a chunk of about 16 MB at a time, as a thread reads them (on a session's first
build the disk's reads and the parse overlap); each row gets its file and spreadsheet row back from the
line counts (a positional join), and the checks run as SQL over the whole table (`sql/build/figure_*.sql`).
A group DuckDB cannot parse, or parses into fewer rows than it has lines (a quoted line break), is
read again file by file by the careful path, whose messages name file, line and field as before.
"""

from __future__ import annotations

import contextlib
import io

import duckdb
import numpy as np
import pandas as pd

from indicators.errors import Problem
from indicators.raw.duplicates import repeat_message
from indicators.raw.figures import (
    MAX_VALUE,
    OPTIONAL_COLUMNS,
    QUALIFIERS,
    FigureFiles,
    careful_rows,
    check_messages,
    figure_columns,
)
from indicators.raw.raw_names import catalog_file
from indicators.raw.schema import MAX_CELL_CHARS, cell_problem
from indicators.read.sql import sql_for, sql_text

# the control characters figure_checks.sql refuses ([\x00-\x08\x0b\x0c\x0e-\x1f\x7f]), as bytes: in UTF-8
# such a byte is always that character, never part of another. translate() deletes every other byte.
CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"
NOT_CONTROL = bytes(byte for byte in range(256) if byte not in CONTROL_BYTES)
NO_NULL = "\x00\x01no cell holds this\x01\x00"  # DuckDB's null string for the figures: empty cells stay ''


def stage_figures(con: duckdb.DuckDBPyConnection, found: FigureFiles) -> list[Problem]:
    """Load every figure into the temporary table `raw_figures` of `con` (its quote's position in the
    report's text is found later, `raw/quote_positions.py`); returns all figure problems (those of the
    files, unreviewed rows, cell checks), in the order of the files. The chunks are parsed as they arrive:
    `found` may still be filled by a thread reading the files (DuckDB's parse releases the GIL)."""
    con.execute(sql_text("build/figure_cells.sql")).fetchall()
    core, allowed = figure_columns()
    controls = False  # whether any byte of the files DuckDB parses is a control character
    refused: list[int] = []  # files of the groups DuckDB could not parse, read again one by one
    for chunk in found.arrived():
        groups: dict[tuple[str, ...], list[tuple[int, bytes, int]]] = {}
        for index, header, body, lines in chunk:
            groups.setdefault(header, []).append((index, body, lines))
        for header, files in groups.items():
            body = b"".join(body for _, body, _ in files)
            controls = controls or bool(body.translate(None, NOT_CONTROL))
            if not _parse_group(con, header, files, body, found.names):
                refused += [index for index, _, _ in files]
    con.register("figure_names", pd.DataFrame({
        "file_idx": np.arange(len(found.names), dtype=np.int32),
        "report_id": pd.Series([name[0] for name in found.names], dtype=str),
        "source_file": pd.Series([name[1] for name in found.names], dtype=str),
    }))
    for index in found.careful + refused:
        careful_rows(found, index, core, allowed)
    if found.rows:
        careful = pd.DataFrame(found.rows, columns=["file_idx", "row_number", *core, *OPTIONAL_COLUMNS], dtype=object)
        con.register("figure_careful", careful)
        con.execute(sql_text("build/figure_rows.sql")).fetchall()
        con.unregister("figure_careful")
    con.execute(sql_text("build/figure_table.sql")).fetchall()
    # rows read file by file are searched for control characters by SQL, as are all rows of bytes that hold one
    problems = found.problems + _unreviewed(con, found.folder) + _cell_problems(con, controls or bool(found.rows))
    problems.sort(key=lambda p: p.file or "")  # in the order of the files, as a file-by-file pass gives them
    return problems


def _parse_group(con: duckdb.DuckDBPyConnection, header: tuple[str, ...], files: list[tuple[int, bytes, int]],
                 body: bytes, names: list[tuple[str, str]]) -> bool:
    """Parse the bodies of one header's files (`body`, joined) in one pass into figure_cells, with their
    files' report ids and names (`names`, by file index); False when DuckDB refuses them or finds fewer rows
    than lines (nothing of the group is kept then)."""
    counts = np.array([lines for _, _, lines in files], dtype=np.int64)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    indexes = [index for index, _, _ in files]
    nth = np.repeat(np.arange(len(files), dtype=np.int32), counts)  # each line's file within the group
    con.register("figure_positions", pd.DataFrame({
        "file_idx": np.array(indexes, dtype=np.int32)[nth],
        "row_number": (np.arange(int(counts.sum()), dtype=np.int64) - starts + 2).astype(np.int32),
        # categorical: DuckDB reads an ENUM of the group's names and each row's code, no string per row made here
        **{column: pd.Categorical.from_codes(nth, categories=[names[index][at] for index in indexes])
           for at, column in enumerate(("report_id", "source_file"))},
    }))
    blob = io.BytesIO(body)
    try:
        # a cell beyond the header lands in _overflow: strict mode alone let one empty extra cell pass
        csv = con.read_csv(blob, header=False, columns=dict.fromkeys((*header, "_overflow"), "VARCHAR"), sep=",",
                           quotechar='"', escapechar='"', auto_detect=False, strict_mode=True, null_padding=True,
                           na_values=[NO_NULL])
        con.register("figure_csv", csv)
        con.execute(sql_for("build/figure_group.sql", last=header[-1])).fetchall()
        if con.execute(sql_text("build/figure_padded.sql")).fetchall()[0][0]:
            con.execute(sql_text("build/figure_group_undo.sql")).fetchall()
            return False
        return True
    except duckdb.Error:
        return False
    finally:
        for name in ("figure_csv", "figure_positions"):
            with contextlib.suppress(duckdb.Error):
                con.unregister(name)


def _unreviewed(con: duckdb.DuckDBPyConnection, folder: str) -> list[Problem]:
    """One problem per row left with an empty metric_id, and nothing else about it: it would otherwise be
    refused three times over (empty metric, a repeated empty key, a value the build cannot place). The hint names
    the metrics catalog of the raw folder shown as `folder`, the one the row's file is in."""
    hint = f"give it a metric of {catalog_file(folder, 'metrics')}, or delete the row if no metric fits"
    return [Problem("unreviewed-row", f"has no metric_id: a candidate not yet reviewed ({value} {unit}: {quote})",
                    file=file, row=int(row), field="metric_id", value="", hint=hint)
            for file, row, value, unit, quote in con.execute(sql_text("build/figure_unreviewed.sql")).fetchall()]


def _cell_problems(con: duckdb.DuckDBPyConnection, controls: bool) -> list[Problem]:
    """FIGURES_SCHEMA's cell checks and its (report, metric, period) key, worded as the schema words them.

    `controls`: whether some row may hold a control character. Python finds none in the national
    corpus's 320 MB of bytes in 0.2 s; the regular expression over every row's cells took 1.3-1.9 CPU s."""
    messages = check_messages()
    params = {"max_chars": MAX_CELL_CHARS, "max_value": MAX_VALUE, "qualifiers": list(QUALIFIERS), "controls": controls}
    problems = []
    for code, file, row, field, value in con.execute(sql_text("build/figure_checks.sql"), params).fetchall():
        if code == "duplicate-row":  # metric id, period and the earlier row, joined by U+001F
            metric, period, earlier = value.split("\x1f")
            problems.append(Problem(code, repeat_message([(field, metric), ("period", period)], int(earlier)),
                                    file=file, row=int(row), field=field, value=metric))
            continue
        problems.append(cell_problem(code, messages[(field, code)], value, file=file, row=int(row), field=field))
    return problems
