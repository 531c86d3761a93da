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


# the 2021 disclosure-report form (第二十条), other numbers than the real excerpt that showed it
FORM = ["第二十条第(一)项 | |||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 (历史累计) |",
        "规章 | 2 | 1 |", "行政规范性文件 | 7 | 3 | 41 |", "第二十条第(六)项 | |||",
        "信息内容 | 本年处理决定数量 | ||", "行政处罚 | 316 | ||", "行政强制 | 9 | ||"]
FORM_FOUND = [("rules_issued", "2", "件"), ("rules_abolished", "1", "件"), ("normative_docs_issued", "7", "件"),
              ("normative_docs_abolished", "3", "件"), ("normative_docs_in_force", "41", "件"),
              ("enforcement_penalty_cases", "316", "件"),
              ("enforcement_coercion_cases", "9", "件")]


def test_the_disclosure_form_is_read_by_row_and_column_one_line_a_row_or_one_cell_a_line(rules):
    # a column counting in 件 (本年制发件数) or counting a noun (处理决定数量) gives the unit; a row may end early
    found = rows("\n".join(FORM), rules, 2022)
    assert [(metric, value, unit) for metric, _p, value, unit in found] == FORM_FOUND
    # the same table as some pages write it: a bare | opens a row, then one cell a line
    cells = []
    for line in FORM:
        cells += ["|", *[f"{cell.strip()} |" for cell in line.split("|") if cell.strip()]]
    found = rows("\n".join(cells), rules, 2022)
    assert [(metric, value, unit) for metric, _p, value, unit in found] == FORM_FOUND
