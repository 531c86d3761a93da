"""Wordings of round 14 (#17): clause forms that two or more jurisdictions' reports wrote and no wording read
(a clean-up's outcome declared right after the documents counted, a test the officials sat, the leadership
taking up the rule of law as a topic). Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_a_clean_up_outcome_declared_right_after_the_documents_counted(rules) -> None:
    text = "2023年，对现行规范性文件进行清理，符合上位法的规范性文件40件宣布继续有效，不再适用的规范性文件8件宣布失效。"
    assert named(text, 2023, rules) == {"40": "normative_docs_retained", "8": "normative_docs_invalidated"}
    other = "2023年，市政府清理规范性文件。经过清理，9件被废止，3件予以修订。"
    assert named(other, 2023, rules) == {"9": "normative_docs_abolished", "3": "normative_docs_amended"}
    proposed = "2023年，对规范性文件进行清理，规范性文件6件拟宣布废止。"
    assert named(proposed, 2023, rules)["6"] == ""  # a proposal stands between the number and the outcome
    listed = "2023年，市政府清理规范性文件。经过梳理，5件列入修订。"
    assert named(listed, 2023, rules) == {"5": "normative_docs_to_amend"}  # listed for amendment: a proposal


def test_officials_counted_before_a_test_they_sat(rules) -> None:
    text = "2023年，组织150余名干部职工参加全省学法用法网上测试。"
    assert named(text, 2023, rules) == {"150": "law_exam_participants"}
    assert named("2023年，组织80名干部参与全市系统学法考法。", 2023, rules) == {"80": "law_exam_participants"}
    assert named("2023年，组织150名学生参加体能测试。", 2023, rules)["150"] == ""  # no officials' law test


def test_the_rule_of_law_taken_up_as_a_topic_in_a_sentence_on_its_work(rules) -> None:
    text = "2023年，局党组印发法治工作要点，专题研究法治工作5次。"
    assert named(text, 2023, rules) == {"5": "rule_of_law_meetings"}
    deployed = "2023年，把法治建设纳入议事日程，召开推进法治政府建设专题研究部署3次。"
    assert named(deployed, 2023, rules) == {"3": "rule_of_law_meetings"}


def test_the_powers_of_a_published_list_named_by_the_powers(rules) -> None:
    text = "2023年，推行权责清单制度，共清理公布行政权力2100项。"
    assert named(text, 2023, rules) == {"2100": "power_list_items"}
    counted = "2023年，落实权力清单制度，将30个县政府部门的1850项行政职权向社会公布。"
    assert named(counted, 2023, rules) == {"30": "power_list_departments", "1850": "power_list_items"}
    changed = "2023年，落实权力清单制度，共有120项行政职权调整到位。"
    assert named(changed, 2023, rules)["120"] != "power_list_items"  # a change done to the powers, not the list


def test_departments_counted_with_their_level_before_the_powers_they_list(rules) -> None:
    text = "2023年，42家市直部门梳理发布权责事项6100项。"
    assert named(text, 2023, rules)["42"] == "power_list_departments"
    assert named("2023年，25个部门的行政职权已公开。", 2023, rules) == {"25": "power_list_departments"}


def test_law_lectures_held_as_a_named_rule_of_law_classroom(rules) -> None:
    assert named("2023年，举办“法治讲堂”8期。", 2023, rules) == {"8": "law_lectures"}
    assert named("2023年，开设“尚法”法治课堂4次。", 2023, rules) == {"4": "law_lectures"}
    assert named("2023年，在各村建设法治大讲堂17所。", 2023, rules)["17"] == ""  # places, not sessions


def test_training_sessions_of_enforcement_staff(rules) -> None:
    text = "2023年，加强执法队伍建设，组织执法人员参加业务培训5次，培训人员达60人次。"
    assert named(text, 2023, rules)["5"] == "enforcement_training_sessions"
    assert named("2023年，组织执法规范化培训3场。", 2023, rules) == {"3": "enforcement_training_sessions"}
    assert named("2023年，举办法治专题讲座3场。", 2023, rules) == {"3": "law_lectures"}  # officials' law lectures


def test_entities_checked_by_a_double_random_inspection(rules) -> None:
    text = "2023年，会同市场监管等部门开展跨部门双随机联合抽查120户次。"
    assert named(text, 2023, rules) == {"120": "random_inspection_items_checked"}


def test_publicity_materials_handed_out_after_a_long_list_of_their_kinds_or_with_fen_fa(rules) -> None:
    text = "2023年，共发放平安建设公开信、法律援助手册、防诈骗画册、未成年人保护法、妇女权益保障法等宣传资料900余份。"
    assert named(text, 2023, rules) == {"900": "publicity_materials"}
    assert named("2023年，分发各类资料2万余册。", 2023, rules) == {"2": "publicity_materials"}
