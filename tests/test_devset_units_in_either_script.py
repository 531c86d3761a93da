"""The real set's units score compares measure words in either script (#17): a curator who copied 條 or
個(gè)百分點(diǎn) from a traditional page wrote the measure word the extractor writes 条 or 个百分点; only another
measure word is a wrong unit."""

from __future__ import annotations

import pandas as pd

from indicators.extract.devset import score_figures


def _rows(*units: str) -> pd.DataFrame:
    return pd.DataFrame({"period": ["2021"] * len(units), "value": [str(n) for n in range(1, len(units) + 1)],
                         "metric_id": [""] * len(units), "unit": list(units)})


def test_the_same_measure_word_in_either_script_is_right() -> None:
    score = score_figures(_rows("条", "个百分点", "万元"), _rows("條", "個(gè)百分點(diǎn)", "萬元"))
    assert (score.found, score.unit_right) == (3, 3)


def test_another_measure_word_is_still_wrong() -> None:
    score = score_figures(_rows("件", "个"), _rows("份", "項"))
    assert (score.found, score.unit_right) == (2, 0)
