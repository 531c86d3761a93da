"""The build's bulk readers agree with the careful ones they stand in for.

- `raw/flat_yaml.py` reads the metadata's flat `field: value` files without PyYAML: whenever it
  answers, it must give the values and key lines PyYAML gives (with dates kept as text).
- `raw/figure_table.py` parses the figures files in one DuckDB pass and checks the cells in SQL: its
  blank test must be Python's `str.strip()`, and a file whose rows DuckDB would misread (a quoted line
  break, a cell beyond the header) must be read by the careful path, with the same rows. The pass parses
  chunks while a thread still reads the later files (so that a first build's disk reads and the parse
  overlap), and an error of that thread reaches it instead of leaving it waiting.
- `raw/quote_positions.py` finds each quote in its text in Python: 1-based like strpos(), 0 when absent,
  NULL for a figures file without a report text.
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from indicators.raw import figure_table, figures
from indicators.raw.figure_table import CONTROL_BYTES, NOT_CONTROL, stage_figures
from indicators.raw.figures import FigureFiles, read_figure_files
from indicators.raw.flat_yaml import flat_record
from indicators.raw.meta_yaml import _DatesAsText, _parse
from indicators.raw.quote_positions import found_meanwhile
from indicators.read.sql import sql_text

SAMPLES = [
    "report_id: 441284-2017\njurisdiction_code: \"441284\"\nreport_year: 2017\n",
    "# comment\n\nsigned_date: 2017-12-28\npublished_date: 2017-12-32\n",
    "title: 四会市人民政府关于2017年度法治政府建设情况的报告\nsource: a, b (c > d)   \n",
    "issuer: ''\nsigned_date:\nsource: ~\n",
    "report_year: 02017\n", "report_year: 2_017\n", "report_year: 0x1F\n", "report_year: 1.5\n",
    "flag: yes\n", "flag: true\n", "flag: null\n", "x: =\n", "x: <<\n", "true: 1\n", "null: x\n",
    "x: a #b\n", "x: a#b\n", "x: 'it''s'\n", "x: \"a\\tb\"\n", "x: \"a\" # c\n", "x: a: b\n", "x: a:\n",
    "x: -1\n", "x: -\n", "x: &a 1\ny: *a\n", "x: [1, 2]\n", "x: {a: 1}\n", "x: |\n  text\n",
    "x: a\n  b\n", "x: a\nx: b\n", "---\nx: a\n", "x: a\n...\n", "x: a\x07\n", "x: a\u2028b\n",
    "\ufeffx: a\n", "x: a\r\ny: b\r\n", "x:\ta\n", "x:a\n", "x : a\n", "x: 1:20\n", "x: 12e3\n", "x: .inf\n",
    "x: 0\n", "x: +1\n", "x: 'a\n", "x: \"a\n", "x: 2017-12-28T10:00:00\n", "x: 9" + "0" * 40 + "\n",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_flat_reader_answers_as_pyyaml_does_or_not_at_all(text: str):
    fast = flat_record(text)
    if fast is None:
        return
    node, data = _parse(text, _DatesAsText)
    assert isinstance(data, dict)
    assert fast[0] == {str(k): "" if v is None else str(v) for k, v in data.items()}
    assert fast[1] == {k.value: k.start_mark.line + 1 for k, _ in node.value}


def test_the_flat_reader_takes_the_common_shape():
    assert flat_record(SAMPLES[0]) == ({"report_id": "441284-2017", "jurisdiction_code": "441284",
                                        "report_year": "2017"}, {"report_id": 1, "jurisdiction_code": 2,
                                                                 "report_year": 3})
    assert flat_record("x: a: b\n") is None and flat_record("flag: yes\n") is None


def test_blank_in_sql_is_pythons_strip():
    con = duckdb.connect()
    con.execute(sql_text("build/figure_cells.sql")).fetchall()
    chars = [chr(code) for code in range(1, sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    blank = con.execute("select list_transform(?, lambda c: is_blank(c || c))", [chars]).fetchone()[0]
    assert [c for c, b in zip(chars, blank, strict=True) if b] == [c for c in chars if c.strip() == ""]


def _write(folder: Path, name: str, text: str) -> None:
    (folder / "figures").mkdir(parents=True, exist_ok=True)
    (folder / "figures" / name).write_bytes(text.encode("utf-8"))


def _rows(raw: Path) -> tuple[list[tuple], list[str]]:
    con = duckdb.connect()
    problems = stage_figures(con, read_figure_files(raw))
    found_meanwhile(con, pd.DataFrame({"report_id": ["100000-2017"], "text": ["已收到1件,办结"]}), lambda stored: stored())
    rows = con.execute("select source_file, row_number, metric_id, period, value, quote, note, scope, quote_at "
                       "from raw_figures join figure_quotes on figure_rowid = raw_figures.rowid "
                       "order by source_file, row_number").fetchall()
    return rows, [str(p) for p in problems]


HEADER = "metric_id,period,value,unit,qualifier,quote,note,scope\n"


def test_rows_keep_their_file_and_row_and_odd_files_their_cells(tmp_path: Path):
    _write(tmp_path, "100000-2017.csv", HEADER + "a,2017,1,件,,\"收到1件,办结\",,\nb,2017,2,件,,x2,\"\",\n")
    # a quoted line break: DuckDB parses fewer rows than lines, so the group is read file by file
    _write(tmp_path, "100000-2018.csv", HEADER + "a,2018,3,件,,\"第一行\n第二行3件\",n,\nb,2018,4,件,,y4,,s\n")
    rows, problems = _rows(tmp_path)
    # each row keeps its file as the analyst opens it: this folder, outside any project, named as given
    assert problems == []
    assert rows == [
        (f"{tmp_path}/figures/100000-2017.csv", 2, "a", "2017", "1", "收到1件,办结", "", "", 2),
        (f"{tmp_path}/figures/100000-2017.csv", 3, "b", "2017", "2", "x2", "", "", 0),
        (f"{tmp_path}/figures/100000-2018.csv", 2, "a", "2018", "3", "第一行\n第二行3件", "n", "", None),
        (f"{tmp_path}/figures/100000-2018.csv", 3, "b", "2018", "4", "y4", "", "s", None),
    ]


def test_a_cell_beyond_the_header_is_refused_by_the_careful_path(tmp_path: Path):
    _write(tmp_path, "100000-2017.csv", HEADER + "a,2017,1,件,,q1,n,\nb,2017,2,件,,q2,n,,\n")
    rows, problems = _rows(tmp_path)
    assert rows == []
    assert len(problems) == 1 and "100000-2017.csv" in problems[0] and "[malformed-csv]" in problems[0]


def test_the_bytes_python_searches_are_the_control_characters_sql_refuses():
    # a row is searched for control characters in SQL only when Python found one of these bytes
    con = duckdb.connect()
    chars = [chr(code) for code in range(0x80)]
    refused = con.execute("select list_transform(?, lambda c: regexp_matches(c, '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'))",
                          [chars]).fetchone()[0]
    assert [c.encode() for c, r in zip(chars, refused, strict=True) if r] == [bytes([b]) for b in CONTROL_BYTES]
    assert "收到\t1件,办结\r\n".encode().translate(None, NOT_CONTROL) == b""


def test_a_control_character_in_a_bulk_read_file_is_refused(tmp_path: Path):
    _write(tmp_path, "100000-2017.csv", HEADER + "a,2017,1,件,,收到1件,n\x0b,\n")
    found = read_figure_files(tmp_path)
    # parsed by DuckDB, not read file by file
    assert [index for chunk in found.arrived() for index, *_ in chunk] == [0] and not found.careful
    _, problems = _rows(tmp_path)
    assert len(problems) == 1 and "row 2, field note" in problems[0] and "[control-character]" in problems[0]


def _three_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three figures files, each handed over as a chunk of its own."""
    for year in (2017, 2018, 2019):
        _write(folder, f"100000-{year}.csv", HEADER + f"a,{year},1,件,,收到1件,,\n")
    monkeypatch.setattr(figures, "CHUNK_BYTES", 1)


def test_the_parse_starts_while_the_files_are_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _three_files(tmp_path, monkeypatch)
    parsed = threading.Event()
    parse = figure_table._parse_group

    def parse_and_tell(*args: object) -> bool:
        done = parse(*args)
        parsed.set()
        return done

    waited = []
    body = figures._bulk_body

    def body_after_a_parse(data: bytes, *args: object) -> object:
        if b"2019" in data:  # the last file is read only once DuckDB has parsed a chunk (or 10 s passed)
            waited.append(parsed.wait(timeout=10))
        return body(data, *args)

    monkeypatch.setattr(figure_table, "_parse_group", parse_and_tell)
    monkeypatch.setattr(figures, "_bulk_body", body_after_a_parse)
    found = FigureFiles()
    with ThreadPoolExecutor(max_workers=1) as pool:
        reading = pool.submit(read_figure_files, tmp_path, found)
        con = duckdb.connect()
        assert stage_figures(con, found) == []
        reading.result()
    assert waited == [True]
    assert con.execute("select period from raw_figures order by period").fetchall() == [("2017",), ("2018",), ("2019",)]


def test_an_error_while_reading_reaches_the_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _three_files(tmp_path, monkeypatch)
    body = figures._bulk_body

    def refused_once(data: bytes, *args: object) -> object:
        if b"2018" in data:
            raise PermissionError("the second file")
        return body(data, *args)

    monkeypatch.setattr(figures, "_bulk_body", refused_once)
    found = FigureFiles()
    pool = ThreadPoolExecutor(max_workers=2)
    try:
        reading = pool.submit(read_figure_files, tmp_path, found)
        staging = pool.submit(stage_figures, duckdb.connect(), found)
        with pytest.raises(PermissionError, match="the second file"):
            staging.result(timeout=30)  # not left waiting for chunks that never come
        with pytest.raises(PermissionError):
            reading.result()
    finally:
        found.chunks.put(None)  # a parse still waiting (the test failed) ends
        pool.shutdown(wait=False)
