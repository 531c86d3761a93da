"""Wordings of round 22 (#17): kinds of figure that curators named and the extractor left unnamed on text it
had never seen, recurring across batches at their first exposure. Texts written for these tests, not copied
from the real excerpts."""

from __future__ import annotations

from named_figures import named_values as named


def test_talks_on_the_law_with_a_kind_between_the_law_and_the_talk(rules) -> None:
    assert named("2023年，开展法治文化宣讲15场次。", 2023, rules) == {"15": "publicity_events"}
    assert named("2023年，开展法律和政策宣讲30场次。", 2023, rules) == {"30": "publicity_events"}
    assert named("2023年，开展政策宣讲30场次。", 2023, rules)["30"] == ""  # no law named before the talk


def test_officials_counted_as_the_object_of_a_law_test_held(rules) -> None:
    assert named("2023年，组织120余名干部开展法律知识测试。", 2023, rules) == {"120": "law_exam_participants"}
    assert named("2023年，组织45名科级干部进行法律法规知识考试。", 2023, rules) == {"45": "law_exam_participants"}
    assert named("2023年，组织50名学生开展体能测试。", 2023, rules)["50"] == ""  # no law test
    exam = named("2023年，组织30名执法人员进行执法资格考试。", 2023, rules)
    assert exam["30"] == "enforcement_exam_takers"  # a licence exam: its own metric since round 29


def test_law_trainings_counted_after_the_ones_listed_before_deng(rules) -> None:
    text = "2023年，举办领导干部读书班、依法行政专题班等培训5次。"
    assert named(text, 2023, rules) == {"5": "law_lectures"}
    assert named("2023年，开设宪法、法治政府建设等课程12场次。", 2023, rules) == {"12": "law_lectures"}
    assert named("2023年，开设党史、经济形势等课程12场次。", 2023, rules)["12"] == ""  # no law in the list


def test_the_leadership_taking_up_rule_of_law_matters_listed_before_deng(rules) -> None:
    text = "2023年，县政府主要负责同志研究行政复议、行政应诉等工作6次。"
    assert named(text, 2023, rules) == {"6": "rule_of_law_meetings"}
    listed = "2023年，局党组专题研究规范性文件审查、法律顾问聘用等重要事项3次。"
    assert named(listed, 2023, rules) == {"3": "rule_of_law_meetings"}
    other = "2023年，县政府研究招商引资、项目建设等工作9次。"
    assert named(other, 2023, rules)["9"] == ""  # no rule-of-law matter among the topics


def test_disclosure_requests_received_with_jieshou_or_jiedao(rules) -> None:
    text = "2023年，本机关共接收政府信息公开申请12件。"
    assert named(text, 2023, rules) == {"12": "disclosure_requests"}
    assert named("2023年，共接到社会公众依申请公开35件。", 2023, rules) == {"35": "disclosure_requests"}
    assert named("2023年，共接到群众来信35件。", 2023, rules)["35"] != "disclosure_requests"  # no disclosure


def test_the_audience_of_law_publicity_named_with_its_group(rules) -> None:
    text = "2023年，开展宪法宣讲进校园活动8场，受众师生达900余人次。"
    assert named(text, 2023, rules)["900"] == "publicity_audience_attendance"
    reached = "2023年，开展法治宣讲6场，覆盖社区干部、网格员等人员450余人次。"
    assert named(reached, 2023, rules)["450"] == "publicity_audience_attendance"
    trained = "2023年，开展业务培训6场，覆盖社区干部、网格员等人员450余人次。"
    assert named(trained, 2023, rules)["450"] != "publicity_audience_attendance"  # a training, no publicity


def test_officials_a_law_training_took_in_counted_after_shouxun(rules) -> None:
    text = "2023年，举办依法行政专题培训班4期，受训对象达850人。"
    assert named(text, 2023, rules)["850"] == "law_trainees"
    assert named("2023年，举办依法行政专题培训班4期，受训人员达850人次。", 2023, rules)["850"] != "law_trainees"


def test_consultations_counted_by_the_website_forms_own_words(rules) -> None:
    assert named("2023年，政府网站开展征集调查12期。", 2023, rules) == {"12": "public_consultations"}
    text = "2023年，围绕重大行政决策意见征集6次。"
    assert named(text, 2023, rules) == {"6": "public_consultations"}
    assert named("2023年，政府网站开展征集调查120人次。", 2023, rules)["120"] == ""  # not a count of consultations


def test_items_handled_anywhere_in_the_whole_area_counted_before_it(rules) -> None:
    assert named("2023年，推动260个事项“全省可办”。", 2023, rules) == {"260": "cross_area_items"}
    assert named("2023年，180项高频事项实现“全市通办”。", 2023, rules) == {"180": "cross_area_items"}


def test_draft_regulations_submitted_with_the_congress_named_in_more_words(rules) -> None:
    text = "2023年，提请省人大及其常委会审议地方性法规5件。"
    assert named(text, 2023, rules) == {"5": "regulation_drafts_submitted"}
    before = "2023年，市政府向市人大常委会提请审议的法规草案8件，提请审议规章草案12件。"
    assert named(before, 2023, rules)["8"] == "regulation_drafts_submitted"
    assert named(before, 2023, rules)["12"] != "regulation_drafts_submitted"  # the government's own rules


def test_issues_of_an_inspection_handed_over_or_qualified_as_shared(rules) -> None:
    text = "2023年，对12家单位开展法治督察，向巡察组移交法治建设问题16个。"
    assert named(text, 2023, rules)["16"] == "inspection_issues"
    shared = "2023年，印发法治督察反馈问题整改方案，针对反馈的9个共性问题逐项整改。"
    assert named(shared, 2023, rules)["9"] == "inspection_issues"


def test_a_service_conclusion_rate_right_after_the_concluded_applications(rules) -> None:
    text = "2023年，政务服务中心共受理各类办件5200件，办结5190件，办结率为99.8%。"
    assert named(text, 2023, rules)["99.8"] == "service_conclusion_rate_stated"
    other = "2023年，共受理信访事项52件，办结50件，办结率为96.2%。"
    assert named(other, 2023, rules)["96.2"] != "service_conclusion_rate_stated"  # no government service


def test_the_party_committees_topical_meetings_on_the_rule_of_law(rules) -> None:
    assert named("2023年，全年召开法治专题党委会议3次。", 2023, rules) == {"3": "party_rule_of_law_meetings"}
    text = "2023年，召开镇党委全面依法治镇委员会会议1次、专题党委会5次。"
    assert named(text, 2023, rules)["5"] == "party_rule_of_law_meetings"
    assert named("2023年，召开专题党委会议5次，研究防汛工作。", 2023, rules)["5"] == ""  # no rule of law


def test_tasks_of_a_plan_counted_before_gongzuo_renwu(rules) -> None:
    text = "2023年，确定细化依法行政工作三大重点和12项具体工作任务。"
    assert named(text, 2023, rules) == {"12": "rule_of_law_tasks"}
    plan = "2023年，印发法治政府建设实施方案，明确了30项工作任务。"
    assert named(plan, 2023, rules) == {"30": "rule_of_law_tasks"}
    assert named("2023年，召开会议，明确了30项工作任务。", 2023, rules)["30"] == ""  # no rule-of-law plan


def test_rule_of_law_matters_taken_up_as_a_topic_counted_in_items(rules) -> None:
    assert named("2023年，专题研究法治建设重点问题8项。", 2023, rules) == {"8": "rule_of_law_issues_resolved"}
    text = "2023年，局党组专题研究行政执法监督等5项法治重点工作。"
    assert named(text, 2023, rules) == {"5": "rule_of_law_issues_resolved"}
    assert named("2023年，完成5项法治重点工作。", 2023, rules)["5"] != "rule_of_law_issues_resolved"  # none studied


def test_interpretations_of_documents_and_related_information(rules) -> None:
    text = "2023年，政府网站发布信息80条，其中公文解读6条。"
    assert named(text, 2023, rules)["6"] == "disclosure_interpretations"
    assert named("2023年，共发布解读相关信息45条。", 2023, rules) == {"45": "disclosure_interpretations"}


def test_meetings_whose_agenda_held_rule_of_law_matters(rules) -> None:
    text = "2023年，全年召开包括法治建设议题会议5次。"
    assert named(text, 2023, rules) == {"5": "rule_of_law_meetings"}
    held = "2023年，主持召开涉及法治政府建设事项的市政府常务会议14次。"
    assert named(held, 2023, rules) == {"14": "rule_of_law_meetings"}
    assert named("2023年，召开包括安全生产议题会议5次。", 2023, rules)["5"] == ""  # no rule-of-law matter


def test_the_share_of_items_served_online_named_by_the_items(rules) -> None:
    text = "2023年，620项事项实现网上可办，网办事项比例达91.5%。"
    assert named(text, 2023, rules)["91.5"] == "online_availability_rate_stated"
    assert named("2023年，“一网通办”服务事项达93.2%。", 2023, rules) == {"93.2": "online_availability_rate_stated"}
