"""References between catalog files are data (src/indicators/raw/references.csv): each row is
checked by the one query sql/checks/references/reference.sql, and each is shown here to refuse a
value that names nothing."""

from __future__ import annotations

import pytest
from raw_edits import apply_steps, copy_raw

from indicators.build import build_database
from indicators.errors import IndicatorsError, Problem
from indicators.raw.catalog import SCHEMAS
from indicators.raw.raw_names import raw_shown
from indicators.raw.references import references

# a value of the column's shape (so the schema lets it through) that names no row
DANGLING = {"parent_code": "999999", "province_code": "999999"}


def test_every_reference_names_columns_the_catalog_schemas_have():
    for ref in references():
        assert ref.column in SCHEMAS[ref.table].columns, ref
        assert ref.target_column in SCHEMAS[ref.target_table].columns, ref
        assert SCHEMAS[ref.target_table].columns[ref.target_column].unique or ref.target_table == "units", ref


@pytest.mark.parametrize("ref", references(), ids=lambda r: f"{r.table}.{r.column}")
def test_a_value_naming_nothing_is_refused_with_its_row(ref, raw_dir, tmp_path):
    raw = copy_raw(raw_dir, tmp_path / "raw")
    value = DANGLING.get(ref.column, "no_such_id")
    apply_steps(raw, [{"file": f"catalog/{ref.table}.csv", "set_cell": {"row": 3, "field": ref.column, "value": value}}])
    with pytest.raises(IndicatorsError) as caught:
        build_database(raw, tmp_path / "indicators.duckdb")
    folder = raw_shown(raw)  # the folder built, named as given (no project holds it)
    expected = Problem(ref.code, f'"{value}" {ref.message(folder)}', file=ref.file(folder), row=3, field=ref.column,
                       value=value)
    assert expected in caught.value.problems, "\n".join(map(str, caught.value.problems))


def test_an_empty_optional_reference_passes_and_an_empty_required_one_does_not():
    optional = {(r.table, r.column) for r in references() if r.optional}
    assert optional == {("metrics", "baseline_metric_id"), ("indicators", "stated_metric_id"),
                        ("indicators", "not_comparable_with"), ("jurisdictions", "parent_code"),
                        ("outline_items", "metric_ids")}
