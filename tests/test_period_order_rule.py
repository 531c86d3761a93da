"""One period-order rule (lookup.validate_parameters) for every caller: `indicators run` asks for a base earlier
than its year (the year itself reads as "nothing before it"), a notebook's year on year allows the period itself.
`run` had refused the year itself with a check of its own, before the shared one that allowed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.errors import IndicatorsError
from indicators.read import analysis, lookup


def _codes(**kwargs: object) -> list[tuple[str, str | None]]:
    with pytest.raises(IndicatorsError) as caught:
        lookup.validate_parameters(jurisdiction="441284", **kwargs)
    return [(p.code, p.hint) for p in caught.value.problems]


def test_an_earlier_base_is_refused_the_year_itself_where_run_asks(built_db: Path) -> None:
    assert _codes(year=2017, base_period=2017, period=2017, base_before_period=True, db_path=built_db) == [
        ("period-order", "give an earlier year, or leave it out for the latest one")]


def test_a_base_after_the_year_is_refused_with_or_without_strictness(built_db: Path) -> None:
    for strict in (True, False):
        assert _codes(base_period=2017, period=2016, base_before_period=strict, db_path=built_db) == [
            ("period-order", "swap them")]


def test_a_base_after_the_year_is_told_to_swap_even_when_it_has_no_figure(built_db: Path) -> None:
    """The order is the arguments' own mistake: 2018 has no figure for 441284, and still the swap is what to fix."""
    assert _codes(year=2017, base_period=2018, period=2017, base_before_period=True, db_path=built_db) == [
        ("period-order", "swap them")]


def test_an_unknown_earlier_base_is_an_unknown_period(built_db: Path) -> None:
    assert [code for code, _ in _codes(year=2017, base_period=2012, period=2017, base_before_period=True,
                                       db_path=built_db)] == ["unknown-period"]


def test_the_period_itself_is_allowed_where_it_was(built_db: Path) -> None:
    lookup.validate_parameters(jurisdiction="441284", base_period=2017, period=2017, db_path=built_db)
    lookup.validate_parameters(jurisdiction="441284", year=2017, base_period=2017, period=2017, db_path=built_db)
    assert list(analysis.year_on_year("441284", 2017, 2017, built_db).columns)  # read, not refused
