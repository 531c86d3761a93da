"""A before/after pair within a year is two metrics, and its row names both: 南昌县 2020 (blind6, onboarded in qa33)
read 开办企业全流程时限（改革后） | 21个工作日（2020年） | 2个工作日（2020年）, the after-reform limit as 21 days, and
黑龙江省 2020 named 2889 items of 行政权力事项（精简前） 权责清单事项数. The bundled report's two pairs are the test."""

from __future__ import annotations

from pathlib import Path

from indicators.publish import sections
from indicators.read import analysis


def test_a_before_after_row_names_the_before_metric_too(db: Path) -> None:
    changes = analysis.year_on_year("441284", 2017, 2017, db)
    pairs = changes[changes["comparison"] == "before_after"]
    html = sections.changes_table(pairs, "before-after", 2017, 2017).to_html()
    assert "开办企业全流程时限（改革前） → 开办企业全流程时限（改革后）" in html
    assert "工商登记时限（改革前） → 工商登记时限（改革后）" in html
    yearly = analysis.year_on_year("441284", 2016, 2017, db)
    html = sections.changes_table(yearly[yearly["comparison"] == "year_on_year"], "changes", 2016, 2017).to_html()
    assert " → " not in html  # two years of one metric keep its one name
