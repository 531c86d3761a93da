"""`|` tables whose count columns name no unit (`数量`): the caption above gives it (`extract/flattened.py`,
`data/counted_nouns.csv`), written here with other places and numbers than the real excerpt that showed it."""

from __future__ import annotations

from extracted import rows

TABLE = ["表2:各县区受理行政复议案件情况(按数量排列)", "县区  | 数量  | 县区  | 数量  | ",
         "东城  | 812  | 西岭  | 77  | ", "南湖  | 65  | 北川  | 9  | ", "合计  | 963  | ||"]


def test_a_bare_count_column_takes_the_measure_word_of_what_its_caption_counts(rules):
    found = rows("\n".join(TABLE), rules, 2021)
    assert [(value, unit) for _m, _p, value, unit in found] == [
        ("812", "件"), ("77", "件"), ("65", "件"), ("9", "件"), ("963", "件")]
    # the regions' counts are listed without a metric; the total row is named by the caption's subject
    assert [metric for metric, *_ in found] == ["", "", "", "", "reconsideration_accepted"]


def test_without_a_counted_noun_in_the_caption_bare_cells_stay_unread(rules):
    text = "\n".join(["表2:各县区基本情况", *TABLE[1:]])
    assert rows(text, rules, 2021) == []
