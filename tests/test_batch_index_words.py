"""The batch index says in words what happened to each jurisdiction: a report with no figures curated is named as
such beside 完成 ok, as its pages open, and a failed notebook by its page's title before the file name and Python's
error. qa39's batch of 14 jurisdictions of 2022 read 完成 ok for 陕西省, whose text was added without figures, like
the 13 with figures, and a failure as `失败 failed: 03_probe: FAILED at cell In [3] (id cell-1): ValueError: …`."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from synthetic_corpus import synthetic_database

from indicators.publish.batch import BatchSummary, JurisdictionOutcome, index_page
from indicators.read import queries

FAILURE = "02_year_on_year: FAILED at cell In [3] (id cell-1): ValueError: no figures for 610000"


def cell_of(page: str, code: str) -> str:
    row = re.search(rf"<tr[^>]*><td>{code}</td>.*?</tr>", page, re.S).group(0)
    return re.findall(r"<td>(.*?)</td>", row, re.S)[-1]


def test_an_uncurated_report_and_a_failure_read_in_words(tmp_path: Path) -> None:
    outcomes = [JurisdictionOutcome("610000", "陕西省", True, 1.0, figures=0),
                JurisdictionOutcome("340000", "安徽省", True, 1.0, figures=2),
                JurisdictionOutcome("350000", "福建省", False, 1.0, failures=[FAILURE], figures=1)]
    page = index_page(BatchSummary(tmp_path, outcomes), 2022)
    assert cell_of(page, "610000") == "完成 ok；本报告没有已整理的数字（no figures have been curated from this report）"
    assert cell_of(page, "340000") == "完成 ok"
    assert cell_of(page, "350000") == f"失败 failed：《同比变化 Year on year》未能完成 did not complete（{FAILURE}）"


def test_the_batch_counts_each_reports_figures_in_one_query(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The count the index says in words comes from `places`, one query for the batch (each jurisdiction's task
    opened the database once more to count them); a text added without figures counts 0, not a missing row."""
    _, db = synthetic_database(tmp_path_factory.mktemp("corpus"), jurisdictions=2, years=1)
    with duckdb.connect(str(db)) as con:  # a province's text added without a figures file
        con.execute("insert into reports select * replace ('110000' as jurisdiction_code, report_id || '-p' as report_id) "
                    "from reports limit 1")
        counted = dict(con.execute("select r.jurisdiction_code, count(*) from figures as f join reports as r "
                                   "using (report_id) where r.report_year = 2017 group by all").fetchall())
    figures = {code: place.figures for code, place in queries.places(2017, db).items()}
    assert figures == {**counted, "110000": 0} and all(count > 0 for count in counted.values())


def test_the_index_says_where_each_jurisdiction_sits(tmp_path_factory: pytest.TempPathFactory) -> None:
    """2,850 counties hold same-named ones (通州区 of 北京市 and of 南通市): the index gives each one's level and the
    province and parent above it, from the jurisdictions table."""
    _, db = synthetic_database(tmp_path_factory.mktemp("corpus"), jurisdictions=2, years=1)
    with duckdb.connect(str(db)) as con:  # a province's and a prefecture's report beside the counties'
        for code in ("110000", "117100"):
            con.execute("insert into reports select * replace (? as jurisdiction_code, report_id || ? as report_id) "
                        "from reports limit 1", [code, code])
    where = queries.places(2017, db)
    assert {code: (place.level, place.within) for code, place in where.items()} == {
        "110000": ("省级", ""), "117100": ("地级", "合成省11（合成）"),
        "117101": ("县级", "合成省11（合成） 合成市1171（合成）"), "447101": ("县级", "合成省44（合成） 合成市4471（合成）")}
    outcomes = [JurisdictionOutcome(code, code, True, 1.0, figures=1) for code in ("110000", "117101", "999999")]
    page = index_page(BatchSummary(tmp_path_factory.mktemp("out"), outcomes), 2017, where)
    assert "<th>层级 Level</th><th>所属 Within</th>" in page
    assert "<td>117101</td><td>117101</td><td>县级</td><td>合成省11（合成） 合成市1171（合成）</td>" in page
    assert "<td>110000</td><td>110000</td><td>省级</td><td>—</td>" in page
    assert "<td>999999</td><td>999999</td><td>—</td><td>—</td>" in page  # a code the database does not place
