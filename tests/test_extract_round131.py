"""Round 131 (#17): what blind123 showed that recurs in any report.

Read: a multiple of a year's figure written with that figure in brackets before 的 (约是2016年(2.6亿元)的2.23倍) is the
figure's own year's, as 是去年的6倍 is. Named: documents in force written 现行有效文件 in a sentence on normative
documents; interpretations written 政策解读类 with no noun after it. Withheld: the fines of one kind of case (按日计罚)
as the fines; penalty cases of a sector (市场监管领域500件) as reconsiderations, where only the noun names a 领域.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from extracted import rows
from named_figures import named_values as named


def test_multiple_with_the_earlier_figure_in_brackets(checkout_rules) -> None:
    text = "2023年，全市环境行政处罚罚款1.2亿元，约是2022年(0.5亿元)的2.4倍。"
    periods = {value: str(period) for _m, period, value, _u in rows(text, checkout_rules, 2023)}
    assert (periods["2.4"], periods["0.5"]) == ("2023", "2022")


def test_documents_in_force_written_as_files(checkout_rules) -> None:
    text = "本年度制发行政规范性文件2件、废止文件1件，截至目前，现行有效文件14件。"
    assert named(text, 2024, checkout_rules)["14"] == "normative_docs_in_force"


def test_interpretations_kind_without_a_noun(checkout_rules) -> None:
    text = "全年通过政府网站主动公开信息420条，其中主动公开重点领域信息61条、政策解读类18条、回应关切9条。"
    assert named(text, 2023, checkout_rules)["18"] == "disclosure_interpretations"


def test_fines_of_daily_penalties_are_a_part(checkout_rules) -> None:
    text = "全年环境行政处罚罚款8600万元。其中，实施按日计罚6起，罚款金额2100万元；实施查封扣押18起。"
    values = named(text, 2023, checkout_rules)
    assert (values["8600"], values["2100"]) == ("enforcement_fines", "")


def test_sector_penalty_cases_are_not_reconsiderations(checkout_rules) -> None:
    text = "全年办理行政处罚案件1260件，其中安全生产领域410件，罚款120万元；市场监管领域380件，罚款96万元。"
    assert named(text, 2023, checkout_rules)["380"] != "reconsideration_in_market_regulation"


def test_reconsiderations_by_sector_keep_their_name(checkout_rules) -> None:
    text = "全年收到行政复议申请212件，从案件类型看，涉及市场监管领域46件。"
    assert named(text, 2023, checkout_rules)["46"] == "reconsideration_in_market_regulation"
