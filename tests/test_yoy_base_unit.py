"""Year on year writes each period's value with the measure word of its own figure. A metric's unit family lets
a report count sessions in 次, 期 or 批次 (README, unit families); trial qa32 onboarded 慈溪市 2013, 2015 and
2017 (tests/extract/real blind21, blind26), whose law lectures are 3次, 16期 and 7次: the page read
16次（2015年）→ 7次（2017年） beside the quote 举办法治讲座16期, and 3期（2013年） beside 等3次集中授课, the base value
taking the later figure's word. Here a 2018 report of 四会市 counts its inspections in 批次 where the bundled 2017
report writes 开展抽查155次."""

from __future__ import annotations

import imperfect
import pandas as pd
import pytest

from indicators.publish import sections, summary
from indicators.read import analysis

TEXT = "四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，开展抽查160批次。\n"
FIGURES = """metric_id,period,value,unit,qualifier,quote,note,scope,variant
random_inspections,2018,160,批次,,开展抽查160批次,,,
"""


@pytest.fixture(scope="module")
def changes(tmp_path_factory):
    db = imperfect.built_with_2018_report(tmp_path_factory.mktemp("base-unit"), TEXT, FIGURES)
    found = analysis.year_on_year("441284", 2017, 2018, db)
    return found[found["comparison"] == "year_on_year"]


def test_the_base_value_keeps_its_own_measure_word(changes) -> None:
    row = changes.set_index("measure_id").loc["random_inspections"]
    assert (row["base_unit"], row["unit"]) == ("次", "批次")


def test_the_page_writes_each_value_with_its_quote_word(changes) -> None:
    html = sections.changes_table(changes, "changes", 2017, 2018).to_html()
    assert "155次（2017年）" in html and "160批次（2018年）" in html
    assert "155批次" not in html


def test_the_summary_writes_each_value_with_its_quote_word(changes) -> None:
    lines = [line for line in summary.change_sentences(changes, 2017, 2018) if line.startswith("双随机")
             or "155" in line]
    assert lines and all("2017年155次" in line and "2018年160批次" in line for line in lines), lines


def test_an_unchanged_count_reads_as_unchanged_not_as_none() -> None:
    """嘉善县 2022 and 2024 (blind9, blind18) both state 4 instructions; the summary read （0次）, a count of none."""
    same = pd.DataFrame({"comparison": ["year_on_year"], "comparable": [True], "name_zh": ["主要领导对法治工作的批示"],
                         "base_value": [4.0], "value": [4.0], "base_unit": ["次"], "unit": ["次"], "change": [0.0],
                         "not_comparable_reason": [None]})
    assert summary.change_sentences(same, 2022, 2024) == ["主要领导对法治工作的批示：2022年4次，2024年4次（持平）。"]
