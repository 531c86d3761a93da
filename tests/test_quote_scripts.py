"""A quote is copied verbatim from the page it cites, in that page's script: never converted between traditional
and simplified characters. Many mirrors serve the 纲要 and the reports in traditional characters (機關, 應訴), and a
summary in simplified Chinese then shows words that look mistyped; so a quote taken from a traditional copy says so
in its row (an outline item's note, a vocabulary source's title), and a row that says nothing is a simplified copy.
The characters below are common traditional-only forms: a heuristic of this test, not of the package."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

CATALOG = Path(__file__).resolve().parents[1] / "data" / "raw" / "catalog"
TRADITIONAL_ONLY = set("機關會應訴執與這為們國發說時實現區對開問進過還經產書長門專業東動點義體記達變設報務劃戰統總綱縱營環優"
                       "級爭議識顯顧隊規範權責審讓認層項決員處類貫徹條鄉鎮")


def _rows(name: str) -> list[dict[str, str]]:
    with (CATALOG / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _traditional(text: str) -> str:
    return "".join(sorted(set(text) & TRADITIONAL_ONLY))


@pytest.mark.parametrize("item", _rows("outline_items"), ids=lambda item: item["item_id"])
def test_an_outline_quote_from_a_traditional_copy_says_so(item: dict[str, str]) -> None:
    if _traditional(item["quote"]):
        assert "traditional characters" in item["note"], (item["item_id"], _traditional(item["quote"]))


@pytest.mark.parametrize("source", _rows("vocabulary_sources"), ids=lambda source: source["source_id"])
def test_a_vocabulary_source_quoted_from_a_traditional_copy_says_so(source: dict[str, str]) -> None:
    """outline_2021 (the 纲要 2021－2025) was titled as the 纲要 itself while its quote is a mirror's traditional
    copy (縱深推進, 營商環境): a reader comparing it with the gov.cn text would think it mistyped."""
    if _traditional(source["quote"]):
        assert "繁体字" in source["title"], (source["source_id"], _traditional(source["quote"]))


@pytest.mark.parametrize("name", ["targets", "target_sets"])
def test_target_quotes_are_simplified_copies(name: str) -> None:
    """The targets' documents were all read on simplified pages: a traditional character in their quotes would be
    a conversion, which this catalog never makes."""
    for row in _rows(name):
        quote = row.get("quote", row.get("scope_quote", ""))
        assert not _traditional(quote), (name, row["target_set"], _traditional(quote))
