"""Round 49 (#17): causes of figures not found and of wrong names that blind41 showed and that recur in any report.
Periods: the first day of a span (自2018年5月1日起，…5年来共受理…) is no figure's year, nor the day that bounds the
documents a clean-up covers (清理范围为2023年12月31日前…发布的…共64件); a count of documents made before such a day that a
clean-up reviews is reviewed, not issued. Number forms: items posted counted in 则; key things counted after 重点
(14个重点领域), not priorities (3个重点); a rank among those counted before it (居全国261个地级市19名) is no figure. Named by
clause structure: those who sat (参考) a law exam are its participants, and officials reached (覆盖) right after an
exam its participants; legality reviews of kinds listed (文件、重大决策等合法性审查) are not the major decisions' alone;
windows set up for one-thing services are no services. Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def _periods(text: str, year: int, rules) -> dict[str, int]:
    frame = extract_figures(text, year, rules)
    return {value: int(period) for value, period in frame[["value", "period"]].itertuples(index=False, name=None)}


def test_the_first_day_of_a_span_is_not_the_year_of_its_totals(rules) -> None:
    text = ("据介绍，自2019年3月1日起，某某法院开始集中管辖全市部分行政案件，4年来共受理各类行政案件3215件、"
            "审结3102件，结案率96.49%。")
    periods = _periods(text, 2023, rules)
    assert periods["3215"] == periods["3102"] == periods["96.49"] == 2023
    assert not {metric for metric in named(text, 2023, rules).values() if metric}  # totals over the span: unnamed


def test_a_day_that_bounds_the_documents_of_a_clean_up_is_not_their_year(rules) -> None:
    text = ("此次清理范围为2023年12月31日前以县政府或县政府办公室名义发布、现行有效的行政规范性文件共58件。"
            "清理结果为：保留40件，废止15件，拟修改3件。")
    assert _periods(text, 2024, rules)["58"] == 2024


def test_documents_made_before_a_day_and_then_cleaned_up_are_reviewed_not_issued(rules) -> None:
    text = "2024年，县司法局对2023年12月31日前以县政府名义制定的共计121件现行有效行政规范性文件进行了全面梳理。"
    assert named(text, 2024, rules)["121"] == "normative_docs_reviewed"
    text = "2025年，区司法局对2025年3月31日前印发的97件现行有效的行政规范性文件进行了全面清理。"
    assert named(text, 2025, rules)["97"] == "normative_docs_reviewed"


def test_items_posted_counted_in_ze(rules) -> None:
    text = "2023年，我镇主动公开政府信息共12条，其中公示公告7则，政务报告3则，项目招标2则。"
    found = dict(extract_figures(text, 2023, rules)[["value", "unit"]].itertuples(index=False, name=None))
    assert (found["7"], found["3"], found["2"]) == ("则", "则", "则")
    assert named(text, 2023, rules)["7"] == "disclosure_notices"


def test_a_rank_among_those_counted_before_it_is_no_figure(rules) -> None:
    text = "2023年，我市获评省级表彰，城市信用监测居全国261个地级市25名；建成村(居)法治文化阵地12个、法律图书角30个。"
    values = set(extract_figures(text, 2023, rules)["value"])
    assert "261" in values and "25" not in values
    assert {"12", "30"} <= values  # 村(居): a neighbourhood, no rank


def test_those_who_sat_a_law_exam_are_its_participants_after_an_enforcement_topic(rules) -> None:
    text = ("2022年，印发“谁执法谁普法”责任清单，覆盖全区38家执法部门。"
            "组织全区国家工作人员统一学法考试暨任职前法律考试，参考人员1200余人。")
    assert named(text, 2022, rules)["1200"] == "law_exam_participants"


def test_officials_reached_right_after_an_exam_are_its_participants(rules) -> None:
    text = "2024年，举办全市领导干部法治能力提升培训班，开展学法用法考试，覆盖公职人员近4万名。"
    assert named(text, 2024, rules)["4"] == "law_exam_participants"


def test_legality_reviews_of_kinds_listed_are_not_the_major_decisions_alone(rules) -> None:
    text = "2024年，完成行政规范性文件、重大决策等合法性审查195件，提出审查意见402条。"
    assert named(text, 2024, rules)["195"] == "legality_reviews"
    text = "2024年，共进行重大行政决策合法性审查6件。"
    assert named(text, 2024, rules)["6"] == "major_decisions_reviewed"


def test_windows_set_up_for_the_services_are_not_the_services(rules) -> None:
    text = "2024年，设置“高效办成一件事”受理窗口35个，推出“地方特色一件事”4个。"
    found = named(text, 2024, rules)
    assert found["35"] == "" and found["4"] == "one_thing_services"


def test_key_things_counted_after_zhongdian_are_figures_but_priorities_are_not(rules) -> None:
    text = "2024年，系统谋划12个重点领域58项具体任务，落实国办36个重点事项，坚持突出3个重点，推进各项工作。"
    values = set(extract_figures(text, 2024, rules)["value"])
    assert {"12", "58", "36"} <= values and "3" not in values
