"""An indicator computed from figures of different years says so. A term without a figure of the report
year takes its latest earlier one (30_indicator_values.sql), meant for a 2015 power list under 2017's
adjustments; trial 23's 宝鸡市 2006 (a reconsideration summary curated with 2005's outcomes and both years'
cases) got a 2006 correction rate of 12.5% = 2005's 3 revoked over 2006's 24 cases, shown with no word that
the ratio spans two years."""

from __future__ import annotations

import pandas as pd

from indicators.publish import sections


def test_a_value_from_two_years_is_named_with_its_years() -> None:
    indicators = pd.DataFrame({"name_zh": ["行政复议纠错率", "行政复议维持率"], "value": [12.5, 47.8],
                               "first_period": [2005, 2006], "last_period": [2006, 2006]})
    note = sections.unstated_indicators(indicators).data
    assert "行政复议纠错率（2005—2006年）" in note and "行政复议维持率" not in note


def test_values_of_one_year_get_no_note() -> None:
    indicators = pd.DataFrame({"name_zh": ["行政复议维持率"], "value": [47.8], "first_period": [2017],
                               "last_period": [2017]})
    assert sections.unstated_indicators(indicators) is None
