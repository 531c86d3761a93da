"""Rules of round 19 (#17, recall that carries): families of forms the first exposures of six unseen batches left
unnamed in several jurisdictions. Texts written for these tests, not copied from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named

from indicators.extract.candidates import extract_figures


def test_meetings_named_by_a_rule_of_law_noun_are_rule_of_law_meetings(rules) -> None:
    # the meeting's own noun names the rule of law, with or without the verb that held it
    assert named("2023年，区政府组织召开法治政府建设推进会议5次。", 2023, rules) == {"5": "rule_of_law_meetings"}
    assert named("2023年，全年召开法治政府建设工作推进会4次。", 2023, rules) == {"4": "rule_of_law_meetings"}
    assert named("2023年，县司法局共召开法治建设会议9次。", 2023, rules) == {"9": "rule_of_law_meetings"}
    # a count of studying such a meeting's spirit is no meeting held
    assert named("2023年，传达学习法治建设会议精神3次。", 2023, rules) == {"3": ""}


def test_law_classes_the_leaders_teach_are_law_lectures(rules) -> None:
    # 领导干部带头讲法治课: the leaders teach a law class to officials, counted in sessions
    assert named("2024年，局主要负责人带头讲法治课3次。", 2024, rules) == {"3": "law_lectures"}
    assert named("2024年，镇党委书记讲授法治专题课2次。", 2024, rules) == {"2": "law_lectures"}
    # a Party class on the law is not counted as one (curators leave it without)
    assert named("2024年，党组书记讲法治专题党课2次。", 2024, rules)["2"] != "law_lectures"


def test_person_days_are_a_measure_word_of_their_own(rules) -> None:
    # 人次天 counts person-days, not person-times: no 人次 figure, so no attendance metric either
    frame = extract_figures("2022年，举办法治培训班8期，共计参加培训3210人次天。", 2022, rules)
    row = frame[frame["value"] == "3210"].iloc[0]
    assert (row["unit"], row["metric_id"]) == ("人次天", "")


def test_a_bare_training_count_in_person_times_after_a_law_training_is_its_attendance(rules) -> None:
    # 培训 or 培训人员 right before the 人次, a law training named before it in the sentence
    text = "2024年，累计举办法治培训8期，培训960余人次。"
    assert named(text, 2024, rules) == {"8": "law_lectures", "960": "law_training_attendance"}
    text = "2024年，全县举办法律知识专题培训、辅导讲座120余场次，培训人员1.6万余人次。"
    assert named(text, 2024, rules)["1.6"] == "law_training_attendance"
    # a training not said to be on the law, or on the enforcement trade, is not counted as law training
    assert named("2024年，组织开展专题培训40期，培训9000人次。", 2024, rules)["9000"] == ""
    assert named("2024年，组织执法人员业务培训3场次，参与培训25人次。", 2024, rules)["25"] != "law_training_attendance"


def test_the_rule_of_law_taken_up_as_a_topic_is_counted_before_the_verb_or_after_its_listed_topics(rules) -> None:
    # the count before the verb that took the rule of law up, 专题 on either side of it
    assert named("2021年，局党组6次专题研究法治政府建设工作。", 2021, rules) == {"6": "rule_of_law_meetings"}
    assert named("2021年，支队党委专题5次研究法治交通建设工作。", 2021, rules) == {"5": "rule_of_law_meetings"}
    # the topics listed before 等法治建设工作, then the count
    text = "2021年，召开局长办公会专题研究立法计划、执法监督等法治建设工作8次。"
    assert named(text, 2021, rules) == {"8": "rule_of_law_meetings"}
    # a Party meeting named before the count stays the Party's; a report heard is no such meeting: since round 29 it
    # has a metric of its own, which round 105 reads before 听取 too (blind13's and blind9's curators name it so)
    assert named("2021年，召开党组会议3次专题研究法治建设。", 2021, rules) == {"3": "party_rule_of_law_meetings"}
    assert named("2021年，主要负责人4次听取法治政府建设工作汇报。", 2021, rules) == {"4": "rule_of_law_reports_heard"}


def test_information_published_with_its_kinds_listed_before_deng_is_proactive_disclosure(rules) -> None:
    # the kinds listed, closed by 等 and 信息 (or by 等 alone after 主动公开), then the count in 条
    text = "2024年，及时公开低保救助、项目进展等事项信息26条。"
    assert named(text, 2024, rules) == {"26": "disclosure_proactive_items"}
    assert named("2024年，主动公开规划计划、政策解读等共计1200余条。", 2024, rules) == {"1200": "disclosure_proactive_items"}
    # a list closed by 等 with no verb of publishing is not one
    assert named("2024年，收到来信、来电等咨询120条。", 2024, rules)["120"] != "disclosure_proactive_items"


def test_areas_and_parts_of_a_plan_counted_without_ge_are_figures(rules) -> None:
    # 方面 and 大板块 right after the number, as 个方面 and 大类 are counted
    frame = extract_figures("2024年，市司法局部署7方面20条具体举措，提出4大板块18项工作任务。", 2024, rules)
    assert set(zip(frame["value"], frame["unit"], strict=True)) >= {("7", "方面"), ("4", "大板块")}


def test_publicity_with_its_reach_before_pufa_or_of_a_code_is_publicity_events(rules) -> None:
    # the reach or kind of the publicity between the verb and 普法; the law's thought or a code publicised
    assert named("2022年，全县开展线上专题普法86场次。", 2022, rules) == {"86": "publicity_events"}
    assert named("2023年，开展习近平法治思想学习宣传40余场次。", 2023, rules) == {"40": "publicity_events"}
    assert named("2023年，开展民法典宣传15场次。", 2023, rules) == {"15": "publicity_events"}
    # officials' own study of the law beside publicity is not a publicity event
    assert named("2023年，组织干部学法普法6次。", 2023, rules)["6"] != "publicity_events"


def test_legal_helpers_selected_or_on_record_are_counted(rules) -> None:
    # the helpers a township selected, or those on its record, counted after the noun
    assert named("2024年，镇司法所选拔村法律明白人42名。", 2024, rules) == {"42": "legal_understanding_persons"}
    assert named("2024年，全镇已有在册“法律明白人”260名。", 2024, rules) == {"260": "legal_understanding_persons"}
    # helpers who took part in something are not a count of the helpers a place has
    assert named("2024年，组织法律明白人参加培训3次。", 2024, rules)["3"] != "legal_understanding_persons"


def test_meetings_attended_are_not_the_meetings_held(rules) -> None:
    # a rule-of-law meeting held by another body, which this one attended, is not its own
    assert named("2024年，局主要负责人参加全市法治政府建设推进会议2次。", 2024, rules) == {"2": ""}
    assert named("2024年，列席县委法治建设会议3次。", 2024, rules) == {"3": ""}


def test_a_law_class_given_in_a_school_is_a_school_publicity_event(rules) -> None:
    # the class or lecture is given to pupils, not to officials
    assert named("2024年，法治副校长进校园讲法治课12次。", 2024, rules) == {"12": "publicity_school_events"}
    assert named("2024年，走进校园开展法治讲座9场。", 2024, rules) == {"9": "publicity_school_events"}
