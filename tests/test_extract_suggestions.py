"""Suggested metrics beside unassigned candidates: a review aid ranked from the catalog's words, limited to
metrics whose unit family admits the figure's measure word, never filled for a row that has a metric,
and a column the build accepts in a reviewed file. Constructed sentences, not the real excerpts'."""

from __future__ import annotations

import pandas as pd
import pytest
from raw_edits import copy_raw

from indicators.build import build_database
from indicators.extract.candidates import extract_figures
from indicators.extract.rules import load_rules
from indicators.extract.suggestions import suggest, with_suggestions

# 指派 (assigned to lawyers) is no verb of the legal aid wordings: the count stays for the reviewer (round 70 named
# 受理各类援助案件, which this sentence said before)
LEGAL_AID = "今年以来，区法律援助中心共指派各类援助案件120件，挽回经济损失300万元。"
MESSAGES = "全年办理群众留言560件，按期回复率100%。"


@pytest.fixture(scope="module")
def rules(raw_dir):
    return load_rules(raw_dir)


def _suggested(text: str, rules, raw_dir) -> pd.DataFrame:
    return with_suggestions(extract_figures(text, 2023, rules), text, raw_dir)


def test_an_unassigned_count_gets_the_metric_its_clause_names_first(rules, raw_dir) -> None:
    rows = _suggested(LEGAL_AID, rules, raw_dir).set_index("value")
    assert rows.loc["120", "metric_id"] == ""  # the extractor leaves it to the reviewer
    assert rows.loc["120", "suggested_metrics"].split("; ")[0] == "legal_aid_cases 法律援助案件"


def test_suggestions_keep_to_metrics_of_the_figures_unit(rules, raw_dir) -> None:
    units = pd.read_csv(raw_dir / "catalog" / "metrics.csv", dtype=str).set_index("metric_id")["unit"]
    text = MESSAGES
    at = text.index("100%")
    suggested = suggest(text, at, "%", raw_dir)
    assert "public_messages_reply_rate_stated" in suggested
    assert {units[m] for m in suggested} == {"%"}
    assert all(units[m] != "%" for m in suggest(text, text.index("560"), "件", raw_dir))


def test_a_clause_sharing_no_words_with_the_catalog_gets_no_suggestion(raw_dir) -> None:
    text = "甲乙丙丁戊己庚辛12件。"
    assert suggest(text, text.index("12"), "件", raw_dir) == []


def test_a_row_with_a_metric_gets_none(rules, raw_dir) -> None:
    text = "全年共开展行政执法监督检查15次，评查行政执法案卷200卷。"
    rows = _suggested(text, rules, raw_dir)
    assert (rows["metric_id"] != "").all() and (rows["suggested_metrics"] == "").all()


def test_the_build_accepts_a_reviewed_file_that_kept_the_column(raw_dir, tmp_path) -> None:
    raw = copy_raw(raw_dir, tmp_path / "raw")
    figures = raw / "figures" / "441284-2017.csv"
    frame = pd.read_csv(figures, dtype=str, keep_default_na=False)
    frame["suggested_metrics"] = "legal_aid_cases 法律援助案件; petitions_received 受理的信访事项"
    frame.to_csv(figures, index=False)
    summary = build_database(raw, tmp_path / "indicators.duckdb")
    assert summary.figures == 45


def test_a_word_one_metric_alone_is_counted_in_brings_that_metric(rules, raw_dir) -> None:
    """个 is no word of the 条 family of interpretations, but one they are counted in (`metric_measure_words.csv`,
    `names` no: the extractor leaves the figure to the reviewer). The build accepts 14 个 for them, so the review aid
    offers them: over the real set's tuned batches the curated metric was among the three for 1,553 of 2,433
    unassigned figures before, 1,638 after."""
    text = "2023年，全年发布政策解读14个。"
    rows = _suggested(text, rules, raw_dir).set_index("value")
    assert rows.loc["14", "metric_id"] == ""
    assert "disclosure_interpretations" in [s.split(" ")[0] for s in rows.loc["14", "suggested_metrics"].split("; ")]


def test_a_wording_added_within_one_session_is_offered_at_once(raw_dir, tmp_path) -> None:
    """The index is cached per folder and state of its catalog files: a wording an analyst adds between two
    `add-report`s of one notebook session is offered at the next, as the extractor reads the wordings anew. Before,
    the index of the folder's first read stayed for the whole process."""
    raw = copy_raw(raw_dir, tmp_path / "raw")
    text = "甲乙丙丁戊己庚辛12件。"
    assert suggest(text, text.index("12"), "件", raw) == []
    wordings = raw / "catalog" / "metric_wordings.csv"
    row = "legal_aid_words,legal_aid_cases,,甲乙丙丁,,,cases,20,,outline_2015,甲乙丙丁戊己庚辛5件\n"
    wordings.write_text(wordings.read_text(encoding="utf-8") + row, encoding="utf-8")
    assert suggest(text, text.index("12"), "件", raw)[:1] == ["legal_aid_cases"]
