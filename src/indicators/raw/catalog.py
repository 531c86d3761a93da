"""The catalogs in `data/raw/catalog/`: jurisdictions, dimensions, units, metrics, indicators and
their terms, consistency rules, target sets and targets, and the metric rules of `indicators extract`.
Each has a pandera schema here; the references between catalogs (a metric's dimension, an
indicator's metrics, a rule's metric and unit) are checked in SQL at build time, where all tables
are loaded together.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from indicators.errors import IndicatorsError, Problem
from indicators.raw.cell_checks import (
    CODE,
    HIGHER_IS_BETTER,
    LEVELS,
    NUMBER,
    OPTIONAL_NUMBER,
    REGEX,
    optional_match,
    snake_id,
)
from indicators.raw.raw_names import catalog_file, raw_shown
from indicators.raw.schema import (
    YEAR,
    calendar_date,
    column,
    matches,
    one_of,
    pa,
    read_csv_text,
    required,
    schema_problems,
)

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "jurisdictions": pa.DataFrameSchema(
        {
            "jurisdiction_code": column(matches(CODE, "bad-code", "is not a six-digit GB/T 2260 code"), unique=True),
            "name_zh": column(required()),
            "name_en": column(required()),
            "level": column(one_of(LEVELS)),
            "parent_code": column(optional_match(CODE, "bad-code", "is not a six-digit code")),
            "province_code": column(matches(CODE, "bad-code", "is not a six-digit code")),
        },
        strict=True,
    ),
    "dimensions": pa.DataFrameSchema(
        {
            "dimension_id": column(snake_id("dimension id"), unique=True),
            "position": column(matches(r"^[0-9]+$", "not-an-integer", "is not a whole number")),
            "name_zh": column(required()),
            "name_en": column(required()),
            "outline_heading_zh": column(required()),
        },
        strict=True,
    ),
    "units": pa.DataFrameSchema(
        {
            "unit": column(required(), unique=True),
            "name_en": column(required()),
            "kind": column(one_of(("count", "percent", "duration", "money", "area"))),
            "min_value": column(OPTIONAL_NUMBER),
            "max_value": column(OPTIONAL_NUMBER),
        },
        strict=True,
    ),
    "metrics": pa.DataFrameSchema(
        {
            "metric_id": column(snake_id("metric id"), unique=True),
            "name_zh": column(required()),
            "name_en": column(required()),
            "unit": column(required()),
            # growth: a rise on the period before, in % (同比增长128.78%): no unit maximum applies
            "kind": column(one_of(("count", "percent", "growth", "duration", "money", "area"))),
            "dimension_id": column(required()),
            "higher_is_better": column(HIGHER_IS_BETTER),
            "baseline_metric_id": column(),
            "definition": column(required()),
        },
        strict=True,
    ),
    "indicators": pa.DataFrameSchema(
        {
            "indicator_id": column(snake_id("indicator id"), unique=True),
            "name_zh": column(required()),
            "name_en": column(required()),
            "dimension_id": column(required()),
            "unit": column(required()),
            "higher_is_better": column(HIGHER_IS_BETTER),
            "stated_metric_id": column(),
            "definition": column(required()),
            "not_comparable_with": column(),
        },
        strict=True,
    ),
    "indicator_terms": pa.DataFrameSchema(
        {
            "indicator_id": column(required()),
            "part": column(one_of(("numerator", "denominator"))),
            "metric_id": column(required()),
            "sign": column(one_of(("1", "-1"))),
            "required": column(one_of(("true", "false"))),
            "alternative": column(one_of(("1", "2", "3"))),
            "earlier_year": column(one_of(("true", "false"))),
        },
        strict=True,
        unique=["indicator_id", "part", "alternative", "metric_id"],
    ),
    "consistency_rules": pa.DataFrameSchema(
        {
            "rule_id": column(snake_id("rule id"), unique=True),
            "kind": column(one_of(("sum_equals", "at_most"))),
            "total_metric_id": column(required()),
            "part_metric_ids": column(required()),
            "severity": column(one_of(("error", "warning"))),
            "description_zh": column(required()),
            "description_en": column(required()),
        },
        strict=True,
    ),
    "target_sets": pa.DataFrameSchema(
        {
            "target_set": column(matches(r"^[a-z0-9][a-z0-9-]*$", "bad-id", "is not a lower-case id"), unique=True),
            "name_zh": column(required()),
            "name_en": column(required()),
            "year": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
            # whom the set binds, as the document names it: codes (empty: nationwide), whether the
            # jurisdictions under them are bound too (unstated: the page says so instead of judging)
            "binds_codes": column(matches(r"^$|^[0-9]{6}( [0-9]{6})*$", "bad-code",
                                          "is not a space-separated list of six-digit codes")),
            "binds_subordinates": column(one_of(("yes", "no", "unstated"))),
            "scope_quote": column(required()),
            "note": column(),
        },
        strict=True,
    ),
    "targets": pa.DataFrameSchema(
        {
            "target_set": column(required()),
            "measure_kind": column(one_of(("indicator", "metric"))),
            "measure_id": column(required()),
            "comparator": column(one_of((">=", "<="))),
            "target_value": column(NUMBER),
            "unit": column(required()),
            "scope_zh": column(required()),
            "province_code": column(optional_match(CODE, "bad-code", "is not a six-digit code")),
            "applies_to_levels": column(
                matches(rf"^({'|'.join(LEVELS)})( ({'|'.join(LEVELS)}))*$", "not-allowed",
                        f"is not a space-separated list of {', '.join(LEVELS)}")
            ),
            "deadline": column(calendar_date(optional=True)),
            "document_title": column(),
            "document_number": column(),
            "issuer": column(),
            "issued": column(calendar_date(partial=True)),
            "quote": column(required()),
            "note": column(),
        },
        strict=True,
        unique=["target_set", "measure_kind", "measure_id"],
        # a target without its source document is refused in sql/checks/catalog.sql (one error per row)
    ),
    # What the 法治政府建设实施纲要（2015－2020年）requires a report to cover, with the metrics that would
    # state it and the 纲要's words where they were retrieved (an empty quote says so, never made up);
    # from_year/to_year: the report years the 纲要 covers (a 2024 report is not read against it)
    "outline_items": pa.DataFrameSchema(
        {
            "item_id": column(snake_id("item id"), unique=True),
            "name_zh": column(required()),
            "name_en": column(required()),
            "from_year": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
            "to_year": column(matches(YEAR, "not-a-year", "is not a four-digit year")),
            "metric_ids": column(),
            "quote": column(),
            "source_url": column(matches(r"^$|^https?://", "bad-url", "is not an http(s) address")),
            "note": column(),
        },
        strict=True,
    ),
    # Metric rules of `indicators extract`: patterns around a number, matched in its sentence.
    "extraction_rules": pa.DataFrameSchema(
        {
            "rule_id": column(snake_id("rule id"), unique=True),
            "metric_id": column(required()),
            "unit": column(required()),
            "before": column(REGEX),
            "after": column(REGEX),
            "context": column(REGEX),
            "range_end": column(one_of(("", "low", "high"))),
            "priority": column(matches(r"^[0-9]+$", "not-an-integer", "is not a whole number")),
            "note": column(),
        },
        strict=True,
    ),
    # a metric's own measure words beyond its unit's family (indicators.extract.metric_measure_words)
    "metric_measure_words": pa.DataFrameSchema(
        {"metric_id": column(required()), "unit": column(required()), "names": column(one_of(("yes", "no"))),
         "example": column(required()), "note": column()},
        strict=True,
    ),
    # the metric vocabulary of `indicators extract` (see indicators.extract.vocabulary) and its sources
    "metric_wordings": pa.DataFrameSchema(
        {
            "wording_id": column(snake_id("wording id"), unique=True),
            "metric_id": column(required()),
            "subject": column(REGEX),
            "words": column(REGEX),
            "object": column(REGEX),
            "after": column(REGEX),
            "family": column(required()),
            "priority": column(matches(r"^[0-9]+$", "not-an-integer", "is not a whole number")),
            "parent_metric_id": column(),
            "source_id": column(required()),
            "note": column(),
        },
        strict=True,
    ),
    "vocabulary_sources": pa.DataFrameSchema(
        {
            "source_id": column(snake_id("source id"), unique=True),
            "title": column(required()),
            "url": column(matches(r"^https?://", "bad-url", "is not an http(s) address")),
            "quote": column(required()),
        },
        strict=True,
    ),
}


def load_catalog(raw_dir: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Every catalog file as a frame of strings, with the problems its schema found, each naming its file in
    `raw_dir` as the analyst opens it."""
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    folder = raw_shown(raw_dir)
    for name, schema in SCHEMAS.items():
        path = raw_dir / "catalog" / f"{name}.csv"
        display = catalog_file(folder, name)
        try:
            frame = read_csv_text(path, display)
        except IndicatorsError as exc:
            problems.extend(exc.problems)
            continue
        found = schema_problems(frame, schema, display)
        problems.extend(found)
        frames[name] = frame
    return frames, problems
