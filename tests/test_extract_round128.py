"""Round 128 (#17): what blind120 showed that recurs in any report.

Read: 个次, places counted per inspection visit, as a measure word of its own (as 家次 and 户次); 截止到 before a month
as a count up to a part of the year (as 截至 and 截止). Named: the fiscal kind right after 发布 in a list of what was
published; 组织结构类 as the overview kind. Withheld: a mailbox's on-time rate as the services' on-time rate; the key
tasks of the disclosure work's plan as rule-of-law tasks; documents and amounts counted up to a month (份, 元, 万元), as
cases are.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from extracted import rows
from named_figures import named_values as named


def test_places_counted_per_inspection_visit(checkout_rules) -> None:
    text = "全年检查农资经营门店652个次，检查种子市场40个。"
    assert [(value, unit) for _m, _p, value, unit in rows(text, checkout_rules, 2023)] == [("652", "个次"), ("40", "个")]


def test_counts_up_to_a_month_written_with_jiezhidao(checkout_rules) -> None:
    text = "截止到10月底，全县共受理行政复议案件48件，审结41件。"
    values = named(text, 2024, checkout_rules)
    assert (values["48"], values["41"]) == ("", "")


def test_counts_of_the_whole_year_keep_their_names(checkout_rules) -> None:
    text = "2024年，全县共受理行政复议案件48件，审结41件。"
    assert named(text, 2024, checkout_rules)["48"] == "reconsideration_cases"


def test_fiscal_items_right_after_publishing(checkout_rules) -> None:
    text = "做好法定主动公开内容发布。发布政策文件6条，发布规划计划12条，发布财政信息27条，发布行政执法信息9条。"
    assert named(text, 2023, checkout_rules)["27"] == "disclosure_fiscal_items"


def test_organisation_structure_as_the_overview_kind(checkout_rules) -> None:
    text = "2024年我乡主动公开信息数为71条，其中1.组织结构类4条；2.工作动态类55条；3.其他类12条。"
    assert named(text, 2024, checkout_rules)["4"] == "disclosure_overview_items"


def test_a_mailboxs_on_time_rate_is_not_the_services(checkout_rules) -> None:
    text = "公开人大代表建议办理结果8件；累计收到县长信箱87件，按时办结率为100%。"
    assert named(text, 2023, checkout_rules)["100"] == ""


def test_the_services_on_time_rate_stays(checkout_rules) -> None:
    text = "政务服务中心全年受理办件12.6万件，按时办结率为100%。"
    assert named(text, 2023, checkout_rules)["100"] == "service_ontime_rate_stated"


def test_key_tasks_of_the_disclosure_plan_are_not_rule_of_law_tasks(checkout_rules) -> None:
    text = "按照省、市政务公开工作要点的精神，对照政务公开18项重点工作，提升政务公开标准化规范化水平。"
    assert named(text, 2023, checkout_rules)["18"] == ""


def test_materials_and_fines_up_to_a_month(checkout_rules) -> None:
    text = "截至7月31日，全市共派发法治宣传资料36万余份，罚款1250万元。"
    values = named(text, 2024, checkout_rules)
    assert (values["36"], values["1250"]) == ("", "")
