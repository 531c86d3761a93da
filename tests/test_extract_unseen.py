"""A report the rules were not written from: a constructed county page in GBK with CRLF line ends,
page chrome, other wording, Chinese numerals and non-figures. The whole output is compared with a
literal list, so any change in what the extractor proposes shows up here."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.extract.candidates import extract_figures
from indicators.extract.rules import load_rules
from indicators.extract.text import read_report

PAGE = Path(__file__).parent / "extract" / "county_2018_page.txt"

EXPECTED = [
    ("service_items_total", "2018", "1086", "项", ""),
    ("licensing_items", "2018", "612", "项", ""),
    ("public_service_items", "2018", "474", "项", ""),
    ("online_full_process_items", "2018", "512", "项", ""),
    ("online_full_process_rate_stated", "2018", "83.66", "%", ""),
    ("normative_docs_filed_with_congress", "2018", "12", "件", ""),
    ("normative_docs_reviewed", "2018", "105", "份", ""),
    ("normative_docs_to_abolish", "2018", "20", "份", ""),
    ("normative_docs_to_amend", "2018", "9", "份", ""),
    ("reconsideration_cases", "2017", "30", "件", ""),
    ("reconsideration_cases", "2018", "42", "件", ""),
    ("reconsideration_upheld", "2018", "21", "件", ""),
    ("reconsideration_revoked", "2018", "3", "件", ""),
    ("reconsideration_confirmed_illegal", "2018", "2", "件", ""),
    ("reconsideration_terminated", "2018", "6", "件", ""),  # 终止6件: metric of the vocabulary (#17)
    ("", "2018", "20", "%", "approximate"),
    ("enforcement_training_sessions", "2018", "3", "期", ""),  # 执法培训班3期: metric of the catalog grown in round 14
    ("enforcement_training_participants", "2018", "600", "人", "lower_bound"),
    ("student_aid_min", "2018", "500", "元", ""),
    ("student_aid_max", "2018", "3000", "元", ""),
    ("ecological_forest_area_added", "2018", "1.2", "万亩", ""),
    ("business_startup_days_after", "2018", "5", "个工作日", "upper_bound"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("unseen") / "county-2018.txt"
    path.write_bytes(PAGE.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gbk"))
    return path


def test_unseen_report_yields_exactly_its_figures(page, raw_dir):
    text = read_report(page)
    frame = extract_figures(text, 2018, load_rules(raw_dir))
    got = list(frame[["metric_id", "period", "value", "unit", "qualifier"]].itertuples(index=False, name=None))
    assert got == EXPECTED
    assert all(text[int(r.quote_start):int(r.quote_end)] == r.quote for r in frame.itertuples())
