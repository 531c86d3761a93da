"""Round 96 (#17): what blind88 showed that recurs in any report.

Named: requests counted as 依申请公开件 or 案件 (收到依申请公开件共计33件) or as 申请政府信息公开请求; requests carried
over written 结转上年 after 依申请公开, or 上年度结转案件; 办理完成 as concluded; outcomes counted before them (1件予以公开,
2件因本机关不掌握相关政府信息而无法提供); 现行有效 right before its count after a list of documents; the normative
documents a count of files holds (含行政规范性文件1件); 政策性文件 and 解读政策性文件; 主动向社会公开…等各类信息.
Unnamed: 对现行有效的225部地方性法规 (the documents a clean-up reviewed); 部门预算 alone (one of two kinds).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def _metrics(text: str, year: int, rules) -> list[str]:
    return [metric for (metric,) in figure_columns(text, year, rules, "metric_id")]


def test_requests_counted_as_files_or_cases(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2024年，收到依申请公开件共计14件。"
    assert named(text, 2024, checkout_rules)["14"] == "disclosure_requests"
    text = "（二）依申请公开情况\n2024年，共受理依申请公开案件9件，其中上年度结转案件0件。"
    assert _metrics(text, 2024, checkout_rules) == ["disclosure_requests", "disclosure_requests_carried_over"]
    text = "（二）依申请公开情况\n2025年，收到申请政府信息公开请求2件。"
    assert named(text, 2025, checkout_rules)["2"] == "disclosure_requests"


def test_carried_over_concluded_and_outcomes(checkout_rules) -> None:
    text = "（二）依申请公开情况\n2024年，街道收到依申请公开5件，结转上年3件，共办理完成8件。"
    assert _metrics(text, 2024, checkout_rules) == [
        "disclosure_requests", "disclosure_requests_carried_over", "disclosure_requests_concluded"]
    text = "（二）依申请公开情况\n全年收到依申请公开件6件，其中4件予以公开，2件因本机关不掌握相关政府信息而无法提供。"
    read = named(text, 2024, checkout_rules)
    assert read["4"] == "disclosure_granted" and read["2"] == "disclosure_not_held"


def test_normative_documents_in_force_and_published(checkout_rules) -> None:
    text = "本年度印发行政规范性文件5件，废止12件，现行有效86件。"
    assert named(text, 2024, checkout_rules)["86"] == "normative_docs_in_force"
    text = "对现行有效的160部地方性法规进行了全面审核清理。"
    assert named(text, 2012, checkout_rules)["160"] == ""
    text = "2024年，主动公开区政府及区府办文件80件（含行政规范性文件2件），其中人事任免文件31件。"
    assert named(text, 2024, checkout_rules)["2"] == "normative_docs_published"


def test_policy_documents_and_their_interpretations(checkout_rules) -> None:
    text = "通过政府网站主动公开各类政府信息96条，其中发布政策性文件12条，解读政策性文件9条。"
    read = named(text, 2025, checkout_rules)
    assert read["12"] == "disclosure_policy_documents" and read["9"] == "disclosure_interpretations"


def test_proactive_count_of_every_kind(checkout_rules) -> None:
    text = "2024年，街道主动向社会公开政务动态等各类信息58条。"
    assert named(text, 2024, checkout_rules)["58"] == "disclosure_proactive_items"


def test_one_of_two_budget_kinds_stays_unnamed(checkout_rules) -> None:
    text = "主动公开政府信息40条，其中工作部署2条、部门预算3条、部门决算1条。"
    assert named(text, 2024, checkout_rules)["3"] == ""
