"""The build writes the report texts a few thousand a commit (build.TEXTS_PER_COMMIT), not all in one: DuckDB
holds a commit's rows in memory of its own until it ends. Every text arrives, in the frame's order."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

import indicators.build as build


class SeenCursor:
    """A cursor that tells how many texts each registered part of the frame held."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.parts: list[int] = []

    def register(self, name: str, frame: pd.DataFrame) -> None:
        self.parts.append(len(frame))
        self.con.register(name, frame)

    def __getattr__(self, name: str):
        return getattr(self.con, name)


def test_report_texts_are_written_a_part_at_a_time_and_all_arrive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "TEXTS_PER_COMMIT", 2, raising=False)
    reports = pd.DataFrame({"report_id": [f"r{i}" for i in range(5)],
                            "text": ["依法行政", "第二份", "", "x" * 5000, "最后一份"], "title": list("abcde")})
    con = duckdb.connect()
    cursor = SeenCursor(con)
    build.write_report_texts(cursor, reports)
    assert cursor.parts == [2, 2, 1]
    assert con.execute("select report_id, text from report_texts order by rowid").fetchall() == list(
        zip(reports["report_id"], reports["text"], strict=True))
