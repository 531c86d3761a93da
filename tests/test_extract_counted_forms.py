"""Counts real reports write that the reader must take as figures (round 30: blind20, blind23 and blind25 missed them):
measure words of rooms, vehicles, areas and words, time limits in days, recent years, and counts in 万 or 万亿 of a
noun that is no measure word. Written here with other sentences and numbers than the real excerpts that showed them."""

from __future__ import annotations

from extracted import qualified_rows, rows


def _units(text: str, rules, year: int = 2021) -> list[tuple[str, str, str]]:
    return [(value, unit, qualifier) for _m, _p, value, unit, qualifier in qualified_rows(text, rules, year)]


def test_measure_words_of_rooms_vehicles_areas_and_words(rules):
    text = ("全县142间学校参加，出动执法车辆800车次，查处渣土车260辆次，配发执法车12辆，"
            "新建调解室85㎡，撰写心得2万字。")
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2021)] == [
        ("142", "间"), ("800", "车次"), ("260", "辆次"), ("12", "辆"), ("85", "㎡"), ("2", "万字")]



def test_measure_words_of_ships_animals_and_mass(rules):
    # blind68, blind104, blind105, blind114 and blind115's curators list such counts of enforcement and ecology
    text = "全年检查船舶320艘次，清退渔船15艘，查获野生动物36头，没收种子800公斤、茶叶60余斤。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2021)] == [
        ("320", "艘次"), ("15", "艘"), ("36", "头"), ("800", "公斤"), ("60", "斤")]


def test_drug_seizures_in_kilograms_and_grams(rules):
    # blind118's curators list seizures in 千克 and 克; 微克/立方米, a concentration, is not 克
    text = "全年缴获各类毒品488千克，缴获毒品折合海洛因2452.5克；PM2.5平均浓度为30微克/立方米。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2023)] == [("488", "千克"), ("2452.5", "克")]

def test_days_after_the_words_that_set_a_time_limit_are_a_duration_and_a_date_is_not(rules):
    text = "听证告知期限不少于5日，应当自收到之日起15日内答复，并于3月18日召开会议。"
    assert _units(text, rules) == [("5", "日", "lower_bound"), ("15", "日", "upper_bound")]


def test_kinds_counted_as_types_are_a_count(rules):
    assert _units("将劳动争议、物业纠纷等7种类型纠纷纳入诉前调解。", rules) == [("7", "种", "")]


def test_recent_years_in_digits_are_a_span_and_in_chinese_numerals_are_not(rules):
    text = "近4年来，全区共受理行政复议案件312件；近三年，败诉案件逐年下降。"
    assert [found for found in _units(text, rules) if found[1] == "年"] == [("4", "年", "approximate")]


def test_a_mirrors_note_of_words_left_out_is_no_figure(rules):
    assert rows("以下省略812字，会员可阅读全文。", rules, 2021) == []


def test_a_count_in_wan_of_a_noun_or_closed_by_an_aside_is_a_figure_in_wan(rules):
    text = "为3.6万农民工追回欠薪，平台访问量达27万（同比增长5%），覆盖4万余群众，投入300万至500万元。"
    assert _units(text, rules) == [("3.6", "万", ""), ("27", "万", ""), ("5", "%", ""), ("4", "万", "lower_bound"),
                                   ("300", "万元", ""), ("500", "万元", "")]


def test_wan_yi_is_one_multiplier_and_renminbi_is_no_measure_word(rules):
    text = "全国生产总值达到90.03万亿人民币，涉案标的额6万多亿元。"
    assert _units(text, rules) == [("90.03", "万亿", ""), ("6", "万亿元", "lower_bound")]


def test_pinyin_a_mirror_left_between_two_numbers_keeps_the_first_numbers_measure_word(rules):
    # 由5個(gè)增加到9個(gè): the remnant after 個 sits between two numbers; moved before the words it would cut 5 from 个
    text = "全县公證機構由5個(gè)增加到9個(gè)，公證員由12人達(dá)到2021年的19人。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2021)] == [
        ("5", "个"), ("9", "个"), ("12", "人"), ("19", "人")]


def test_measure_words_of_ages_bodies_sets_items_and_questions(rules):
    text = "35岁以下的调解员占两成，司法部等5部门联合发文，推出服务套餐23组，受理投诉件14只，完成答题800题，细化为4方面21小项。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2021)] == [
        ("35", "岁"), ("5", "部门"), ("23", "组"), ("14", "只"), ("800", "题"), ("4", "方面"), ("21", "小项")]
