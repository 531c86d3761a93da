"""Round 100 (#17): what blind92 showed that recurs in any report.

Named: service shares stated in more orders (所有事项98.3%按时办结, 网上可办事项占比, 全程网办事项达到); 跨区通办 items;
a named draft or rule between the verb and its kind (审议《…条例》等地方性法规草案6件, 制定《…办法》等政府规章3件);
decisions and contracts as items of a legality review's list; case files sampled in a sentence on their review; the
enforcement staff who 开展学习培训; 公告类信息 among a proactive total's kinds; reports heard as their own clause after a
clause on the rule of law; 以案释法培训; the quoted “好差评” right before its count. Unnamed: documents a fair-competition
review abolished, and cases settled by mediation or withdrawn together.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_service_shares_in_more_orders(checkout_rules) -> None:
    text = ("政务服务中心全年办理各类事项8620件，所有事项97.6%按时办结。网上可办事项占比98.4%，全程网办事项达到66.5%，"
            "推出120余项“跨区通办”政务服务事项。")
    read = named(text, 2023, checkout_rules)
    assert read["97.6"] == "service_ontime_rate_stated" and read["98.4"] == "online_availability_rate_stated"
    assert read["66.5"] == "online_full_process_rate_stated" and read["120"] == "cross_area_items"


def test_named_drafts_and_rules(checkout_rules) -> None:
    text = "提请市人大常委会审议《某市城市绿化条例》等地方性法规草案4件，制定《某市停车管理办法》等政府规章2件。"
    read = named(text, 2024, checkout_rules)
    assert read["4"] == "regulation_drafts_submitted" and read["2"] == "rules_issued"


def test_a_legality_reviews_list_and_sampled_files(checkout_rules) -> None:
    text = "全年县合法性审查中心出具合法性审查意见书96份，审查行政规范性文件8件，重大行政决策事项11件，行政协议27件。"
    read = named(text, 2024, checkout_rules)
    assert read["11"] == "major_decisions_reviewed" and read["27"] == "contracts_reviewed"
    text = "常态化开展案卷评查活动，全年共抽查全区6个执法单位执法案卷52卷。"
    assert named(text, 2024, checkout_rules)["52"] == "enforcement_case_files_reviewed"


def test_training_kinds_reports_and_evaluations(checkout_rules) -> None:
    text = "组织全区35个行政执法部门812名行政执法人员开展学习培训。"
    assert named(text, 2025, checkout_rules)["812"] == "enforcement_training_participants"
    text = "通过政府门户网站主动公开信息40条。其中，公告类信息9条，人事类信息3条。"
    assert named(text, 2024, checkout_rules)["9"] == "disclosure_notices"
    text = "全年召开党委会议专题研究法治工作5次，听取汇报2次，邀请律师以案释法培训3次。"
    read = named(text, 2025, checkout_rules)
    assert read["2"] == "rule_of_law_reports_heard" and read["3"] == "law_lectures"
    text = "全年市本级“好差评”208450件，其中好评208441件。"
    assert named(text, 2022, checkout_rules)["208450"] == "service_evaluations_received"


def test_fair_competition_and_mediated_or_withdrawn_stay_unnamed(checkout_rules) -> None:
    text = "常态开展公平竞争审查，共排查存量文件610件，废止3件。"
    assert named(text, 2025, checkout_rules)["3"] == ""
    text = "共促成1250件一审行政案件以调解或原告申请撤诉方式结案。"
    assert named(text, 2024, checkout_rules)["1250"] == ""
