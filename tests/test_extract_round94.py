"""Round 94 (#17): what blind86 showed that recurs in any report.

Read: 去年年底 owns the number a change starts from, not the one it reaches (由去年年底的4779家增长到11211家); a
hotline number before 人力资源 (12333人力资源和社会保障服务) is no count of people.
Named: a kind ending an uncounted list with 等…信息 names the list's total (…、财政资金等信息318条); 办理答复 after a
comma; a full-time 信息员; 接待咨询人数 among legal services; 公开信息 under a 主动公开 heading.
Unnamed: courses of a higher level a body's staff attended (参与县级法治培训4批次).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def _periods(text: str, year: int, rules) -> dict[str, str]:
    return dict(figure_columns(text, year, rules, "value", "period"))


def test_last_year_end_owns_the_start_of_a_change_only(checkout_rules) -> None:
    read = _periods("入驻平台的调解组织由去年年底的320家增长到905家，年均化解纠纷超2万件。", 2024, checkout_rules)
    assert read == {"320": "2023", "905": "2024", "2": "2024"}


def test_a_hotline_number_is_no_count_of_people(checkout_rules) -> None:
    text = "设立12333人力资源和社会保障服务、12338妇女儿童维权服务等专席5个。"
    assert figure_columns(text, 2024, checkout_rules, "value") == [("5",)]


def test_an_uncounted_list_of_kinds_names_the_total(checkout_rules) -> None:
    text = "2023年公开各类部门文件、工作总结、重大决策落实情况、财政资金等信息126条。"
    assert named(text, 2023, checkout_rules)["126"] == "disclosure_proactive_items"


def test_courses_of_a_higher_level_are_no_lectures_held(checkout_rules) -> None:
    assert named("组织全镇干部学习法律法规6次，参与县级法治培训3批次。", 2025, checkout_rules)["3"] == ""
    assert named("组织全镇60余名公职人员参加法治专题培训2场。", 2025, checkout_rules)["2"] == "law_lectures"


def test_disclosure_staff_and_answers(checkout_rules) -> None:
    text = ("我乡将政府信息公开工作纳入议事日程，指定1名专职信息员负责信息发布。"
            "2024年，共受理依申请公开12件，办理答复12件。")
    names = figure_columns(text, 2024, checkout_rules, "value", "metric_id")
    assert ("1", "disclosure_staff_full_time") in names and ("12", "disclosure_requests_answered") in names


def test_consultations_counted_as_people_received(checkout_rules) -> None:
    text = "在法律服务大厅设立咨询窗口。全年接待咨询人数超150人次。"
    assert named(text, 2024, checkout_rules)["150"] == "legal_consultations"


def test_information_under_a_proactive_heading(checkout_rules) -> None:
    text = "（一）主动公开情况\n在主动公开方面，围绕乡村振兴、民生保障等领域，累计公开信息75条。"
    assert named(text, 2024, checkout_rules)["75"] == "disclosure_proactive_items"
