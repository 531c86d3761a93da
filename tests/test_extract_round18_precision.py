"""Rules of round 18 (#17, precision): what the counted thing is decides the metric, whatever verb moves it (penalty
powers handed to an enforcement team are not service items received). Texts written for these tests, not copied from
the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_penalty_powers_received_are_the_concentrated_penalty_powers(rules) -> None:
    # penalty powers taken over by an enforcement body: the catalog's concentrated_penalty_powers
    text = "2024年，区综合行政执法局承接行政处罚事项1536项。"
    assert named(text, 2024, rules) == {"1536": "concentrated_penalty_powers"}
    # the same verb over service items keeps powers_received
    assert named("2024年，区政府承接市级赋权事项126项。", 2024, rules) == {"126": "powers_received"}


def test_penalty_and_coercion_powers_summed_are_no_service_items(rules) -> None:
    # two kinds of enforcement power counted together, named after the number: neither list's
    text = "2021年，215项区级行政处罚权和行政强制权下放乡镇街道。"
    assert named(text, 2021, rules) == {"215": ""}
    # penalty powers listed with licensing items: several kinds, no one list's
    assert named("2021年，56项区级行政许可和行政处罚事项下放乡镇街道。", 2021, rules) == {"56": ""}
    assert named("2021年，215项区级审批服务事项下放乡镇街道。", 2021, rules) == {"215": "items_delegated_to_townships"}


def test_study_over_a_list_of_mixed_topics_is_study_of_any_subject(rules) -> None:
    # the topics listed before a bare 专题学习 include one of no law (乡村振兴): the study group's study of any subject
    text = "2025年，镇党委理论学习中心组围绕习近平法治思想、乡村振兴战略等开展专题学习9次。"
    assert named(text, 2025, rules) == {"9": "central_group_study_sessions"}
    # every topic of law: its law study, as before
    text = "2025年，镇党委理论学习中心组围绕习近平法治思想、宪法、民法典等开展专题学习9次。"
    assert named(text, 2025, rules) == {"9": "central_group_law_study_sessions"}
    # the study's own words name law (法治专题学习): law study whatever the list holds
    text = "2025年，镇党委理论学习中心组围绕习近平法治思想、乡村振兴战略等开展法治专题学习9次。"
    assert named(text, 2025, rules) == {"9": "central_group_law_study_sessions"}


def test_an_enforcement_licence_exam_named_after_the_number_is_no_law_exam(rules) -> None:
    # 行政执法考试 after the count: those who sat the exam for an enforcement licence, not the yearly law exam
    text = "2022年，组织23名新进人员参加行政执法考试。"
    assert named(text, 2022, rules) == {"23": "enforcement_exam_takers"}  # round 29: its own metric
    assert named("2022年，组织23名干部参加学法用法考试。", 2022, rules) == {"23": "law_exam_participants"}


def test_trainees_who_are_not_officials_are_not_the_persons_trained_in_law(rules) -> None:
    # mediators counted right after the number: not the officials or staff law_trainees counts
    text = "2020年，全县共有96名人民调解员参加了法律业务培训。"
    assert named(text, 2020, rules) == {"96": ""}
    assert named("2020年，全县共有96名机关干部参加了法律业务培训。", 2020, rules) == {"96": "law_trainees"}


def test_village_contracts_reviewed_are_not_the_governments_contracts(rules) -> None:
    # the villages' own contracts reviewed by the township: not contracts_reviewed, nor its legality reviews
    text = "2024年，镇司法所开展村级合同合法性审查213件。"
    assert named(text, 2024, rules) == {"213": ""}
    assert named("2024年，镇司法所开展合同合法性审查213件。", 2024, rules) == {"213": "contracts_reviewed"}


def test_lectures_for_the_public_are_no_officials_law_lectures(rules) -> None:
    # the sentence's only audience is the public (enterprises): publicity, not the officials' lectures
    text = "2024年，开展民营企业法治体检活动，举办法治讲座6场，帮助企业防范法律风险。"
    assert named(text, 2024, rules) == {"6": ""}
    # officials named in the sentence: their lectures, whoever else it names
    text = "2024年，面向机关干部和企业负责人举办法治讲座6场。"
    assert named(text, 2024, rules) == {"6": "law_lectures"}
    assert named("2024年，举办法治讲座6场。", 2024, rules) == {"6": "law_lectures"}
    # officials named by their rank (县处级以上) are officials too, whoever another clause teaches
    text = "2014年，举办县处级以上法治讲座20场次，为各类学校学生上法治课50场次。"
    assert named(text, 2014, rules) == {"20": "law_lectures", "50": ""}


def test_a_lecture_named_after_a_bodys_meeting_is_left_for_the_reviewer(rules) -> None:
    # the lecture held at the executive meeting: that meeting's study or a course, not plainly law_lectures
    assert named("2023年，组织县政府常务会议法治专题讲座3次。", 2023, rules) == {"3": ""}
    assert named("2023年，县委理论学习中心组举办法治专题辅导2场。", 2023, rules) == {"2": ""}
    # the body named in another clause: the lectures are the officials' lectures, as before
    text = "2023年，坚持常务会议学法制度，开展专题学法4次；举办法治专题讲座2次。"
    assert named(text, 2023, rules) == {"4": "executive_law_study_sessions", "2": "law_lectures"}


def test_the_files_of_one_grade_are_not_the_files_reviewed(rules) -> None:
    # the review's grades (优秀, 合格): parts of the files reviewed, even where the review's verb reaches them
    text = "2023年，经评查共评出优秀案卷12份、合格案卷40份、不合格3份。"
    assert named(text, 2023, rules) == {"12": "", "40": "", "3": ""}
    assert named("2023年，共评查案卷55份。", 2023, rules) == {"55": "enforcement_case_files_reviewed"}
