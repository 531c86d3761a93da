"""The caseload owners table (`extract/data/caseload_owners.csv`) writes an owner once for every metric it takes
(a court's cases received, concluded and carried over), so each row's `becomes` must name one metric for each of its
`metric`s, in order, or none for all; and every metric either column names must be in the catalog, or the owner
would rename a count to a metric the build refuses."""

from __future__ import annotations

from indicators.extract.owners import owned
from indicators.extract.rules import Rule
from indicators.extract.text import data_rows


def test_each_row_becomes_one_catalog_metric_for_each_of_its_metrics(rules) -> None:
    for row in data_rows("caseload_owners.csv"):
        metrics = row["metric"].split("|")
        becomes = row["becomes"].split("|") if row["becomes"] else []
        assert len(becomes) in (0, len(metrics)), row["metric"]
        assert set(metrics) | set(becomes) <= rules.metrics, row["metric"]


def test_an_owner_written_once_renames_each_of_its_metrics() -> None:
    sentence = "全省法院共受理各类行政案件1773件，审结1436件，结转32件"
    for metric, becomes, number in (("litigation_cases", "court_admin_cases_received", "1773"),
                                    ("litigation_concluded", "court_admin_cases_concluded", "1436"),
                                    ("litigation_carried_over", "court_admin_cases_carried_over", "32")):
        rule = Rule(f"a_{metric}", metric, "件", None, None, None, "", 10)
        renamed = owned(rule, sentence, sentence.index(number))
        assert isinstance(renamed, Rule) and renamed.metric_id == becomes
