"""Round 99 (#17): what blind91 showed that recurs in any report.

Named: requests answered with 回复 or within the time limit after a comma; the requests carried over as 结转公开申请
and carried forward 按期办理; 予以公开的申请 and 部分予以公开; 无法提供 with 不掌握 in its bracket; 街道动态; a column
named by its kind (公告公示栏目); a new-media account after 利用; the leaders' 专门批示; 9期民意征集; documents in
force of a named government; 处理行政许可事项; messages received with up to six words between the verb and
the noun (办理公众网上咨询留言540件). Unnamed: lawsuits still unconcluded (尚未审结), lawsuits carried over
after a count of reconsiderations, letters not handled (不予处理的信件), and the on-time rate of messages or
disclosure requests (受理并办结网民留言24条，按时办结率达100%).

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import figure_columns
from named_figures import named_values as named


def test_requests_answered_carried_and_forwarded(checkout_rules) -> None:
    text = ("（三）依申请公开情况\n全年收到依申请公开申请27件，累计回复公开申请29件，其中含上年结转公开申请2件，"
            "结转下年度按期办理5件。")
    read = named(text, 2025, checkout_rules)
    assert read["29"] == "disclosure_requests_answered"
    assert read["2"] == "disclosure_requests_carried_over" and read["5"] == "disclosure_carried_forward"
    text = "今年受理政府信息公开申请860件，在法定期限内答复815件。"
    assert named(text, 2025, checkout_rules)["815"] == "disclosure_requests_answered"


def test_outcomes_in_more_words(checkout_rules) -> None:
    text = ("本年度共受理政府信息公开申请31件，其中予以公开的申请6件，部分予以公开3件，"
            "无法提供（本机关不掌握相关政府信息）11件，不予处理（重复申请）2件。")
    names = dict(figure_columns(text, 2025, checkout_rules, "value", "metric_id"))
    assert names["6"] == "disclosure_granted" and names["3"] == "disclosure_partly_granted"
    assert names["11"] == "disclosure_not_held"


def test_kinds_columns_and_accounts(checkout_rules) -> None:
    text = "门户网站主动公开信息812条，其中通知公告95条，街道动态41条，公告公示栏目7条。"
    read = named(text, 2025, checkout_rules)
    assert read["41"] == "disclosure_township_updates"
    assert named("全年主动公开政府信息180条，其中公告公示栏目7条，工作总结栏目3条。", 2025,
                 checkout_rules)["7"] == "disclosure_notices"
    assert named("利用微信公众号发布工作动态58条。", 2025, checkout_rules)["58"] == "disclosure_new_media_posts"


def test_instructions_consultations_documents_and_licensing(checkout_rules) -> None:
    text = "履行法治建设第一责任人职责，全年听取法治建设汇报5次，专门批示12次。"
    assert named(text, 2025, checkout_rules)["12"] == "rule_of_law_instructions"
    assert named("开展6期在线访谈、8期民意征集。", 2025, checkout_rules)["8"] == "public_consultations"
    text = "集中发布现行有效的区政府规范性文件17件。"
    assert named(text, 2025, checkout_rules)["17"] == "normative_docs_in_force"
    text = "依法公开执法信息，本年度共处理行政许可事项3260件、行政处罚案件84件。"
    assert named(text, 2025, checkout_rules)["3260"] == "licensing_decisions"


def test_unconcluded_lawsuits_and_unhandled_letters_stay_unnamed(checkout_rules) -> None:
    assert named("其中12件行政复议、6件行政诉讼尚未审结。", 2025, checkout_rules)["6"] == ""
    text = "因政府信息公开被申请行政复议2件，起诉案件1件，结转起诉案件3件。"
    assert named(text, 2025, checkout_rules)["3"] == ""
    assert named("收到群众来信40件，其中不予处理的信件4件。", 2025, checkout_rules)["4"] == ""


def test_on_time_rate_of_messages_is_no_service_rate(checkout_rules) -> None:
    assert named("全年共受理并办结网民留言18条，按时办结率达100%。", 2025, checkout_rules)["100"] == ""
    text = "政务服务中心全年受理各类事项5200件，按时办结率100%。"
    assert named(text, 2025, checkout_rules)["100"] == "service_ontime_rate_stated"


def test_messages_received_with_more_words_between(checkout_rules) -> None:
    text = "依托12345便民服务平台受理公众咨询。全年办理公众网上咨询留言320件。"
    assert named(text, 2025, checkout_rules)["320"] == "public_messages_received"
