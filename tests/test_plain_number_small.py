"""The SQL number formatter behind value_text and consistency findings writes numbers as `display.number` does: a
small non-zero difference (a total of 0.0024 万元 over its parts) read （相差 0.00）, no difference at all."""

from __future__ import annotations

import duckdb
import pytest

from indicators.publish.display import number
from indicators.read.sql import sql_text


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute(sql_text("36_text_macros.sql"))
    return connection


@pytest.mark.parametrize("value", [0.0024, -0.004, 0.00001, 221.0, 99.5, -0.47, 86.27, 0.0])
def test_sql_and_python_write_a_number_alike(con, value: float) -> None:
    assert con.execute("select plain_number(?::double)", [value]).fetchone()[0] == number(value)


def test_a_small_difference_is_not_written_as_zero(con) -> None:
    assert con.execute("select plain_number(0.0024::double)").fetchone()[0] == "0.0024"
