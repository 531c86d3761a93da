"""Round 114 (#17): what blind106 showed that recurs in any report.

Named: interpretations of documents with words between 解读 and the documents' noun (发布解读重要政策文件10篇); case-file
reviews counted before their noun (开展2次案卷质量评查); a list's powers counted right after 权责 (权责共326项); a Party
group's meetings on the rule of law (专题党组会) as the Party's, unless a head's 办公会 is named after the group; the
fall of disclosure requests named with them where no count stands before it. Unnamed: a list's net change on a year
before, which is not the items removed. Read: a cut-off date before 现行有效 bounds the documents, not the count's year.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_interpretations_of_documents_named_before_their_noun(checkout_rules) -> None:
    text = "依托门户网站主动公开政府信息1200条，发布解读重要政策文件8篇。"
    assert named(text, 2024, checkout_rules)["8"] == "disclosure_interpretations"
    assert named("依托门户网站主动公开政策文件37条。", 2024, checkout_rules)["37"] == "disclosure_policy_documents"


def test_case_file_reviews_counted_before_their_noun(checkout_rules) -> None:
    assert named("定期开展3次案卷质量评查。", 2024, checkout_rules)["3"] == "enforcement_case_file_reviews"


def test_powers_counted_right_after_quanze(checkout_rules) -> None:
    text = "经清理，2024年本局权责共288项(权力60项、责任228项)。"
    assert named(text, 2024, checkout_rules)["288"] == "power_list_items"


def test_a_party_groups_meetings_are_the_partys(checkout_rules) -> None:
    assert named("全年召开法治建设专题党组会17次。", 2025, checkout_rules)["17"] == "party_rule_of_law_meetings"
    text = "主持局党组会专题学法12次，召开局长办公会专题研究法治建设工作9次。"
    assert named(text, 2023, checkout_rules)["9"] == "rule_of_law_meetings"


def test_a_fall_of_disclosure_requests_without_their_count(checkout_rules) -> None:
    text = "本年度未收到政府信息公开申请，申请数量同比下降100%。"
    assert named(text, 2024, checkout_rules)["100"] == "disclosure_requests_decline_stated"


def test_a_net_change_on_a_year_before_is_not_items_removed(checkout_rules) -> None:
    text = "本局权责共288项，比2023年减少96项。"
    assert named(text, 2024, checkout_rules)["96"] == ""


def test_a_cut_off_date_before_xianxing_youxiao_is_not_the_period(checkout_rules) -> None:
    text = "2023年，对2022年12月31日以前现行有效的行政规范性文件进行了全面清理，废止行政规范性文件4件。"
    assert figure_columns(text, 2023, checkout_rules, "value", "period") == [("4", "2023")]
