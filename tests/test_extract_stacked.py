"""Tables flattened to one cell a line (`extract/stacked.py`), written here with other words and numbers
than the real excerpts that showed the layout."""

from __future__ import annotations

from extracted import rows


def test_columns_then_one_row_of_numbers_take_the_titles_unit_and_their_headers_words(rules):
    text = "\n\n".join(["县市场监管局行政许可办理情况", "行政许可实施数量（件）", "受理数量", "不予许可数量",
                        "撤销许可数量", "318", "4", "1", "表中数据截至本年12月31日，由各科室报送，经法制科汇总后公布。"])
    assert rows(text, rules, 2022) == [("licensing_accepted", "2022", "318", "件"),
                                       ("licensing_refused", "2022", "4", "件"),
                                       ("licensing_revoked", "2022", "1", "件")]


def test_rows_led_by_a_serial_and_a_label_name_the_count_by_the_label_and_the_percent_as_its_share(rules):
    text = "\n".join(["行政复议案件办结情况（件）", "序号", "结案方式", "件数", "占比", "1", "驳回复议申请", "57",
                      "12.5%", "2", "其他", "9", "2.0%", "以上为全年情况。"])
    assert rows(text, rules, 2019) == [("reconsideration_dismissed", "2019", "57", "件"),
                                       ("reconsideration_dismissed_share_stated", "2019", "12.5", "%"),
                                       ("", "2019", "9", "件"), ("", "2019", "2.0", "%")]


def test_numbers_that_do_not_fill_the_columns_are_no_table_row(rules):
    text = "\n".join(["行政处罚实施数量（宗）", "警告", "罚款", "没收违法", "所得", "合计", "3", "40", "43",
                      "全年罚没款项均已上缴国库，未发现截留坐支的情况。"])
    assert rows(text, rules, 2021) == []


def test_an_untitled_ranking_reads_the_count_column_by_its_words_and_not_the_rank(rules):
    text = "\n\n".join(["各市情况如下。", "地市", "行政复议收案数", "名次", "变化", "甲市", "812", "1", "+", "乙市", "604",
                        "2", "-", "丙市", "377", "3", "+", "以上数据由各市报送。"])
    assert rows(text, rules, 2018) == [("", "2018", "812", "件"), ("", "2018", "604", "件"), ("", "2018", "377", "件")]


def test_year_columns_side_by_side_count_in_the_unit_of_the_caption_noun(rules):
    text = "\n".join(["表3：各县受理行政复议案件对比（按受理数排序）", "县", "2020年", "2019年", "增幅", "县", "2020年", "2019年",
                      "增幅", "东县", "41", "32", "28.13%", "西县", "12", "15", "-20.00%", "南县", "9", "6", "50.00%",
                      "北县", "7", "7", "0.00%", "合计以上四县。"])
    figures = [r for r in rows(text, rules, 2020) if r[3] == "件"]
    assert figures == [("", "2020", "41", "件"), ("", "2019", "32", "件"), ("", "2020", "12", "件"),
                       ("", "2019", "15", "件"), ("", "2020", "9", "件"), ("", "2019", "6", "件"),
                       ("", "2020", "7", "件"), ("", "2019", "7", "件")]


def test_short_lines_that_do_not_repeat_one_row_s_kinds_are_no_untitled_table(rules):
    text = "\n".join(["县", "行政复议收案数", "名次", "东县", "41", "1", "西县", "说明", "见附件", "以上。"])
    assert rows(text, rules, 2020) == []
