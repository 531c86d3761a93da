"""Round 139 (#17): what blind129 showed that recurs in any report.

Periods: the base a work builds on (在上一年度已下降6.5%的基础上) is read like a bracketed aside, its year dating the
numbers inside it only; 上年 and 上一年 are the year before the one the sentence names, whatever year the text speaks
from (去年 stays the speaker's last year); 上年轉結 and 上一年度转办 are carried into the year, as 上年结转 is.
Withheld: a total over more than a year (一年多来…促成4344件). Measured over every excerpt; blind130, never tuned on,
held out.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns, named_values

COURTS = "2023年，全省法院新收各类行政一审案件2.5万件，在上一年度已下降6.5%的基础上再下降1.3%，审结一审行政案件2.6万件。"


def test_the_base_years_fall_is_that_years_and_the_figures_after_it_the_named_years(checkout_rules) -> None:
    """The text dates no figure by 今年, so it may speak from the year after (`vantage`): 上一年 is still the year
    before the 2023 the sentence names, and the fall after the base is 2023's again."""
    assert figure_columns(COURTS, 2023, checkout_rules, "value", "period") == [
        ("2.5", "2023"), ("6.5", "2022"), ("1.3", "2023"), ("2.6", "2023")]


def test_a_count_carried_in_from_the_year_before_is_the_years(checkout_rules) -> None:
    text = ("2022年，我縣收到政府信息依申請公開9件，上年轉結1件，其中網絡申請數5件。"
            "2024年，全市共收到申请804件，上一年度转办15件。")
    assert figure_columns(text, 2024, checkout_rules, "value", "period") == [
        ("9", "2022"), ("1", "2022"), ("5", "2022"), ("804", "2024"), ("15", "2024")]


def test_the_year_before_a_text_that_names_none_keeps_the_speakers_vantage(checkout_rules) -> None:
    """Guard: without a year named before it, 上年 of a text that dates nothing by 今年 is the report year."""
    text = "上年，全市共收到行政复议申请2371件。"
    assert figure_columns(text, 2016, checkout_rules, "value", "period") == [("2371", "2016")]


MEDIATION = "全市人民调解组织共调解矛盾纠纷5000件，调解成功率达98.5%。"


def test_a_total_over_more_than_a_year_is_not_named(checkout_rules) -> None:
    assert named_values("一年多来，" + MEDIATION, 2023, checkout_rules) == {"5000": "", "98.5": ""}


def test_a_years_mediations_keep_their_metrics(checkout_rules) -> None:
    """Guard: the same figures of the year named."""
    assert named_values("2023年，" + MEDIATION, 2023, checkout_rules) == {
        "5000": "people_mediation_disputes", "98.5": "mediation_success_rate_stated"}
