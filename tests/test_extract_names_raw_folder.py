"""`indicators extract --raw DIR` names DIR's files in its errors, as `build --raw DIR` does
(tests/test_raw_folder_named_by_readers.py): its loaders of the rules, the wordings and the catalogs they check
against had named every file data/raw/..., so an analyst extracting with a scratch folder was sent to the
project's own files, which hold no such row. The project's own folder keeps its golden wording
(tests/test_extract_report.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from raw_edits import apply_steps, copy_raw

from indicators.cli import cli
from indicators.errors import IndicatorsError
from indicators.extract.suggestions import suggest

RULES, WORDINGS = "catalog/extraction_rules.csv", "catalog/metric_wordings.csv"

# (id, steps, the Error: line's text after the scratch folder); row 4 of the rules is power_list_items (项), row 2
# of the wordings recon_received
CASES = [
    ("rule-unknown-metric", [{"file": RULES, "set_cell": {"row": 4, "field": "metric_id", "value": "licencing_items"}}],
     '{raw}catalog/extraction_rules.csv row 4, field metric_id: "licencing_items" no such metric in '
     '{raw}catalog/metrics.csv [unknown-metric]'),
    ("rule-unit-mismatch", [{"file": RULES, "set_cell": {"row": 4, "field": "unit", "value": "件"}}],
     '{raw}catalog/extraction_rules.csv row 4, field unit: "件" differs from the unit "项" of metric power_list_items in '
     '{raw}catalog/metrics.csv [unit-mismatch]'),
    ("rule-bad-regex", [{"file": RULES, "set_cell": {"row": 4, "field": "before", "value": "权责清单(事项$"}}],
     '{raw}catalog/extraction_rules.csv row 4, field before: "权责清单(事项$" is not a valid regular expression'),
    ("metrics-schema", [{"file": "catalog/metrics.csv", "set_cell": {"row": 2, "field": "kind", "value": "lots"}}],
     "{raw}catalog/metrics.csv row 2, field kind"),
    ("wording-unknown-metric", [{"file": WORDINGS, "set_cell": {"row": 2, "field": "metric_id", "value": "nothing_such"}}],
     '{raw}catalog/metric_wordings.csv row 2, field metric_id: "nothing_such" no such metric in '
     '{raw}catalog/metrics.csv [unknown-metric]'),
    ("wording-unknown-source", [{"file": WORDINGS, "set_cell": {"row": 2, "field": "source_id", "value": "no_source"}}],
     '{raw}catalog/metric_wordings.csv row 2, field source_id: "no_source" no such source in '
     '{raw}catalog/vocabulary_sources.csv [unknown-source]'),
    ("sources-schema", [{"file": "catalog/vocabulary_sources.csv", "drop_column": "quote"}],
     "{raw}catalog/vocabulary_sources.csv"),
]


@pytest.fixture()
def scratch(raw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the reference raw data outside any project, in a folder no path of data/raw names."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDICATORS_ROOT", raising=False)
    return copy_raw(raw_dir, tmp_path / "scratch" / "raw")


@pytest.mark.parametrize(("steps", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_extract_names_the_folder_given(scratch: Path, steps: list[dict], expected: str) -> None:
    apply_steps(scratch, steps)
    result = CliRunner().invoke(cli, ["extract", str(scratch / "reports" / "441284-2017.txt"), "--jurisdiction", "441284",
                                      "--year", "2017", "--raw", str(scratch)])
    assert result.exit_code == 1, result.output
    assert "Error: " + expected.format(raw=f"{scratch}{os.sep}") in result.stderr, result.stderr
    assert "data/raw" not in result.stderr, result.stderr


def test_suggestions_name_the_folder_they_read(scratch: Path) -> None:
    """The suggestions read the metrics and wordings again (after the rules, which read them first): a file gone
    by then is named in the folder given."""
    (scratch / WORDINGS).unlink()
    with pytest.raises(IndicatorsError) as caught:
        suggest("收到行政复议申请6200件", 8, "件", scratch)
    assert f"{scratch}{os.sep}{WORDINGS}" in str(caught.value) and "data/raw" not in str(caught.value)
