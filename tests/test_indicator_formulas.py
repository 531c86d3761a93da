"""A part of an indicator may have alternatives, taken when the ones before cannot be computed. Most
reports state their reconsideration cases corrected (纠错) and concluded (审结), not the revoked,
changed and confirmed-illegal counts of the bundled report. A district onboarded as a trial (通州区
2024: 已审结1550件，其中直接纠错161件) got no correction rate at all ("missing figure:
reconsideration_revoked"), and an upheld rate over the cases received would have been taken over the
cases concluded the report states."""

from __future__ import annotations

from pathlib import Path

import imperfect
import pytest

from indicators.read import analysis
from indicators.read.db import query_frame

TEXT = ("四会市人民政府关于2018年度法治政府建设情况的报告\n\n2018年，共收到行政复议申请40件，已审结32件，"
        "其中直接纠错8件，决定维持20件。\n")
FIGURES = """metric_id,period,value,unit,qualifier,quote,note
reconsideration_cases,2018,40,件,,共收到行政复议申请40件,
reconsideration_concluded,2018,32,件,,已审结32件,
reconsideration_corrected,2018,8,件,,其中直接纠错8件,
reconsideration_upheld,2018,20,件,,决定维持20件,
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return imperfect.built_with_2018_report(tmp_path_factory.mktemp("formulas"), TEXT, FIGURES)


def _values(db: Path, report: str) -> dict[str, tuple]:
    rows = query_frame("select indicator_id, numerator, denominator, value, numerator_alternative, denominator_alternative, "
                       "coalesce(reason, '') as reason from indicator_values "
                       "where report_id = $report and indicator_id like 'reconsideration%'", {"report": report}, db_path=db)
    return {r.indicator_id: tuple(r)[2:] for r in rows.itertuples()}


def test_corrected_over_concluded_when_the_outcomes_are_not_listed(db: Path) -> None:
    got = _values(db, "441284-2018")
    assert got["reconsideration_correction_rate"] == (8, 32, 25.0, 2, 1, "")
    assert got["reconsideration_upheld_rate"] == (20, 32, 62.5, 1, 1, "")  # over the 32 concluded, not the 40 received
    # the withdrawals are not stated: the reason is the first alternative's
    assert got["reconsideration_withdrawal_rate"][3:] == (1, 1, "missing figure: reconsideration_withdrawn")


def test_the_bundled_report_keeps_its_outcomes_over_cases_less_those_under_review(db: Path) -> None:
    got = _values(db, "441284-2017")
    assert got["reconsideration_correction_rate"][:5] == (6, 23, pytest.approx(600 / 23), 1, 2)
    assert {indicator: row[4] for indicator, row in got.items()} == {
        "reconsideration_correction_rate": 2, "reconsideration_upheld_rate": 2, "reconsideration_withdrawal_rate": 2}


def test_the_profile_lists_only_the_figures_of_the_alternatives_taken(db: Path) -> None:
    rows = analysis.report_indicators("441284", 2018, db).set_index("indicator_id")
    correction = rows.loc["reconsideration_correction_rate"]
    assert correction["figures"] == "纠错的行政复议案件 8件（2018）；审结的行政复议案件 32件（2018）"
    assert correction["quotes"] == "「已审结32件」 「其中直接纠错8件」"  # not the 40 received, which it does not use
