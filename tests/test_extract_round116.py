"""Round 116 (#17): what blind108 showed that recurs in any report.

Named: ordinary-procedure cases a bureau 立案查办, and 一般程序行政案件 read as enforcement, not lawsuits; disclosure
requests sent as letters; a provincial department's website posts; the executive meetings counted after 常务会议上
in a list, the rule of law named in the sentence before; publicity events counted after 活动 and its verb;
budgets written 预(决)算. Owned: the government's information counted in a clause after the one that names its
WeChat account is not the account's.

Texts written for these tests, not copied from a report."""

from __future__ import annotations

from named_figures import named_values as named


def test_ordinary_procedure_cases_a_bureau_investigated(checkout_rules) -> None:
    text = "局里加大重点领域案件的查办力度。全年共立案查办一般程序案件412起。"
    assert named(text, 2024, checkout_rules)["412"] == "enforcement_cases_ordinary_procedure"


def test_ordinary_procedure_administrative_cases_are_not_lawsuits(checkout_rules) -> None:
    text = "深化综合执法改革。全年办理一般程序行政案件1280件，同比增长12%。"
    values = named(text, 2023, checkout_rules)
    assert values["1280"] == "enforcement_cases_ordinary_procedure"
    assert values["12"] == ""
    assert named("全年办理一审行政诉讼案件86件。", 2023, checkout_rules)["86"] == "litigation_cases"


def test_disclosure_requests_sent_as_letters(checkout_rules) -> None:
    assert named("本年度共收到依申请公开信件7件。", 2023, checkout_rules)["7"] == "disclosure_requests"


def test_a_departments_website_posts(checkout_rules) -> None:
    assert named("厅网站发布信息1203条。", 2023, checkout_rules)["1203"] == "disclosure_website_posts"


def test_executive_meetings_counted_after_changwu_huiyi_shang(checkout_rules) -> None:
    text = ("区委书记主持召开区委常委会会议3次，专题听取法治政府建设情况汇报。"
            "区长在区政府党组会议上5次、常务会议上14次，专题研究部署法治政府建设工作。")
    assert named(text, 2022, checkout_rules)["14"] == "rule_of_law_meetings"


def test_publicity_events_counted_after_the_events_and_their_verb(checkout_rules) -> None:
    text = "围绕宪法宣传周开展主题普法宣传。组织开展了“法律十进”活动（进社区、进学校），活动共开展64次。"
    assert named(text, 2023, checkout_rules)["64"] == "publicity_events"


def test_budgets_written_with_the_final_accounts_in_brackets(checkout_rules) -> None:
    text = "全年主动公开政府信息31条，其中：通知公告6条、财政预(决)算5条。"
    assert named(text, 2023, checkout_rules)["5"] == "disclosure_fiscal_items"


def test_information_after_a_clause_on_the_wechat_account_is_the_governments(checkout_rules) -> None:
    text = "在镇微信公众号公开工作动态信息60余条，全镇全年公开政府信息27条。"
    assert named(text, 2023, checkout_rules)["27"] == "disclosure_proactive_items"
    assert named("政务新媒体主动公开政府信息1900条。", 2023, checkout_rules)["1900"] == "disclosure_new_media_posts"
