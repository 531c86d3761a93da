"""Number forms a report writes that the reader must take as figures: a rate's change in 百分点 without its 个.
Written here with other numbers than the real excerpts that showed them."""

from __future__ import annotations

from extracted import qualified_rows, rows


def test_points_without_ge_are_a_rates_change_as_with_it(rules):
    found = rows("2023年，全县行政诉讼一审败诉率8.15%，同比下降2.37百分点。", rules, 2023)
    assert found == [("litigation_loss_rate_stated", "2023", "8.15", "%"),
                     ("litigation_loss_rate_decline_points", "2023", "2.37", "百分点")]


def test_measure_words_of_visits_rounds_letters_and_places(rules):
    text = ("走访企业320余家次，开展2轮次案卷评查，收到感谢信46封、锦旗9面，对司法局等4单位开展督察，"
            "开设11门法治课程，梳理9种执法行为，在2市5县开展试点。")
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2023)] == [
        ("320", "家次"), ("2", "轮次"), ("46", "封"), ("9", "面"), ("4", "单位"), ("11", "门"), ("9", "种"), ("5", "县")]


def test_those_words_after_a_number_that_does_not_count_them_are_no_figure(rules):
    # 县级, 省委, 门户, 轮岗, 面积: the word starts another noun, so the number before it is no count
    text = "全市12个县级部门、3省委巡视组、2门户网站完成改版，推行5轮岗制度，新增绿地面积。"
    assert [unit for _m, _p, _v, unit in rows(text, rules, 2023)] == ["个"]


def test_a_rate_reaching_a_level_is_named_by_the_rate_but_a_change_is_not(rules):
    reached = rows("2022年，全县行政机关负责人出庭应诉率首次达到96.5%，一审败诉率下降至7.4%。", rules, 2022)
    assert [metric for metric, *_ in reached] == ["litigation_appearance_rate_stated", "litigation_loss_rate_stated"]
    changed = rows("2022年，全县行政诉讼一审败诉率下降7.4%。", rules, 2022)
    assert [metric for metric, *_ in changed] != ["litigation_loss_rate_stated"]  # a fall of the rate, not its level


def test_asterisks_masking_words_before_a_number_are_no_formula(rules):
    # 7×24小时 is a factor of a formula (no figure); ***86项, a mirror's mask over the words before it, is a count
    found = rows("公布中介服务事项清单,***86项，实行7×24小时服务。", rules, 2021)
    assert [(value, unit) for _m, _p, value, unit in found] == [("86", "项")]


def test_an_amount_whose_unit_is_its_万_or_亿_alone_closing_a_clause_is_a_figure(rules):
    # ...and, since round 30, where a noun follows it (3亿多劳动者: the count of a noun with no measure word, which
    # curators of four batches list with unit 万 or 亿: test_extract_counted_forms.py)
    found = qualified_rows("用户注册量超过1008万，帮助农民工讨薪8.2亿。覆盖3亿多劳动者。", rules, 2022)
    assert [(value, unit, bound) for _m, _p, value, unit, bound in found] == [
        ("1008", "万", "lower_bound"), ("8.2", "亿", ""), ("3", "亿", "lower_bound")]


def test_categories_counted_in_大类_are_figures_but_not_the_count_of_kinds_just_listed(rules):
    text = "对全县各部门的9大类615项政务服务事项进行梳理。公开的信息包括组织机构、政策文件、工作信息等三大类。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2020)] == [("9", "大类"), ("615", "项")]


def test_quoted_speech_states_figures_but_a_short_quoted_slogan_does_not(rules):
    text = ("科长介绍说，“本月我们举办了宪法知识竞答活动，围绕宪法设置3600份有奖竞答。”"
            "活动以“3个100%”为目标。“开展巡回宣讲共5场，旨在通过文艺表演的方式提高公民法治素养，引导群众树立遇事找法、解决问题靠法的意识”")
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2020)] == [("3600", "份"), ("5", "场")]


def test_years_taken_or_gained_are_figures_but_a_year_or_a_plans_length_is_not(rules):
    text = "2020年，一起历经6年的行政协议纠纷成功化解，提前3年完成目标，落实3年行动计划。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, rules, 2020)] == [("6", "年"), ("3", "年")]
