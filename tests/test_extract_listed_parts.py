"""Counts over several things listed together, and parts of a whole (round 16 of #17): a study group listed with
another body or kind of study (with a leadership meeting: the leadership's joint study), a caseload over every
instance, the items a disclosure site holds, licences with no sharing named or shared over several levels. Texts
written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from indicators.extract.candidates import extract_figures


def named(text: str, year: int, rules) -> list[tuple[str, str]]:
    frame = extract_figures(text, year, rules)
    return list(frame[["metric_id", "value"]].itertuples(index=False, name=None))


def test_a_study_group_listed_with_another_body_or_kind_of_study_is_not_the_groups_count(rules) -> None:
    assert named("2023年，开展县委理论中心组学法、政府学法15余次。", 2023, rules) == [("", "15")]
    assert named("2023年，以局党委理论学习中心组学法和“周五夜学”等活动为载体开展学法6次。", 2023, rules) == [("", "6")]
    # listed with a meeting of the leadership: the leadership's joint law study
    assert named("2023年，通过镇党委理论中心组、班子会等载体开展专题学法6次。", 2023, rules) == [
        ("leadership_law_study_sessions", "6")]
    # the group alone, or the Party's and the government's groups listed together: the group's
    assert named("2023年，县委理论学习中心组开展法治专题学习6次。", 2023, rules) == [
        ("central_group_law_study_sessions", "6")]
    text = "2023年，县委理论学习中心组、县政府党组理论学习中心组共开展学习16次。"
    assert named(text, 2023, rules) == [("central_group_study_sessions", "16")]
    # the group named again in the figure's clause after such a list: the group's
    text = "将法治学习纳入党委理论学习中心组、支部主题党日学习内容，开展党委理论学习中心组法治学习7次。"
    assert named(text, 2023, rules) == [("central_group_law_study_sessions", "7")]


def test_a_caseload_over_every_instance_is_not_the_first_instance_lawsuits(rules) -> None:
    text = "2023年，全市法院共受理一审、二审、再审行政案件5230件，其中受理一审行政案件3040件。"
    assert named(text, 2023, rules) == [("court_admin_cases_received", "5230"), ("litigation_cases", "3040")]
    text = "2023年，全省法院共受理行政案件900件，其中一审新收行政案件600件。"
    assert named(text, 2023, rules) == [("court_admin_cases_received", "900"), ("litigation_cases", "600")]
    text = "2023年，我局办理行政诉讼案件41宗，其中一审行政诉讼案件35宗，二审案件6宗。"
    assert named(text, 2023, rules)[:2] == [("", "41"), ("litigation_cases", "35")]
    # a government's lawsuits with no instance named, or with a first-instance outcome under 其中: the lawsuits
    text = "2023年，全市各级行政机关共办理行政诉讼案件520件，其中一审败诉案件31件。"
    assert named(text, 2023, rules)[0] == ("litigation_cases", "520")
    assert named("2023年，全区办理行政应诉案件41件，败诉2件。", 2023, rules)[0] == ("litigation_cases", "41")


def test_the_items_a_site_holds_are_not_the_years_items(rules) -> None:
    text = "截至2013年12月31日，我镇在县政府网站共主动公开政府信息420条，今年新增75条。"
    assert named(text, 2013, rules)[0] == ("", "420")
    assert named("本单位到目前累计主动公开政府信息80条。", 2014, rules) == [("", "80")]
    # the year's count as of the year's end, or with another kind of new thing after it: the year's items
    text = "2013年全年主动公开政府信息2345条，新增政策解读56篇。"
    assert named(text, 2013, rules)[0] == ("disclosure_proactive_items", "2345")
    text = "截至2013年12月31日，我镇累计主动公开政府信息420条。"
    assert named(text, 2013, rules) == [("disclosure_proactive_items", "420")]


def test_licences_with_no_sharing_or_shared_over_several_levels_are_not_the_shared_licences(rules) -> None:
    assert named("2023年，发布营业执照等9个电子证照标准。", 2023, rules) == [("", "9")]
    assert named("2023年，全市共计1200项电子证照材料在市县乡三级实现共享。", 2023, rules) == [("", "1200")]
    assert named("2023年，310个电子证照跨部门调用。", 2023, rules) == [("electronic_licences_shared", "310")]
    assert named("2023年，跨部门共享调用电子证照310个。", 2023, rules) == [("electronic_licences_shared", "310")]
