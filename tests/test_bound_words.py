"""The bound words the build reads in a qualified figure's quote (raw/bound_words.csv, checked by
sql/checks/qualifier_in_quote.sql) kept in step with the extractor's bounds, through what the extractor
writes, never its patterns: a bound a candidate carries that no word of the CSV writes would make the build
refuse a candidate the analyst accepted as extracted, and a word the extractor stops reading (or starts
reading) should be noticed here rather than in a build."""

from __future__ import annotations

import itertools
from pathlib import Path

import duckdb
import pandas as pd

from indicators.extract.candidates import extract_figures
from indicators.extract.devset import read_sources
from indicators.extract.text import read_report, simplified, simplified_table
from indicators.raw.bound_words import BOUND_WORDS_CSV, bound_words
from indicators.raw.figures import QUALIFIERS
from indicators.read.sql import sql_text

REAL = Path(__file__).parent / "extract" / "real"
# where a bound word stands in a sentence the extractor reads (the CSV's `stands`)
SENTENCES = {"before": "全年共受理行政复议案件{}300件。", "after_number": "全年共受理行政复议案件300{}件。",
             "after_unit": "全年共受理行政复议案件300件{}。"}


def _words() -> pd.DataFrame:
    return pd.read_csv(BOUND_WORDS_CSV, dtype=str, keep_default_na=False, encoding="utf-8")


def test_the_csv_is_well_formed() -> None:
    words = _words()
    assert not words["word"].duplicated().any() and (words["word"] != "").all()
    assert set(words["qualifier"]) == set(QUALIFIERS) - {""}
    assert set(words["stands"]) == set(SENTENCES) and set(words["extracted"]) <= {"yes", "no"}
    assert list(bound_words().columns) == ["word", "qualifier"] and len(bound_words()) == len(words)


def test_each_word_is_listed_in_both_scripts() -> None:
    """The SQL matches words as written, so a page in traditional characters (約96659次, 2萬餘元) needs each
    word's traditional spelling: every one the extractor's own table gives (its reverse, character by
    character), each with the row of its simplified word."""
    words = _words().set_index("word")
    traditional: dict[str, list[str]] = {}
    for code, plain in simplified_table().items():
        traditional.setdefault(plain, []).append(chr(code))
    for word, row in words.iterrows():
        plain = simplified(word)
        assert plain in words.index, (word, plain)
        assert list(words.loc[plain, ["qualifier", "stands", "extracted"]]) == list(row[["qualifier", "stands", "extracted"]])
        if plain == word:
            spellings = {"".join(chars) for chars in itertools.product(*([c, *traditional.get(c, [])] for c in word))}
            assert spellings <= set(words.index), (word, sorted(spellings - set(words.index)))


def test_each_word_bounds_a_number_as_the_extractor_reads_it(rules) -> None:
    """A sentence per word, the word where the CSV says it stands: the extractor gives it the CSV's qualifier,
    or none for a word marked `extracted` no (不足, 小于 and 大于 were, before it read them), which the build still
    accepts in a curated quote."""
    wrong = []
    for row in _words().itertuples():
        sentence = SENTENCES[row.stands].format(row.word)
        found = [(r.value, r.qualifier, row.word in r.quote) for r in extract_figures(sentence, 2020, rules).itertuples()]
        if found != [("300", row.qualifier if row.extracted == "yes" else "", True)]:
            wrong.append((row.word, sentence, found))
    assert wrong == []


def test_every_bound_the_extractor_writes_over_the_real_excerpts_is_a_word_of_the_csv(rules) -> None:
    """Each qualified candidate of the real excerpts (tests/extract/real) quotes a word of its own qualifier:
    the build, which asks only for some bound word, accepts it as extracted. 909 of 8,955 candidates at
    round 38."""
    words = _words()
    kind = {qualifier: list(group["word"]) for qualifier, group in words.groupby("qualifier")}
    qualified, unwritten = 0, []
    for source in read_sources(REAL):
        frame = extract_figures(read_report(REAL / f"{source['report']}.txt"), int(source["year"]), rules)
        for row in frame[frame["qualifier"] != ""].itertuples():
            qualified += 1
            if not any(word in row.quote for word in kind[row.qualifier]):
                unwritten.append((source["report"], row.value, row.qualifier, row.quote))
    assert qualified > 500  # the bounds are read at all
    assert unwritten == []


def test_the_check_refuses_only_a_bound_its_quote_writes_no_word_of() -> None:
    figures = pd.DataFrame([
        ("f.csv", 2, "upper_bound", "年收案数均不足500件"),  # 不足: an upper bound before the number
        ("f.csv", 3, "approximate", "全縣共累計收到企業和群眾評價約96659次"),  # 約: traditional
        ("f.csv", 4, "lower_bound", "為其追回拖欠工資2萬餘元"),  # 餘: traditional
        ("f.csv", 5, "lower_bound", "22.8万件"),
        ("f.csv", 6, "", "22.8万件"),  # no qualifier: not read
        ("g.csv", 7, "approximate", "抽查企业2917家"),
    ], columns=["source_file", "row_number", "qualifier", "quote"])
    con = duckdb.connect()
    con.register("raw_figures", figures)
    con.register("raw_bound_words", bound_words())
    refused = con.execute(sql_text("checks/qualifier_in_quote.sql")).fetchall()
    assert [row[:5] for row in refused] == [("qualifier-not-in-quote", "f.csv", 5, "qualifier", "lower_bound"),
                                            ("qualifier-not-in-quote", "g.csv", 7, "qualifier", "approximate")]
