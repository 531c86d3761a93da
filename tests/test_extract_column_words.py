"""Tables whose columns name what they count (2021收案量, 占比, 同比2020年) and numbers written with a sign
(`extract/column_words.py`, `numbers.sign_of`): bare counts take the unit their column's name implies and the year
it writes, and a change written -25.0% is negative. Written here with other numbers and names than the real
excerpt that showed the layout."""

from __future__ import annotations

from extracted import rows

from indicators.extract.column_words import column_unit, column_year
from indicators.extract.mentions import quantities
from indicators.extract.text import Span
from indicators.numbers import value_in_text

TABLE = ["表2 2021年度行政复议案件被申请人情况",
         "被申请人 | 2020收案量 | 2021收案量 | 占比 | 同比2020年 |",
         "区市场监管局 | 12 | 9 | 45.0% | -25.0% |",
         "区公安分局 | 4 | 11 | 55.0% | +175.0% |"]


def test_bare_counts_take_the_unit_and_year_their_column_names(rules):
    found = [(period, value, unit) for _metric, period, value, unit in rows("\n".join(TABLE), rules, 2021)]
    assert found == [("2020", "12", "件"), ("2021", "9", "件"), ("2021", "45.0", "%"), ("2021", "-25.0", "%"),
                     ("2020", "4", "件"), ("2021", "11", "件"), ("2021", "55.0", "%"), ("2021", "175.0", "%")]


def test_a_column_name_implies_a_unit_only_by_the_words_it_ends_with():
    assert [column_unit(words) for words in ("2020收案量", "本年制发件数", "参训人数", "同比2019年", "纠错率(%)", "单位",
                                             "被申请人")] == ["件", "件", "人", "%", "%", "", ""]


def test_a_year_in_a_column_name_is_its_cells_period_unless_compared():
    assert column_year("区市场监管局\t被申请人 2020收案量", 2021) == 2020
    assert column_year("2021年", 2021) == 2021
    assert column_year("区公安分局\t被申请人 同比2020年", 2021) is None  # a change, of the report's year
    assert column_year("2010年 2021年", 2021) is None  # two years: the name says nothing on its own
    assert column_year("1998受理量", 2021) is None  # too far from the report's year to be its period


def test_a_sign_counts_only_where_no_number_stands_before_it():
    def values(text: str) -> list[str]:
        return [q.value for q in quantities(Span(0, len(text), text))]

    assert values("受理量同比-12.5%，办结率同比+3.0%") == ["-12.5", "3.0"]
    assert values("增幅在10%-20%之间") == ["10", "20"]  # a range, not a fall
    assert values("办理时限压缩至3-5个工作日") == ["3", "5"]


def test_the_build_finds_a_signed_value_in_its_quote():
    assert value_in_text(-25.0, "区市场监管局 | 12 | 9 | 45.0% | -25.0% |")
    assert value_in_text(25.0, "区市场监管局 | 12 | 9 | 45.0% | -25.0% |")  # entered as the size of a fall
    assert not value_in_text(-20.0, "增幅在10%-20%之间")


def test_a_table_split_by_blanks_reads_its_column_names_the_same_way(rules):
    text = "执法单位  2020结案量  2021结案量  结案率\n区城管执法局  36  41  97.5\n"
    assert [(period, value, unit) for _metric, period, value, unit in rows(text, rules, 2021)] == [
        ("2020", "36", "件"), ("2021", "41", "件"), ("2021", "97.5", "%")]


def test_a_bare_count_in_prose_takes_the_unit_of_the_noun_its_clause_names(rules):
    text = ("2022年，全区各级行政复议机关共审结复议案件1862，审结率为91.2%。其中行政处罚735，占收到申请总数的39.5%。"
            "微信公众号订阅人数为2416。办结率达到100。申请人与被申请人的比例约为3.5:1，另有编号2022。")
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2022)] == [
        ("1862", "件"), ("91.2", "%"), ("735", "件"), ("39.5", "%"), ("2416", "人")]
