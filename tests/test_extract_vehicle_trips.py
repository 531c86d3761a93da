"""Vehicles sent out counted per trip (出动宣传车60台次) are read with their measure word 台次, not as 台: blind66's
Lianyuan and blind65's grassland month (近6000臺次) wrote them so, and the curated unit is 台次.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def test_vehicle_trips_keep_their_measure_word(checkout_rules) -> None:
    frame = extract_figures("2016年，全市出动宣传车45台次，发放宣传资料3万份。", 2016, checkout_rules)
    assert dict(frame[["value", "unit"]].itertuples(index=False, name=None))["45"] == "台次"


def test_traditional_vehicle_trips(checkout_rules) -> None:
    frame = extract_figures("2016年，出動宣傳車輛近800臺次。", 2016, checkout_rules)
    assert list(frame["unit"]) == ["台次"]
