"""A meta.yml's dates against its report year. Trial 23 typed 凯里市 2024's published_date as 2014-03-20 and
its signed_date after it: the build took both, and the summary's source line would print them as the
report's own. Each is now one line naming file, line, field and value."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reference_data import copy_reference_raw

from indicators.build import build_database
from indicators.errors import IndicatorsError

META = "reports/441284-2017.meta.yml"


def refused(tmp_path: Path, old: str, new: str) -> list[str]:
    raw = copy_reference_raw(tmp_path / "raw")
    meta = raw / META
    text = meta.read_text(encoding="utf-8")
    assert old in text
    meta.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(IndicatorsError) as refusal:
        build_database(raw_dir=raw, db_path=tmp_path / "db.duckdb")
    return [str(p) for p in refusal.value.problems]


def test_a_date_before_the_report_year_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, "published_date: 2018-01-03", "published_date: 2008-01-03") == [  # the folder built
        f'{tmp_path / "raw"}{os.sep}{META} line 10, field published_date: "2008-01-03" is before 2017, the year the '
        "report is about [date-before-year]"]


def test_a_report_signed_after_it_was_published_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, "signed_date: 2017-12-28", "signed_date: 2018-12-28") == [
        f'{tmp_path / "raw"}{os.sep}{META} line 9, field signed_date: "2018-12-28" is after published_date 2018-01-03: '
        "a report is signed before it is published [signed-after-published]"]


def test_the_reference_dates_pass(tmp_path: Path) -> None:
    raw = copy_reference_raw(tmp_path / "raw")
    assert build_database(raw_dir=raw, db_path=tmp_path / "db.duckdb").reports == 1
