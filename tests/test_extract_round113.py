"""Round 113 (#17): what blind105 showed that recurs in any report.

Read: punctuation in its small presentation forms (﹔), which some mirror pages serve, as the mark it stands for; a
rate's denominator in Chinese numerals after 每 (每十万人) as no figure. Named: publicity counted before 宣传 alone in
a sentence on the law's publicity; requests 完成 as concluded. Unnamed: the courts' caseload or judgments of
public-interest suits a procuratorate brought; a fair-competition review's clean-up named in the sentence before;
the rates of petitions (信访) counted before them, which are not the government's services; petitions of one channel.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_a_small_semicolon_ends_a_clause(checkout_rules) -> None:
    text = "全市法院受理行政案件130件﹔市司法局办理行政复议案件45件。"
    assert figure_columns(text, 2023, checkout_rules, "value", "quote") == [
        ("130", "全市法院受理行政案件130件"), ("45", "市司法局办理行政复议案件45件")]


def test_a_denominator_in_words_after_mei_is_no_figure(checkout_rules) -> None:
    text = "全市每十万人座席数5.2人，全市每一万人平均拥有律师4.5人。"
    assert [value for value, in figure_columns(text, 2023, checkout_rules, "value")] == ["5.2", "4.5"]


def test_public_interest_suits_are_neither_lawsuits_nor_the_courts_caseload(checkout_rules) -> None:
    text = "全省各级法院审理消费纠纷案件1.3万件﹔检察部门办理食药安全领域公益诉讼案件723件。"
    assert named(text, 2023, checkout_rules)["723"] == ""
    assert named("提起公益诉讼457件，法院已审结359件。", 2023, checkout_rules)["359"] == ""
    assert named("全县法院审结一审行政诉讼案件38件。", 2023, checkout_rules)["38"] == "litigation_concluded"


def test_a_fair_competition_clean_up_named_in_the_sentence_before(checkout_rules) -> None:
    text = "全面推进公平竞争审查工作。据统计，全年共审查文件960件，修改4件，废止3件。"
    assert named(text, 2022, checkout_rules)["3"] == ""
    assert named("开展规范性文件清理，共废止3件。", 2022, checkout_rules)["3"] == "normative_docs_abolished"


def test_rates_of_petitions_are_not_of_services(checkout_rules) -> None:
    text = "全年处理群众信访事项1290件，按期办结率100%，群众满意率97.5%。"
    assert named(text, 2022, checkout_rules)["97.5"] == ""
    assert named("政务服务按期办结率100%，群众满意率97.5%。", 2022, checkout_rules)["97.5"] == \
        "service_satisfaction_rate_stated"


def test_online_petitions_are_one_channel(checkout_rules) -> None:
    assert named("办理网上信访812件、网民留言300件。", 2022, checkout_rules)["812"] == ""


def test_publicity_counted_before_xuanchuan_alone(checkout_rules) -> None:
    text = "开展习近平法治思想宣传宣讲活动，全年结合院坝会完成18场次宣传。"
    assert named(text, 2025, checkout_rules)["18"] == "publicity_events"


def test_disclosure_requests_completed_are_concluded(checkout_rules) -> None:
    text = "本年度受理政府信息公开申请4件，已完成依申请公开申请3件。"
    assert named(text, 2023, checkout_rules) == {"4": "disclosure_requests", "3": "disclosure_requests_concluded"}
