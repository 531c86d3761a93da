"""The report profile's 报告所述值 column shows the rate a report states of an indicator even where indicators.csv
links no stated metric to it (the catalog's `<indicator>_stated`), instead of — (as if the report stated none).

qa36 onboarded 通州区 2019 (blind10, its 行政复议诉讼工作报告): 受理行政复议案件176件 … 纠错27件 … 2019年直接纠错率达13%.
The page showed 行政复议纠错率 15.34 with 报告所述值 —: the report's own 13% was on no row of the indicator, and a
reader saw a value the report seemed not to state, 2.3 points from the one it does."""

from __future__ import annotations

from pathlib import Path

from onboarded_page import built_page

from indicators.read import analysis

PAGE = ("2019年度通州区行政复议诉讼工作报告\n2019年，全区共受理行政复议案件176件，决定维持71件，纠错27件，"
        "2019年直接纠错率达13%。\n")
ROWS = ("reconsideration_cases,2019,176,件,,全区共受理行政复议案件176件,\n"
        "reconsideration_upheld,2019,71,件,,决定维持71件,\n"
        "reconsideration_corrected,2019,27,件,,纠错27件,\n")
STATED = "reconsideration_correction_rate_stated,2019,13,%,,2019年直接纠错率达13%,\n"


def test_the_stated_rate_of_an_unlinked_indicator_is_shown_beside_its_value(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "110112-2019", "北京市通州区人民政府", ROWS + STATED)
    rows = analysis.report_indicators("110112", 2019, db).set_index("indicator_id")
    row = rows.loc["reconsideration_correction_rate"]
    assert abs(row["value"] - 100 * 27 / 176) < 1e-9 and row["stated_value"] == 13, row
    assert rows.loc["reconsideration_upheld_rate", "stated_value"] != rows.loc["reconsideration_upheld_rate", "stated_value"]


def test_without_a_stated_rate_the_column_stays_empty(project: Path, tmp_path: Path) -> None:
    db = built_page(project, tmp_path, PAGE, "110112-2019", "北京市通州区人民政府", ROWS)
    row = analysis.report_indicators("110112", 2019, db).set_index("indicator_id").loc["reconsideration_correction_rate"]
    assert row["stated_value"] != row["stated_value"], row  # NaN: the report states no rate
