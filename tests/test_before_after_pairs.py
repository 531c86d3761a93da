"""A metric counted "before a stated cut" is the baseline of the metric the text gives after it, so that
the year-on-year page's "before and after within the year" shows the cut. Four such metrics were added
to the catalog for naming (their definitions name the after-value) without the pairing: a report that
said 平均承诺办结时限由8.3天减少到6.6天 showed no change at all."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pandas as pd
import pytest

from indicators.read.db import query_frame

CATALOG = Path(__file__).resolve().parents[1] / "data" / "raw" / "catalog" / "metrics.csv"
TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，平均承诺办结时限由8.3天减少到6.6天，"
        "工程建设项目审批时间由160个工作日减少到70个工作日。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
average_promised_days_before,2018,8.3,天,,平均承诺办结时限由8.3天,
average_promised_days,2018,6.6,天,,减少到6.6天,
construction_approval_days_before,2018,160,个工作日,,工程建设项目审批时间由160个工作日,
construction_approval_days,2018,70,个工作日,,减少到70个工作日,
"""


def test_every_before_metric_is_the_baseline_of_one_metric() -> None:
    metrics = pd.read_csv(CATALOG, dtype=str, keep_default_na=False)
    befores = set(metrics.loc[metrics["metric_id"].str.endswith("_before"), "metric_id"])
    baselines = metrics.loc[metrics["baseline_metric_id"] != "", "baseline_metric_id"]
    assert befores and set(baselines) == befores
    assert baselines.is_unique, "a baseline paired with two metrics"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("cuts"), TEXT, FIGURES)


def test_a_stated_cut_is_a_before_and_after_change_of_its_year(db: Path) -> None:
    rows = query_frame("select metric_id, base_period, period, base_value, value, direction from figure_changes "
                       "where comparison = 'before_after' and period = 2018 order by metric_id", db_path=db)
    got = {r.metric_id: (r.base_period, r.base_value, r.value, r.direction) for r in rows.itertuples()}
    assert got == {"average_promised_days": (2018, 8.3, 6.6, "good"),
                   "construction_approval_days": (2018, 160, 70, "good")}
